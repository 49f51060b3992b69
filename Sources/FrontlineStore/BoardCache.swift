import FrontlineCore

/// `board.cache`: the records of `board.json` in a binary form that loads several times faster than the JSON, kept
/// beside it and derived from it alone (docs/store-format.md, "The cache").
///
/// `board.json` stays the store: the cache is believed only when everything it names matches — the size and checksum
/// of the `board.json` it was made from (the file is read and summed on every load, a piece at a time), this build's
/// layout of every record, its own length and checksum — and only when every value in it reads back as a valid value
/// of its field. Anything else (a cache
/// that is stale, damaged, cut short, from another store or another version, or missing) is ignored: the JSON is
/// read, and the cache made again from it. No command ever needs it; deleting it only costs one slower start.
///
/// ```
/// "FRONTLINE CACHE\n"  format  layout  snapshot size  snapshot checksum  payload length  payload checksum
/// payload: revision, journalHash, then settings and each table: kind, length, records
/// ```
/// Every header figure is eight bytes, least significant first; the payload is `BinaryWriter`'s form.
enum BoardCache {
    static let name = "board.cache"
    private static let magic = Array("FRONTLINE CACHE\n".utf8)
    private static let format: UInt64 = 1
    private static let headerLength = magic.count + 6 * 8

    /// What a cache must name to be the cache of a `board.json`: the file's size and `CacheChecksum`.
    struct Source: Equatable {
        var size: Int
        var checksum: UInt64

        var figures: [UInt64] { [UInt64(size), checksum] }
    }

    // MARK: Writing

    /// The cache of a snapshot just decoded, encoded before the journal changes the board, written once the store
    /// has loaded whole.
    struct Pending {
        let bytes: [UInt8]

        init(_ snapshot: BoardCodec.Snapshot, of source: Source) { bytes = BoardCache.encode(snapshot, of: source) }

        /// Writes the cache atomically (a temporary file renamed over the old cache). Best effort: in a store this
        /// process cannot write to, or on a full disk, the cache is simply not written, and the JSON is read next
        /// time too. Not synced: a cache cut short by a crash fails its checksum and is made again.
        func save(in files: StoreDirectory) {
            guard let (temporary, file) = try? files.createTemporary(for: BoardCache.name) else { return }
            do {
                try file.writeAll(bytes)
                try files.rename(temporary, over: BoardCache.name)
            } catch {
                files.remove(temporary)
            }
        }
    }

    static func encode(_ snapshot: BoardCodec.Snapshot, of source: Source) -> [UInt8] {
        var payload = BinaryWriter(capacity: 1 << 16)
        payload.int(snapshot.board.revision)
        payload.string(snapshot.journalHash)
        payload.int(1 + parts.count)
        var settings = BinaryWriter()
        write(snapshot.board.settings, withId: false, fields: Settings.schema.fields.map(\.binaryWriter), to: &settings)
        append(RecordKind.settings, settings.bytes, to: &payload)
        for part in parts {
            var table = BinaryWriter()
            part.write(snapshot.board, &table)
            append(part.kind, table.bytes, to: &payload)
        }
        var file = BinaryWriter(capacity: headerLength + payload.bytes.count)
        file.raw(magic)
        for figure in [format, layout] + source.figures + [UInt64(payload.bytes.count), CacheChecksum.of(payload.bytes)] {
            file.fixed(figure)
        }
        file.raw(payload.bytes)
        return file.bytes
    }

    private static func append(_ kind: RecordKind, _ bytes: [UInt8], to payload: inout BinaryWriter) {
        payload.string(kind.rawValue)
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

    /// The snapshot the cache holds, if there is a cache and it is the cache of `snapshot` (`board.json`, open); nil
    /// otherwise. The snapshot is summed only when the cache names its size.
    static func load(from files: StoreDirectory, for snapshot: StoreFile) -> BoardCodec.Snapshot? {
        guard let file = try? files.open(name, .read), let bytes = try? file.read(), source(in: bytes)?.size == snapshot.size,
            let checksum = try? snapshot.checksum()
        else { return nil }
        return try? decode(bytes, for: Source(size: snapshot.size, checksum: checksum))
    }

    /// The source a cache names, if it looks like a cache.
    private static func source(in bytes: [UInt8]) -> Source? {
        guard bytes.count >= headerLength, Array(bytes[0..<magic.count]) == magic else { return nil }
        let figure = { (i: Int) in (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[magic.count + 8 * i + $1]) << UInt64(8 * $1) } }
        return Source(size: Int(truncatingIfNeeded: figure(2)), checksum: figure(3))
    }

