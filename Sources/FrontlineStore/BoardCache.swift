import FrontlineCore

/// `board.cache`: the store as a load leaves it — the records of `board.json` with the journal's lines applied, the
/// entries of those lines, where the hash chain stands — in a binary form that loads several times faster than
/// decoding the JSON and replaying the journal, kept beside them and derived from them alone (docs/store-format.md,
/// "The cache").
///
/// `board.json` and `journal.jsonl` stay the store: the cache is believed only when everything it names matches — the
/// size and checksum of the `board.json` it was made from and of the journal's first bytes it covers (both read and
/// summed on every load, a piece at a time), this build's layout of every record, its own length and checksum — and
/// only when every value in it reads back as a valid value of its field. Anything else (a cache that is stale, damaged,
/// cut short, from another store or another version, or missing) is ignored: the files are read, and the cache made
/// again from them. No command ever needs it; deleting it only costs one slower start.
///
/// ```
/// "FRONTLINE CACHE\n"  format  layout  snapshot size, checksum  journal bytes covered, checksum  payload length, checksum
/// payload: the board's revision, the number of parts, then each part: kind, length, content — the load's state
/// (Loaded), the settings, and each table in parts of at most `piece` records (count, records), read side by side
/// ```
/// Every header figure is eight bytes, least significant first; the payload is `BinaryWriter`'s form.
enum BoardCache {
    static let name = "board.cache"
    private static let magic = Array("FRONTLINE CACHE\n".utf8)
    private static let format: UInt64 = 3
    private static let headerLength = magic.count + 8 * 8

    /// The most records a part of the cache holds: a larger table is written in several parts (`encode`).
    static let piece = 8192

    /// A load that replays more of the journal than this past what its cache covered writes the cache again.
    static let refreshAfterBytes = 1 << 20

    /// What a cache must name to be the cache of a store: the size and `CacheChecksum` of its `board.json`, and of the
    /// first `journalBytes` bytes of its `journal.jsonl`.
    struct Source: Equatable {
        var snapshotSize: Int
        var snapshotChecksum: UInt64
        var journalBytes: Int
        var journalChecksum: UInt64

        var figures: [UInt64] { [UInt64(snapshotSize), snapshotChecksum, UInt64(journalBytes), journalChecksum] }
    }

    // MARK: Writing

    /// Writes the cache of `loaded` atomically (a temporary file renamed over the old cache). Best effort: in a store
    /// this process cannot write to, or on a full disk, the cache is simply not written, and the files are read next
    /// time too. Not synced: a cache cut short by a crash fails its checksum and is made again.
    static func save(_ loaded: Loaded, of source: Source, in files: StoreDirectory) {
        let bytes = encode(loaded, of: source)
        guard let (temporary, file) = try? files.createTemporary(for: name) else { return }
        do {
            try file.writeAll(bytes)
            try files.rename(temporary, over: name)
        } catch {
            files.remove(temporary)
        }
    }

    static func encode(_ loaded: Loaded, of source: Source) -> [UInt8] {
        var payload = BinaryWriter(capacity: 1 << 16)
        payload.int(loaded.board.revision)
        payload.int(2 + parts.reduce(0) { $0 + max(1, ($1.count(loaded.board) + piece - 1) / piece) })
        var state = BinaryWriter()
        writeState(loaded, to: &state)
        append(journalPart, state.bytes, to: &payload)
        var settings = BinaryWriter()
        write(loaded.board.settings, withId: false, fields: Settings.schema.fields.map(\.binaryWriter), to: &settings)
        append(RecordKind.settings, settings.bytes, to: &payload)
        for part in parts {
            // A large table in pieces of `piece` records, so that two threads can read one table side by side.
            let count = part.count(loaded.board)
            for start in stride(from: 0, to: max(count, 1), by: piece) {
                var table = BinaryWriter()
                part.write(loaded.board, start..<min(start + piece, count), &table)
                append(part.kind, table.bytes, to: &payload)
            }
        }
        var file = BinaryWriter(capacity: headerLength + payload.bytes.count)
        file.raw(magic)
        for figure in [format, layout] + source.figures + [UInt64(payload.bytes.count), CacheChecksum.of(payload.bytes)] {
            file.fixed(figure)
        }
        file.raw(payload.bytes)
        return file.bytes
    }

    /// The part that holds the load's state (`Loaded`: the chain, the journal's position, the entries replayed).
    private static let journalPart = "journal"

    private static func append(_ kind: RecordKind, _ bytes: [UInt8], to payload: inout BinaryWriter) {
        append(kind.rawValue, bytes, to: &payload)
    }

    private static func append(_ part: String, _ bytes: [UInt8], to payload: inout BinaryWriter) {
        payload.string(part)
        payload.int(bytes.count)
        payload.raw(bytes)
    }

