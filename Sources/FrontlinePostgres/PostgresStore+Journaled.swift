import FrontlineCore
import FrontlineStore

/// What the command line asks of a store beyond the board's session, for the store in PostgreSQL.
extension PostgresStore: JournaledStore {
    public var head: ChainHead { chainHead }

    /// No Unix group can rewrite the tables: only the database's owner and superusers can bypass the program (they
    /// can disable the append-only triggers), as root can rewrite a file store.
    public var rewritableByGroup: String? { nil }

    public func auditTrail() throws -> [AuditLog.Line] {
        try serverErrors { try lines(of: try connection.execute(PostgresSchema.journalAfter, [.int(0)])) }
    }

    /// The newest snapshot, the first one (once a compaction made another), and every journal line, read in one
    /// transaction: one moment of the store.
    public func auditRecords() throws -> AuditRecords {
        try serverErrors {
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? connection.execute("COMMIT") }
            let newest = try connection.execute(PostgresSchema.snapshotHeader)
            guard newest.count == 1, let revision = newest.int(0, 0) else { throw StoreError.noStore(path: address.text) }
            let snapshot = try snapshotContent(revision: revision)
            var first: AuditRecords.Document?
            let firstRevision = try connection.execute(PostgresSchema.firstSnapshotRevision).int(0, 0)
            if let firstRevision, firstRevision != revision {
                first = AuditRecords.Document(bytes: try snapshotContent(revision: firstRevision), place: snapshotPlace(revision: firstRevision))
            }
            let lines = try lines(of: try connection.execute(PostgresSchema.journalAfter, [.int(0)]))
            var records = AuditRecords(
                snapshot: .init(bytes: snapshot, place: snapshotPlace(revision: revision)), firstSnapshot: first, lines: lines, place: address.text)
            records.storeProblems = try rolesNotTheirPeople(lines)
            return records
        }
    }

    /// The lines whose role, stamped by the server, is not the role of the line's login (docs/postgresql.md,
    /// "Identity"): a person's login is their Unix account, and their role is the role of that name (over peer
    /// authentication the server lets in no other), or any role that is a member of it (`GRANT lihua TO
    /// lihua_remote`, for a person who connects from another server with a password or a certificate). Lines stamped
    /// by the store's owner or a superuser are not flagged: those can rewrite the tables anyway (as root can a file
    /// store), and `migrate` copies a history in the owner's name. A role since dropped cannot vouch for its lines.
    private func rolesNotTheirPeople(_ lines: [AuditLog.Line]) throws -> [StoreError] {
        let logins = Dictionary(lines.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let stamped = try connection.execute(PostgresSchema.linesByOrdinaryRoles)
        var vouched: [String: Bool] = [:]
        var problems: [StoreError] = []
        for row in 0..<stamped.count {
            guard let seq = stamped.int(row, 0), let role = stamped.text(row, 1), let line = logins[seq] else { continue }
            let login = line.entry.login
            let key = role + "\u{0}" + login
            if vouched[key] == nil {
                vouched[key] = try connection.execute(PostgresSchema.roleIsLogins, [.text(role), .text(login)]).text(0, 0) == "t"
            }
            guard vouched[key] == false else { continue }
            problems.append(
                .badData(
                    file: line.file, line: line.number, column: 1,
                    reason: Phrase(.storeAuditRoleNotPerson, "\(role)", "\(login)")))
        }
        return problems
    }

    /// The content of the snapshot at `revision`.
    private func snapshotContent(revision: Int) throws -> [UInt8] {
        let content = try connection.execute(PostgresSchema.snapshotContent, [.int(revision)], binary: true)
        guard content.count == 1, let bytes = content.bytes(0, 0) else { throw StoreError.noStore(path: address.text) }
        return bytes
    }

    /// Journal rows as the audit reads them: each line's place is its `seq`.
    private func lines(of rows: PostgresRows) throws -> [AuditLog.Line] {
        try (0..<rows.count).map { row in
            guard let seq = rows.int(row, 0), let line = rows.bytes(row, 1) else { throw StoreError.noStore(path: journalPlace) }
            return AuditLog.Line(file: journalPlace, number: seq, entry: try decode(line, seq: seq), hash: SHA256.hex(line))
        }
    }

    public func recordPlaces() throws -> RecordPlaces { RecordPlaces([:], fallback: snapshotPlace) }

    /// Keeps the content in `frontline.attachments` in the save's transaction, after the plan is accepted and before
    /// the line that names it: both are committed together, or neither. Content already kept is not sent again
    /// (identical files are kept once); the table's CHECK keeps every key the SHA-256 of its content.
    public func attach(_ draft: AttachmentDraft, content: [UInt8], login: String, uid: Int, today: Day, now: Timestamp) throws -> Entry {
        precondition(content.count == draft.size && SHA256.hex(content) == draft.sha256, "the draft describes the content")
        return try perform(.attach(draft), login: login, uid: uid, today: today, now: now, ids: .sequential) {
            try connection.execute(PostgresSchema.insertAttachment, [.text(draft.sha256), .bytes(content)])
        }
    }

    public func attachmentContent(_ sha256: String) throws -> [UInt8]? {
        guard Attachment.isDigest(sha256) else { return nil }
        return try serverErrors {
            let rows = try connection.execute(PostgresSchema.attachmentContent, [.text(sha256)], binary: true)
            return rows.count == 1 ? rows.bytes(0, 0) : nil
        }
    }

    public func attachmentPlace(_ sha256: String) -> String {
        address.text + " (\(PostgresSchema.attachments) \(sha256))"
    }
}
