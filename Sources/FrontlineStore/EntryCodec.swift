import FrontlineCore

/// One journal line: an entry as compact JSON, ending in a newline.
///
/// ```
/// {"seq":42,"prev":"<sha256 of line 41>","at":"2026-11-27T10:15:00+08:00","login":"li","uid":1001,
///  "person":"M-003","action":"issue.move","summary":"I-0342 申请办结",
///  "changes":[{"kind":"issue","id":"I-0342","op":"update","base":41,
///              "fields":{"status":["办理中","待核验"]},"log":{…}}]}
/// ```
public enum EntryCodec {
    public static func encode(_ entry: Entry) -> [UInt8] {
        var members = [
            JSONMember("seq", .int(entry.seq)),
            JSONMember("prev", .string(entry.prev)),
            JSONMember("at", entry.at.json),
            JSONMember("login", .string(entry.login)),
            JSONMember("uid", .int(entry.uid)),
        ]
        if let person = entry.person { members.append(JSONMember("person", .string(person))) }
        if let actingFor = entry.actingFor { members.append(JSONMember("actingFor", .string(actingFor))) }
        members.append(JSONMember("action", .string(entry.action)))
        members.append(JSONMember("summary", .string(entry.summary)))
        if let undoes = entry.undoes { members.append(JSONMember("undoes", .int(undoes))) }
        members.append(JSONMember("changes", .array(entry.changes.map(encode))))
        if let snapshot = entry.snapshot { members.append(JSONMember("snapshot", .string(snapshot))) }
        var line = JSONWriter.compact(.object(members))
        line.append(UInt8(ascii: "\n"))
        return line
    }

    static func encode(_ change: RecordChange) -> JSONValue {
        var members = [
            JSONMember("kind", .string(change.kind.rawValue)),
            JSONMember("id", .string(change.id)),
            JSONMember("op", .string(change.op.rawValue)),
            JSONMember("base", .int(change.base)),
            JSONMember("fields", .object(change.fields.map { JSONMember($0.name, .array([$0.old, $0.new])) })),
        ]
        if let log = change.appendLog { members.append(JSONMember("log", log.json)) }
        return .object(members)
    }

    /// Why a line is not a valid entry (the caller adds file and line).
    public struct Malformed: Error, Equatable {
        public var column: Int
        public var reason: Phrase
    }

    /// Decodes one line (without its newline).
    public static func decode(_ line: ArraySlice<UInt8>) throws(Malformed) -> Entry {
        let value: JSONValue
        do {
            value = try JSONValue.parse(Array(line))
        } catch {
            throw Malformed(column: error.position.column, reason: error.phrase(withPosition: false))
        }
        func bad(_ reason: Phrase) -> Malformed { Malformed(column: 1, reason: reason) }
        guard case .object = value,
            let seq = value["seq"]?.intValue, let prev = value["prev"]?.stringValue,
            let at = value["at"]?.stringValue.flatMap(Timestamp.init(iso:)),
            let login = value["login"]?.stringValue, let uid = value["uid"]?.intValue,
            let action = value["action"]?.stringValue, let summary = value["summary"]?.stringValue,
            case .array(let rawChanges)? = value["changes"]
        else {
            throw bad(Phrase(.storeEntryLacksMembers))
        }
        guard SHA256.isDigest(prev) else { throw bad(Phrase(.storeBadPrev)) }
        let snapshot = value["snapshot"]?.stringValue
        if let snapshot, !SHA256.isDigest(snapshot) { throw bad(Phrase(.storeBadSnapshotHash)) }
        var changes: [RecordChange] = []
        for raw in rawChanges {
            guard let kind = raw["kind"]?.stringValue.flatMap(RecordKind.init(rawValue:)),
                let id = raw["id"]?.stringValue,
                let op = raw["op"]?.stringValue.flatMap(RecordChange.Op.init(rawValue:)),
                let base = raw["base"]?.intValue,
                case .object(let rawFields)? = raw["fields"]
            else {
                throw bad(Phrase(.storeChangeLacksMembers))
            }
            var fields: [FieldChange] = []
            for member in rawFields {
                guard case .array(let pair) = member.value, pair.count == 2 else {
                    throw bad(Phrase(.storeBadFieldChange, "\(member.key)"))
                }
                fields.append(FieldChange(member.key, old: pair[0], new: pair[1]))
            }
            var log: HandlingLogEntry?
            if let rawLog = raw["log"] {
                do { log = try HandlingLogEntry(json: rawLog) } catch {
                    throw bad(Phrase(.storeBadHandlingLog, .phrase(error.phrase)))
                }
            }
            changes.append(RecordChange(kind: kind, id: id, op: op, base: base, fields: fields, appendLog: log))
        }
        return Entry(
            seq: seq, at: at, login: login, uid: uid, person: value["person"]?.stringValue,
            actingFor: value["actingFor"]?.stringValue, action: action, summary: summary,
            undoes: value["undoes"]?.intValue, changes: changes, snapshot: snapshot, prev: prev)
    }
}