    /// The snapshot in `bytes`, checked against everything the header names; throws where it stops making sense.
    static func decode(_ bytes: [UInt8], for source: Source, parallel: Bool? = nil) throws(BinaryError) -> BoardCodec.Snapshot {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(BinaryError) in try decode(buffer, for: source, parallel: parallel) }
        }.get()
    }

    private static func decode(_ buffer: UnsafeRawBufferPointer, for source: Source, parallel: Bool?) throws(BinaryError) -> BoardCodec.Snapshot {
        guard buffer.count >= headerLength, Array(buffer[0..<magic.count]) == magic else { throw BinaryError(offset: 0) }
        var header = BinaryReader(buffer, at: magic.count)
        for expected in [format, layout] + source.figures {
            guard try header.fixed() == expected else { throw BinaryError(offset: header.position - 8) }
        }
        let length = try header.fixed(), checksum = try header.fixed()
        guard length == UInt64(buffer.count - headerLength),
            CacheChecksum.of(UnsafeRawBufferPointer(rebasing: buffer[headerLength...])) == checksum
        else { throw BinaryError(offset: header.position - 16) }
        var reader = BinaryReader(buffer, at: headerLength)
        let revision = try reader.int()
        let journalHash = try reader.string()
        guard Limits.revision.contains(revision), SHA256.isDigest(journalHash) else { throw BinaryError(offset: headerLength) }
        // Where each part is, then the parts (side by side for a large board).
        var places: [(kind: String, start: Int, length: Int)] = []
        for _ in 0..<(try reader.count()) {
            let kind = try reader.string()
            let length = try reader.count()
            places.append((kind, reader.position, length))
            reader = BinaryReader(buffer, at: reader.position + length)
        }
        guard reader.isAtEnd, Set(places.map(\.kind)) == Set(RecordKind.allCases.map(\.rawValue)), places.count == 1 + parts.count
        else { throw BinaryError(offset: reader.position) }
        let each = { (i: Int) -> Result<Board, BinaryError> in
            let place = places[i]
            var part = BinaryReader(UnsafeRawBufferPointer(rebasing: buffer[..<(place.start + place.length)]), at: place.start)
            do throws(BinaryError) {
                let board = try decodePart(place.kind, &part)
                guard part.isAtEnd else { throw BinaryError(offset: part.position) }
                return .success(board)
            } catch { return .failure(error) }
        }
        let decoded =
            parallel ?? (buffer.count >= BoardCodec.parallelThreshold)
            ? SideThread.map(weights: places.map(\.length), each) : places.indices.map(each)
        var board = Board()
        board.revision = revision
        for (place, result) in zip(places, decoded) {
            let part = try result.get()
            if place.kind == RecordKind.settings.rawValue {
                board.settings = part.settings
            } else {
                parts.first { $0.kind.rawValue == place.kind }?.take(part, &board)
            }
        }
        return BoardCodec.Snapshot(board: board, journalHash: journalHash)
    }

    private static func decodePart(_ kind: String, _ reader: inout BinaryReader) throws(BinaryError) -> Board {
        var board = Board()
        if kind == RecordKind.settings.rawValue {
            board.settings = try read(&reader, withId: false, fields: Settings.schema.fields.map(\.binaryReader))
        } else if let part = parts.first(where: { $0.kind.rawValue == kind }) {
            try part.read(&reader, &board)
        }
        return board
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

    /// One table of the board: how it is written, read, and moved from the board it was read into.
    struct Part: Sendable {
        let kind: RecordKind
        let write: @Sendable (Board, inout BinaryWriter) -> Void
        let read: @Sendable (inout BinaryReader, inout Board) throws(BinaryError) -> Void
        let take: @Sendable (Board, inout Board) -> Void
        let layout: @Sendable () -> String

        init<R: Record>(_ path: WritableKeyPath<Board, Table<R>> & Sendable) {
            kind = R.kind
            write = { board, writer in
                let fields = R.schema.fields.map(\.binaryWriter)
                let rows = board[keyPath: path].rows
                writer.int(rows.count)
                for row in rows { BoardCache.write(row, withId: true, fields: fields, to: &writer) }
            }
            read = { (reader: inout BinaryReader, board: inout Board) throws(BinaryError) in
                let fields = R.schema.fields.map(\.binaryReader)
                let start = reader.position
                let n = try reader.count()
                var rows: [R] = []
                rows.reserveCapacity(n)
                for _ in 0..<n { rows.append(try BoardCache.read(&reader, withId: true, fields: fields)) }
                let table = Table(rows)
                guard table.count == rows.count else { throw BinaryError(offset: start) }
                board[keyPath: path] = table
            }
            take = { part, board in board[keyPath: path] = part[keyPath: path] }
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