    /// One record: its id (unless it is the settings), who changed it last, then every field in the schema's order.
    static func write<R: Record>(_ record: R, withId: Bool, fields: [@Sendable (R, inout BinaryWriter) -> Void], to writer: inout BinaryWriter) {
        if withId { writer.string(record.id) }
        writer.int(record.meta.rev)
        record.meta.updatedAt.write(to: &writer)
        record.meta.updatedBy.write(to: &writer)
        for field in fields { field(record, &writer) }
    }

    // MARK: Reading

    /// The store the cache holds, with the source it was found to be the cache of, if there is a cache and it is the
    /// cache of `snapshot` (`board.json`, open) and of the first bytes of `journal`; nil otherwise. The files are summed
    /// only when the cache names their sizes.
    /// The cache is read from a mapping of its file: only personal and guarded stores use it, where nobody but the
    /// owner or the installed program writes, and it is only ever replaced whole.
    static func load(from files: StoreDirectory, snapshot: StoreFile, journal: StoreFile?) -> (Loaded, Source)? {
        guard let file = try? files.open(name, .read) else { return nil }
        return file.mapped { bytes -> (Loaded, Source)? in
            guard let named = source(in: bytes), named.snapshotSize == snapshot.size, named.journalBytes <= journal?.size ?? 0,
                let snapshotChecksum = try? snapshot.checksum(),
                let journalChecksum = named.journalBytes == 0 ? CacheChecksum.of([]) : try? journal?.checksum(upTo: named.journalBytes)
            else { return nil }
            let found = Source(
                snapshotSize: snapshot.size, snapshotChecksum: snapshotChecksum, journalBytes: named.journalBytes, journalChecksum: journalChecksum)
            guard let loaded = try? decode(bytes, for: found, parallel: nil, paging: .mapped(bytes)) else { return nil }
            return (loaded, found)
        } ?? nil
    }

