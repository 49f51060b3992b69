import FrontlineCore

/// The snapshot file `board.json`: a versioned header, then settings and one array per record kind.
///
/// ```
/// {"schemaVersion": 1, "revision": 41, "journalHash": "…", "settings": {…},
///  "units": [{"id": "U-01", "name": …, "rev": 3, "updatedAt": …, "updatedBy": "M-001"}, …], "people": […], …}
/// ```
/// Reading is strict: unknown keys, wrong types, duplicate ids and missing required fields are errors
/// with the file, line and column. Older schema versions are migrated on load; newer ones are refused.
public enum BoardCodec {
    public static let schemaVersion = 3

    /// Turns a document of one schema version into the next.
    public struct Migration: Sendable {
        public let from: Int
        public let migrate: @Sendable (JSONValue) throws -> JSONValue
        public init(from: Int, migrate: @escaping @Sendable (JSONValue) throws -> JSONValue) {
            self.from = from
            self.migrate = migrate
        }
    }

    /// Every step from an older schema to the current one.
    public static let migrations: [Migration] = [
        // 2 adds published half-month reports.
        Migration(from: 1) { value in
            guard case .object(var members) = value else { return value }
            members = members.map { $0.key == "schemaVersion" ? JSONMember("schemaVersion", .int(2)) : $0 }
            if value["reports"] == nil { members.append(JSONMember("reports", .array([]))) }
            return .object(members)
        },
        // 3 gives the store a language for its documents: stores made before wrote their reports in
        // Chinese by default, so they say so.
        Migration(from: 2) { value in
            guard case .object(var members) = value else { return value }
            members = members.map { member in
                switch member.key {
                case "schemaVersion": return JSONMember("schemaVersion", .int(3))
                case "settings":
                    guard case .object(var settings) = member.value else { return member }
                    if member.value["documentLanguage"] == nil { settings.append(JSONMember("documentLanguage", .string("zh"))) }
                    return JSONMember("settings", .object(settings))
                default: return member
                }
            }
            return .object(members)
        },
    ]

    /// The arrays of records, by their key in the file.
    static let tableKeys: [(key: String, kind: RecordKind)] = [
        ("units", .unit), ("people", .person), ("duties", .duty), ("absences", .absence),
        ("projects", .project), ("issues", .issue), ("visits", .visit), ("progress", .progress), ("reports", .report),
        ("instructions", .instruction),
        ("meetings", .meeting),
        ("squads", .squad), ("leads", .lead),
        ("bulletins", .bulletin),
    ]

    /// What a snapshot holds besides the board: the hash that the next journal line chains to.
    public struct Snapshot: Sendable {
        public var board: Board
        public var journalHash: String
    }

    public static func encode(_ board: Board, journalHash: String) -> [UInt8] {
        var members: [JSONMember] = [
            JSONMember("schemaVersion", .int(schemaVersion)),
            JSONMember("revision", .int(board.revision)),
            JSONMember("journalHash", .string(journalHash)),
            JSONMember("settings", object(board.settings, withId: false)),
        ]
        func add<R: Record>(_ key: String, _ table: Table<R>) {
            members.append(JSONMember(key, .array(table.rows.map { object($0, withId: true) })))
        }
        add("units", board.units)
        add("people", board.people)
        add("duties", board.duties)
        add("absences", board.absences)
        add("projects", board.projects)
        add("issues", board.issues)
        add("visits", board.visits)
        add("progress", board.progress)
        add("reports", board.reports)
        // Left out while empty, so that a store without instructions encodes exactly as before they existed.
        if !board.instructions.rows.isEmpty { add("instructions", board.instructions) }
        // Written only once there is a meeting: a store without any reads the same as before meetings existed.
        if !board.meetings.isEmpty { add("meetings", board.meetings) }
        // 招商: written only once there is a squad or a lead.
        if !board.squads.isEmpty { add("squads", board.squads) }
        if !board.leads.isEmpty { add("leads", board.leads) }
        // 通报: written only once there is one.
        if !board.bulletins.isEmpty { add("bulletins", board.bulletins) }
        return JSONWriter.pretty(.object(members), expandDepth: 2)
    }

