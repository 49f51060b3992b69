import FrontlineCore

/// The whole audit trail: the folded journals, then the current journal; and the proof of a store from it.
public enum AuditLog {
    public struct Line: Sendable {
        public var file: String
        public var number: Int
        public var entry: Entry
        /// SHA-256 of the line, what the next line's `prev` must be.
        public var hash: String

        public init(file: String, number: Int, entry: Entry, hash: String) {
            self.file = file
            self.number = number
            self.entry = entry
            self.hash = hash
        }
    }

    /// Every journal line ever written, oldest first. A torn tail of the current journal is skipped.
    public static func read(_ store: some JournaledStore) throws -> [Line] {
        try store.auditTrail()
    }

    public static func read(directory: String) throws -> [Line] { try read(FileStore(directory: directory, inspecting: true)) }

    static func lines(of files: StoreDirectory) throws -> [Line] {
        var result: [Line] = []
        var sources: [(StoreDirectory, String)] = []
        if let history = try files.subdirectory(FileStore.historyName, create: false) {
            sources = try history.names().filter(StoreLayout.isFoldedJournal).sorted().map { (history, $0) }
        }
        sources.append((files, FileStore.journalName))
        for (directory, name) in sources {
            guard let file = try directory.open(name, .read) else { continue }
            let scan = try JournalScan(try file.read(), offset: 0, lineNumber: 1, file: file.path)
            if let damage = scan.undecodable { throw damage }
            result += scan.lines.map { Line(file: file.path, number: $0.number, entry: $0.entry, hash: $0.hash) }
        }
        return result
    }

    /// What `log --verify` found.
    public struct Verification: Sendable {
        public var lines: Int
        /// The chain's last link.
        public var head: ChainHead
        /// Everything that does not hold, each with its place; empty when the trail proves the store.
        public var problems: [StoreError]
        /// The first thing that does not hold.
        public var problem: StoreError? { problems.first }
    }

    /// Proves the store from its history: the chain is unbroken from the store's first snapshot to the last line;
    /// replaying every entry from that first snapshot gives exactly the current snapshot and each snapshot a
    /// compaction recorded; every change to a person's role or login was made by an administrator of the time; and
    /// `anchor` (a head printed earlier, e.g. in a published report) is still a link of the chain.
    public static func verify(_ store: some JournaledStore, anchor: ChainHead? = nil) throws -> Verification {
        try verify(store.auditRecords(), anchor: anchor)
    }

    /// The same proof, of records already read.
    public static func verify(_ records: AuditRecords, anchor: ChainHead? = nil) throws -> Verification {
        var proof = StoreProof(records)
        return try proof.run(anchor: anchor)
    }

    public static func verify(directory: String, anchor: ChainHead? = nil) throws -> Verification {
        try verify(FileStore(directory: directory, inspecting: true), anchor: anchor)
    }
}

/// The work of `AuditLog.verify`: one pass over the whole history.
private struct StoreProof {
    let records: AuditRecords
    var problems: [StoreError] = []

    init(_ records: AuditRecords) {
        self.records = records
        problems = records.storeProblems
    }

    mutating func run(anchor: ChainHead?) throws -> AuditLog.Verification {
        let snapshotPath = records.snapshot.place
        let known = records.decoded?.snapshot(of: records.snapshot)
        let snapshot = try known?.snapshot ?? BoardCodec.decode(records.snapshot.bytes, file: snapshotPath)
        let lines = records.lines

        // The first snapshot: board.json itself until the first compaction, then the copy kept in history/.
        var first = records.snapshot
        var board = snapshot.board
        var firstHash = known?.hash
        if snapshot.journalHash != SHA256.genesis {
            guard let kept = records.firstSnapshot else {
                problem(
                    snapshotPath, Phrase(.storeAuditNoFirstSnapshot))
                return AuditLog.Verification(lines: lines.count, head: head(lines, snapshot), problems: problems)
            }
            first = kept
            board = try BoardCodec.decode(first.bytes, file: first.place).board
            firstHash = nil
        }
        var hash = firstHash ?? SHA256.hex(first.bytes)
        var links = [board.revision: hash]
        var folded = true

        for line in lines {
            if line.entry.prev != hash {
                if line.entry.seq == board.revision + 1 && line.entry.prev == SHA256.genesis && links.count == 1 {
                    problem(
                        line, Phrase(.storeAuditLegacyStart)
                    )
                } else {
                    problem(
                        line, Phrase(.storeAuditChainBroken))
                }
            }
            if line.entry.seq != board.revision + 1 {
                problem(line, Phrase(.storeAuditSequence, "\(board.revision + 1)", "\(line.entry.seq)"))
                return AuditLog.Verification(lines: lines.count, head: head(lines, snapshot), problems: problems)
            }
            if let recorded = line.entry.snapshot, folded, SHA256.hex(BoardCodec.encode(board, journalHash: hash)) != recorded {
                problem(
                    line, Phrase(.storeAuditCompactionAltered))
            }
            checkGrants(line, on: board)
            do {
                try board.apply(line.entry)
            } catch {
                problem(line, Phrase(.storeAuditCannotReplay, .phrase(error.phrase)))
                folded = false
            }
            hash = line.hash
            links[line.entry.seq] = hash
            if line.entry.seq == snapshot.board.revision && folded && snapshot.journalHash != SHA256.genesis {
                compare(board, with: snapshot)
            }
        }
        if snapshot.board.revision > board.revision {
            problem(
                snapshotPath, Phrase(.storeAuditSnapshotBeyondJournal, "\(snapshot.board.revision)", "\(board.revision)"))
        }
        if let anchor, links[anchor.revision] != anchor.hash {
            problem(
                records.place,
                Phrase(links[anchor.revision] == nil ? .storeAuditHeadMissing : .storeAuditHeadRewritten, "\(anchor)", "\(anchor.revision)"))
        }
        return AuditLog.Verification(lines: lines.count, head: ChainHead(revision: board.revision, hash: hash), problems: problems)
    }