    /// The source a cache names, if it looks like a cache.
    private static func source(in bytes: UnsafeRawBufferPointer) -> Source? {
        guard bytes.count >= headerLength, Array(bytes[0..<magic.count]) == magic else { return nil }
        let figure = { (i: Int) in (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[magic.count + 8 * i + $1]) << UInt64(8 * $1) } }
        return Source(
            snapshotSize: Int(truncatingIfNeeded: figure(2)), snapshotChecksum: figure(3), journalBytes: Int(truncatingIfNeeded: figure(4)),
            journalChecksum: figure(5))
    }

    /// The store in `bytes`, checked against everything the header names; throws where it stops making sense.
    static func decode(_ bytes: [UInt8], for source: Source, parallel: Bool? = nil) throws(BinaryError) -> Loaded {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(BinaryError) in try decode(buffer, for: source, parallel: parallel, paging: .resident) }
        }.get()
    }

    private static func decode(_ buffer: UnsafeRawBufferPointer, for source: Source, parallel: Bool?, paging: Paging) throws(BinaryError) -> Loaded {
        guard buffer.count >= headerLength, Array(buffer[0..<magic.count]) == magic else { throw BinaryError(offset: 0) }
        var header = BinaryReader(buffer, at: magic.count)
        for expected in [format, layout] + source.figures {
            guard try header.fixed() == expected else { throw BinaryError(offset: header.position - 8) }
        }
        let length = try header.fixed(), checksum = try header.fixed()
        guard length == UInt64(buffer.count - headerLength) else { throw BinaryError(offset: header.position - 16) }
        var sum = CacheChecksum()
        for start in stride(from: headerLength, to: buffer.count, by: 1 << 20) {
            let range = start..<min(start + (1 << 20), buffer.count)
            paging.reading(range) { sum.add(UnsafeRawBufferPointer(rebasing: buffer[range])) }
        }
        guard sum.value == checksum else { throw BinaryError(offset: header.position - 8) }
        var reader = BinaryReader(buffer, at: headerLength)
        let revision = try reader.int()
        guard Limits.revision.contains(revision) else { throw BinaryError(offset: headerLength) }
        // Where each part is, then the parts (side by side for a large board).
        var places: [(kind: String, start: Int, length: Int)] = []
        for _ in 0..<(try reader.count()) {
            let kind = try reader.string()
            let length = try reader.count()
            places.append((kind, reader.position, length))
            reader = BinaryReader(buffer, at: reader.position + length)
        }
        guard reader.isAtEnd, Set(places.map(\.kind)) == Set(RecordKind.allCases.map(\.rawValue) + [journalPart]),
            places.filter({ $0.kind == journalPart || $0.kind == RecordKind.settings.rawValue }).count == 2
        else { throw BinaryError(offset: reader.position) }
        let each = { (i: Int) -> Result<Decoded, BinaryError> in
            let place = places[i]
            var part = BinaryReader(UnsafeRawBufferPointer(rebasing: buffer[..<(place.start + place.length)]), at: place.start)
            do throws(BinaryError) {
                let decoded = try paging.reading(place.start..<(place.start + place.length)) { () throws(BinaryError) in
                    try decodePart(place.kind, &part)
                }
                guard part.isAtEnd else { throw BinaryError(offset: part.position) }
                return .success(decoded)
            } catch { return .failure(error) }
        }
        let decoded =
            parallel ?? (buffer.count >= BoardCodec.parallelThreshold)
            ? SideThread.map(weights: places.map(\.length), each) : places.indices.map(each)
        var loaded: Loaded?
        var board = Board()
        board.revision = revision
        var pieces: [String: [RowsPiece]] = [:]
        for result in decoded {
            switch try result.get() {
            case .state(let state): loaded = state
            case .settings(let settings): board.settings = settings
            case .rows(let kind, let rows): pieces[kind, default: []].append(rows)
            }
        }
        for part in parts {
            try part.take(pieces[part.kind.rawValue] ?? [], &board)
        }
        guard var loaded, loaded.chainHead.revision == revision, loaded.journalBytes == source.journalBytes else {
            throw BinaryError(offset: headerLength)
        }
        loaded.board = board
        return loaded
    }

    /// What one part of the cache holds.
    private enum Decoded {
        case state(Loaded)
        case settings(Settings)
        case rows(String, RowsPiece)
    }

    private static func decodePart(_ kind: String, _ reader: inout BinaryReader) throws(BinaryError) -> Decoded {
        if kind == journalPart { return .state(try readState(&reader)) }
        if kind == RecordKind.settings.rawValue {
            return .settings(try read(&reader, withId: false, fields: Settings.schema.fields.map(\.binaryReader)))
        }
        guard let part = parts.first(where: { $0.kind.rawValue == kind }) else { throw BinaryError(offset: reader.position) }
        return .rows(kind, try part.read(&reader))
    }

    static func read<R: Record>(
        _ reader: inout BinaryReader, withId: Bool, fields: [@Sendable (inout R, inout BinaryReader) throws(BinaryError) -> Void]
    ) throws(BinaryError) -> R {
        var record = R(id: withId ? try reader.string() : Settings.singletonId)
        let start = reader.position
        record.meta.rev = try reader.int()
        guard Limits.revision.contains(record.meta.rev) else { throw BinaryError(offset: start) }
        record.meta.updatedAt = try Timestamp?(from: &reader)
        record.meta.updatedBy = try String?(from: &reader)
        for field in fields { try field(&record, &reader) }
        return record
    }

    // MARK: The tables

    /// One table of the board: how many records it has, how a run of them is written, how a part is read, and how the
    /// parts read make the table (in their order).
    struct Part: Sendable {
        let kind: RecordKind
        let count: @Sendable (Board) -> Int
        let write: @Sendable (Board, Range<Int>, inout BinaryWriter) -> Void
        let read: @Sendable (inout BinaryReader) throws(BinaryError) -> RowsPiece
        let take: @Sendable ([RowsPiece], inout Board) throws(BinaryError) -> Void
        let layout: @Sendable () -> String

        init<R: Record>(_ path: WritableKeyPath<Board, Table<R>> & Sendable) {
            kind = R.kind
            count = { board in board[keyPath: path].count }
            write = { board, range, writer in
                let fields = R.schema.fields.map(\.binaryWriter)
                let rows = board[keyPath: path].rows
                writer.int(range.count)
                for row in rows[range] { BoardCache.write(row, withId: true, fields: fields, to: &writer) }
            }
            read = { (reader: inout BinaryReader) throws(BinaryError) in
                let fields = R.schema.fields.map(\.binaryReader)
                let piece = Rows<R>(count: try reader.count())
                for _ in 0..<piece.capacity { piece.append(try BoardCache.read(&reader, withId: true, fields: fields)) }
                return piece
            }
            take = { (pieces: [RowsPiece], board: inout Board) throws(BinaryError) in
                let rows = Rows<R>.joined(pieces.map { $0 as! Rows<R> })
                let table = Table(rows)
                guard table.count == rows.count else { throw BinaryError(offset: 0) }
                board[keyPath: path] = table
            }
            layout = { BoardCache.layout(of: R.self) }
        }
    }

    /// Every table of a board (the settings aside). `BoardCacheTests` checks that no kind of record is missing.
    static let parts: [Part] = [
        Part(\.units), Part(\.people), Part(\.duties), Part(\.absences), Part(\.projects), Part(\.issues), Part(\.visits),
        Part(\.progress), Part(\.reports), Part(\.instructions), Part(\.meetings), Part(\.squads), Part(\.leads), Part(\.bulletins),
    ]

    /// What this build writes for each record, as one figure: a cache written by a build whose records have other
    /// fields, or fields of other types, is not read.
    static let layout: UInt64 = {
        let text = ([layout(of: Settings.self)] + parts.map { $0.layout() }).joined(separator: "\n")
        return CacheChecksum.of(Array(text.utf8))
    }()

    private static func layout<R: Record>(of type: R.Type) -> String {
        "\(R.kind.rawValue): " + R.schema.fields.map { "\($0.name) \($0.valueTypeName)" }.joined(separator: ", ")
    }
}