    /// A record as a JSON object: id, stored fields, then who changed it last.
    public static func object<R: Record>(_ record: R, withId: Bool) -> JSONValue {
        var members: [JSONMember] = withId ? [JSONMember("id", .string(record.id))] : []
        for (name, value) in record.storedFields { members.append(JSONMember(name, value)) }
        if record.meta.rev != 0 { members.append(JSONMember("rev", .int(record.meta.rev))) }
        if let at = record.meta.updatedAt { members.append(JSONMember("updatedAt", at.json)) }
        if let by = record.meta.updatedBy { members.append(JSONMember("updatedBy", .string(by))) }
        return .object(members)
    }

    /// Snapshots of at least this many bytes have their parts decoded in parallel (`Reader.decode`).
    static let parallelThreshold = 1 << 20

    public static func decode(_ bytes: [UInt8], file: String, migrations: [Migration] = BoardCodec.migrations) throws(StoreError) -> Snapshot {
        try decode(bytes, file: file, migrations: migrations, parallel: nil)
    }

    /// `parallel`: whether the parts are decoded in parallel (nil: for snapshots of `parallelThreshold` bytes and
    /// more); the result is the same either way.
    static func decode(
        _ bytes: [UInt8], file: String, migrations: [Migration] = BoardCodec.migrations,
        parallel: Bool?
    ) throws(StoreError) -> Snapshot {
        let document = try parse(bytes, file: file)
        let reader = Reader(document: document, file: file)
        let root = document.root
        guard root.kind == .object else { throw reader.error(at: root, Phrase(.storeExpectedObject)) }
        guard let versionNode = root.member("schemaVersion"), let version = versionNode.intValue else {
            throw reader.error(at: root, Phrase(.storeMissingSchemaVersion))
        }
        if version > schemaVersion {
            throw reader.error(
                at: versionNode, Phrase(.storeSchemaTooNew, "\(version)", "\(schemaVersion)"))
        }
        if version < schemaVersion {
            var value = root.value()
            var current = version
            while current < schemaVersion {
                guard let step = migrations.first(where: { $0.from == current }) else {
                    throw reader.error(at: versionNode, Phrase(.storeUnsupportedSchemaVersion, "\(current)"))
                }
                do {
                    value = try step.migrate(value)
                } catch {
                    throw reader.error(
                        at: versionNode, Phrase(.storeMigrationFailed, "\(current)", "\(error)"))
                }
                current += 1
            }
            return try decode(JSONWriter.compact(value), file: file, migrations: migrations, parallel: parallel)
        }
        // Large snapshots are decoded on every core at once.
        return try reader.snapshot(root, parallel: parallel ?? (bytes.count >= parallelThreshold))
    }

    static func parse(_ bytes: [UInt8], file: String) throws(StoreError) -> JSONDocument {
        do {
            return try JSONDocument(bytes: bytes)
        } catch {
            throw .badData(
                file: file, line: error.position.line, column: error.position.column,
                reason: error.phrase(withPosition: false))
        }
    }

    /// Decodes records from a parsed document, naming the place of every problem.
    struct Reader {
        let document: JSONDocument
        let file: String

        func error(at node: JSONNode, _ reason: Phrase) -> StoreError {
            let position = document.position(ofOffset: node.offset)
            return .badData(file: file, line: position.line, column: position.column, reason: reason)
        }

        func snapshot(_ root: JSONNode, parallel: Bool) throws(StoreError) -> Snapshot {
            var board = Board()
            var journalHash = SHA256.genesis
            var seen = Set<String>()
            let known = Set(["schemaVersion", "revision", "journalHash", "settings"] + BoardCodec.tableKeys.map(\.key))
            // The members in the file's order; settings and tables are put aside and decoded after (side by side when
            // `parallel`). A problem ends the reading where it is, as if each part had been decoded in its turn: the
            // parts before it are decoded, and the first problem in the file's order is the one reported.
            var parts: [(key: String, node: JSONNode)] = []
            var stop: StoreError?
            do {
                try forEachMember(root) { (key, node) throws(StoreError) in
                    guard known.contains(key) else { throw error(at: node, Phrase(.storeUnknownKey, "\(key)")) }
                    seen.insert(key)
                    switch key {
                    case "schemaVersion": break
                    case "revision":
                        guard let n = node.intValue, Limits.revision.contains(n) else {
                            throw error(at: node, Phrase(.storeBadRevision))
                        }
                        board.revision = n
                    case "journalHash":
                        guard let s = node.stringValue, SHA256.isDigest(s) else {
                            throw error(at: node, Phrase(.storeBadJournalHash))
                        }
                        journalHash = s
                    default: parts.append((key, node))
                    }
                }
            } catch {
                stop = error
            }
            for (part, decoded) in zip(parts, decode(parts, parallel: parallel)) {
                switch decoded {
                case .success(let decoded): Self.take(part.key, from: decoded, into: &board)
                case .failure(let error): throw error
                }
            }
            if let stop { throw stop }
            guard seen.contains("revision") else { throw error(at: root, Phrase(.storeMissingRevision)) }
            return Snapshot(board: board, journalHash: journalHash)
        }