    /// The replayed board must be the snapshot, record for record.
    private mutating func compare(_ board: Board, with snapshot: BoardCodec.Snapshot) {
        guard BoardCodec.encode(board, journalHash: snapshot.journalHash) != BoardCodec.encode(snapshot.board, journalHash: snapshot.journalHash)
        else { return }
        let path = records.snapshot.place
        let differing = StoreProof.firstDifference(board, snapshot.board) ?? "?"
        problem(
            path, Phrase(.storeAuditSnapshotEdited, "\(differing)"))
    }

    /// A role or login may only be set by someone who was an administrator when they set it.
    private mutating func checkGrants(_ line: AuditLog.Line, on board: Board) {
        let grants = line.entry.changes.filter { change in
            change.kind == .person && change.fields.contains { $0.name == "role" || $0.name == "login" }
        }
        guard !grants.isEmpty else { return }
        let actor = line.entry.person.flatMap { board.people[id: $0] }
        guard actor?.role != .admin || actor?.login != line.entry.login else { return }
        for change in grants {
            problem(
                line, Phrase(.storeAuditGrantByNonAdmin, "\(change.id)", "\(line.entry.login)"))
        }
    }

    static func firstDifference(_ a: Board, _ b: Board) -> String? {
        func differing<R: Record>(_ x: Table<R>, _ y: Table<R>) -> String? {
            for row in x.rows where y[id: row.id].map({ BoardCodec.object($0, withId: true) }) != BoardCodec.object(row, withId: true) {
                return row.id
            }
            return y.rows.first { x[id: $0.id] == nil }?.id
        }
        if BoardCodec.object(a.settings, withId: false) != BoardCodec.object(b.settings, withId: false) { return "settings" }
        // One table after another (a single chain of `??` over every table is too long for the type checker).
        let tables: [() -> String?] = [
            { differing(a.units, b.units) }, { differing(a.people, b.people) }, { differing(a.duties, b.duties) },
            { differing(a.absences, b.absences) }, { differing(a.projects, b.projects) }, { differing(a.issues, b.issues) },
            { differing(a.visits, b.visits) }, { differing(a.progress, b.progress) }, { differing(a.reports, b.reports) },
            { differing(a.instructions, b.instructions) }, { differing(a.meetings, b.meetings) }, { differing(a.squads, b.squads) },
            { differing(a.leads, b.leads) }, { differing(a.bulletins, b.bulletins) },
        ]
        for table in tables { if let id = table() { return id } }
        return nil
    }

    private func head(_ lines: [AuditLog.Line], _ snapshot: BoardCodec.Snapshot) -> ChainHead {
        lines.last.map { ChainHead(revision: $0.entry.seq, hash: $0.hash) }
            ?? ChainHead(revision: snapshot.board.revision, hash: snapshot.journalHash)
    }

    private mutating func problem(_ line: AuditLog.Line, _ reason: Phrase) {
        problems.append(.badData(file: line.file, line: line.number, column: 1, reason: reason))
    }

    private mutating func problem(_ path: String, _ reason: Phrase) {
        problems.append(.badData(file: path, line: 1, column: 1, reason: reason))
    }
}