        /// Settings or one table, alone on an otherwise empty board.
        func part(_ key: String, _ node: JSONNode) throws(StoreError) -> Board {
            var board = Board()
            switch key {
            case "settings": board.settings = try record(node, as: Settings.self, withId: false)
            case "units": board.units = try table(node)
            case "people": board.people = try table(node)
            case "duties": board.duties = try table(node)
            case "absences": board.absences = try table(node)
            case "projects": board.projects = try table(node)
            case "issues": board.issues = try table(node)
            case "visits": board.visits = try table(node)
            case "progress": board.progress = try table(node)
            case "reports": board.reports = try table(node)
            case "instructions": board.instructions = try table(node)
            case "squads": board.squads = try table(node)
            case "leads": board.leads = try table(node)
            case "bulletins": board.bulletins = try table(node)
            case "meetings": board.meetings = try table(node)
            default: break
            }
            return board
        }

        /// Moves what `part(key, …)` decoded into `board`.
        static func take(_ key: String, from part: Board, into board: inout Board) {
            switch key {
            case "settings": board.settings = part.settings
            case "units": board.units = part.units
            case "people": board.people = part.people
            case "duties": board.duties = part.duties
            case "absences": board.absences = part.absences
            case "projects": board.projects = part.projects
            case "issues": board.issues = part.issues
            case "visits": board.visits = part.visits
            case "progress": board.progress = part.progress
            case "reports": board.reports = part.reports
            case "instructions": board.instructions = part.instructions
            case "squads": board.squads = part.squads
            case "leads": board.leads = part.leads
            case "bulletins": board.bulletins = part.bulletins
            case "meetings": board.meetings = part.meetings
            default: break
            }
        }

        /// Each part decoded, in the order given. With `parallel`, on two threads at once (`SideThread.map`, largest
        /// first): the records are independent of one another, and the document is only read.
        func decode(_ parts: [(key: String, node: JSONNode)], parallel: Bool) -> [Result<Board, StoreError>] {
            func one(_ i: Int) -> Result<Board, StoreError> {
                do throws(StoreError) { return .success(try part(parts[i].key, parts[i].node)) } catch { return .failure(error) }
            }
            guard parallel else { return parts.indices.map(one) }
            return SideThread.map(weights: parts.map(\.node.tapeLength), one)
        }

        func forEachMember(_ node: JSONNode, _ body: (String, JSONNode) throws(StoreError) -> Void) throws(StoreError) {
            try node.forEachMember(body)
        }

        func table<R: Record>(_ node: JSONNode) throws(StoreError) -> Table<R> {
            guard node.kind == .array else { throw error(at: node, Phrase(.storeExpectedArrayOfRecords)) }
            let schema = R.schema
            let keys = FieldKeys(schema)
            var rows: [R] = []
            rows.reserveCapacity(node.count)
            try node.forEachElement { (element) throws(StoreError) in
                rows.append(try record(element, schema: schema, keys: keys, withId: true))
            }
            let table = Table(rows)
            if table.count < rows.count {
                // Some id appears twice (the table kept one of them): name the second occurrence.
                var seen = Set<String>()
                var position = 0
                try node.forEachElement { (element) throws(StoreError) in
                    let id = rows[position].id
                    position += 1
                    guard seen.insert(id).inserted else {
                        throw error(at: element, Phrase(.storeDuplicateId, .key(R.kind.labelKey), "\(id)"))
                    }
                }
            }
            return table
        }

        func record<R: Record>(_ node: JSONNode, as type: R.Type, withId: Bool) throws(StoreError) -> R {
            try record(node, schema: R.schema, keys: FieldKeys(R.schema), withId: withId)
        }

        /// One record; the fields found are tracked as bits, so every required one can be checked cheaply.
        /// Keys are compared as bytes (`FieldKeys`), the field expected next first.
        func record<R: Record>(_ node: JSONNode, schema: FieldTable<R>, keys: FieldKeys, withId: Bool) throws(StoreError) -> R {
            guard node.kind == .object else { throw error(at: node, Phrase(.storeExpectedObject)) }
            var record = R(id: withId ? "" : Settings.singletonId)
            var present: UInt64 = 0
            var expected = 0
            try node.forEachKeyedMember { (key, value) throws(StoreError) in
                switch keys.member(key, withId: withId, expected: expected) {
                case .id:
                    guard let id = value.stringValue, !id.isEmpty else { throw error(at: value, Phrase(.storeBadId)) }
                    record.id = id
                case .rev:
                    guard let rev = value.intValue, Limits.revision.contains(rev) else {
                        throw error(at: value, Phrase(.storeBadRev))
                    }
                    record.meta.rev = rev
                case .updatedAt:
                    do throws(FieldError) { record.meta.updatedAt = try Timestamp(json: value.value()) } catch {
                        throw self.error(at: value, Phrase(.storeBadUpdatedAt, .phrase(error.phrase)))
                    }
                case .updatedBy:
                    guard let by = value.stringValue else { throw error(at: value, Phrase(.storeBadUpdatedBy)) }
                    record.meta.updatedBy = by
                case .unknown:
                    let key = key.string
                    throw error(at: value, Phrase(.storeUnknownField, .key(R.kind.labelKey), "\(key)"))
                case .field(let i):
                    expected = i + 1
                    let field = schema.fields[i]
                    if field.required && value.isEmptyString {
                        throw error(
                            at: node, Phrase(.storeMissingRequiredField, .key(R.kind.labelKey), "\(record.id)", "\(field.name)"))
                    }
                    do throws(FieldError) { try field.set(&record, value.value()) } catch {
                        throw self.error(at: value, Phrase(.storeBadFieldValue, "\(field.name)", .phrase(error.phrase)))
                    }
                    present |= 1 << UInt64(i)
                }
            }
            if withId && record.id.isEmpty { throw error(at: node, Phrase(.storeMissingId)) }
            for (i, field) in schema.fields.enumerated() where field.required && present & (1 << UInt64(i)) == 0 {
                throw error(
                    at: node, Phrase(.storeMissingRequiredField, .key(R.kind.labelKey), "\(record.id)", "\(field.name)"))
            }
            return record
        }
    }

    /// The keys a record of one kind may have, as bytes: what a member's key names is found without making a
    /// `String` of it. The same answers as comparing the decoded key with "id" (where records have ids), "rev",
    /// "updatedAt", "updatedBy", then looking it up among the fields by name.
    struct FieldKeys {
        enum Member: Equatable { case id, rev, updatedAt, updatedBy, field(Int), unknown }

        private static let id = Array("id".utf8), rev = Array("rev".utf8)
        private static let updatedAt = Array("updatedAt".utf8), updatedBy = Array("updatedBy".utf8)

        let names: [[UInt8]]
        let position: (String) -> Int?

        init<R>(_ schema: FieldTable<R>) {
            names = schema.fields.map { Array($0.name.utf8) }
            position = { schema.position(of: $0) }
        }

        /// What `key` names; `expected` is the field most likely (the one after the last found: records are
        /// written in their fields' order).
        func member(_ key: JSONKey, withId: Bool, expected: Int) -> Member {
            guard key.isPlain else { return member(key.string, withId: withId) }
            if withId && key.equals(Self.id) { return .id }
            if key.equals(Self.rev) { return .rev }
            if key.equals(Self.updatedAt) { return .updatedAt }
            if key.equals(Self.updatedBy) { return .updatedBy }
            if expected < names.count && key.equals(names[expected]) { return .field(expected) }
            for (i, name) in names.enumerated() where key.equals(name) { return .field(i) }
            return .unknown
        }

        /// The same for a key that has escapes or other than ASCII characters, by its decoded text.
        func member(_ key: String, withId: Bool) -> Member {
            switch key {
            case "id" where withId: return .id
            case "rev": return .rev
            case "updatedAt": return .updatedAt
            case "updatedBy": return .updatedBy
            default: return position(key).map(Member.field) ?? .unknown
            }
        }
    }
}
