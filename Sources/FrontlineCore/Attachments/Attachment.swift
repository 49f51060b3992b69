/// A file kept as evidence on a record (附件): a site photo, an approval document, a scan. The record holds what
/// the file is (its name as given, size, SHA-256, media type, who attached it and when); the bytes are kept by
/// the store, named by their SHA-256 and never overwritten (docs/store-format.md, "attachments/"). Nothing of an
/// attachment is ever executed or rendered: its name is shown like every other text, sanitised.
public struct Attachment: Hashable, Sendable, FieldValue {
    /// The file's name as given (`attachment add FILE --name N`): a label, never a path the program opens.
    public var name: String
    public var size: Int
    /// SHA-256 of the content, 64 lowercase hex digits: the name of the stored blob.
    public var sha256: String
    /// Guessed from the name's extension (`Attachment.mediaType(forName:)`), for the reader's information only.
    public var type: String
    /// Person id of who attached it.
    public var by: String
    public var at: Timestamp

    public init(name: String, size: Int, sha256: String, type: String, by: String, at: Timestamp) {
        self.name = name
        self.size = size
        self.sha256 = sha256
        self.type = type
        self.by = by
        self.at = at
    }

    public init(json: JSONValue) throws(FieldError) {
        let shape = FieldError(Phrase(.fieldExpectedAttachmentObject))
        guard case .object(let members) = json else { throw shape }
        var name: String?, size: Int?, sha256: String?, type: String?, by: String?, at: Timestamp?
        for member in members {
            switch member.key {
            case "name": name = try String(json: member.value)
            case "size": size = try Int(json: member.value)
            case "sha256": sha256 = try String(json: member.value)
            case "type": type = try String(json: member.value)
            case "by": by = try String(json: member.value)
            case "at": at = try Timestamp(json: member.value)
            default: throw shape
            }
        }
        guard let name, let size, let sha256, let type, let by, let at else { throw shape }
        guard Limits.attachmentBytes.contains(size) else { throw FieldError.outside(Limits.attachmentBytes) }
        guard Attachment.isDigest(sha256) else { throw FieldError(Phrase(.fieldExpectedSHA256)) }
        guard Attachment.nameProblem(name) == nil else { throw FieldError(Phrase(.fieldExpectedFileName)) }
        self.init(name: name, size: size, sha256: sha256, type: type, by: by, at: at)
    }

    public var json: JSONValue {
        .object([
            JSONMember("name", .string(name)), JSONMember("size", .int(size)), JSONMember("sha256", .string(sha256)),
            JSONMember("type", .string(type)), JSONMember("by", .string(by)), JSONMember("at", at.json),
        ])
    }

    /// Whether `text` is a SHA-256 as the store names blobs: 64 lowercase hex digits.
    public static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Why a name cannot be an attachment's, or nil: blank, or longer than 255 bytes (a file name's limit).
    public static func nameProblem(_ name: String) -> Phrase? {
        if name.trimmingSpaces.isEmpty { return Phrase(.attachmentNameBlank) }
        if name.utf8.count > 255 { return Phrase(.attachmentNameTooLong) }
        return nil
    }

    /// The record kinds that carry attachments: the one list to extend (docs/architecture.md, "Attachments"). Each
    /// kind's record type conforms to `CarriesAttachments` and declares the `attachments` field in its schema.
    public static let carriers: [RecordKind] = [.visit, .issue, .instruction, .meeting]

    /// The journal action of an entry that attaches a file.
    public static let journalAction = "attachment.add"

    /// A media type for a file name, from its extension; `application/octet-stream` when unknown. Only informative:
    /// the program never opens, runs or renders an attachment by its type.
    public static func mediaType(forName name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return octetStream }
        let ext = name[name.index(after: dot)...].lowercased()
        return mediaTypes[ext] ?? octetStream
    }

    static let octetStream = "application/octet-stream"
    static let mediaTypes: [String: String] = [
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif", "webp": "image/webp",
        "heic": "image/heic", "tif": "image/tiff", "tiff": "image/tiff", "bmp": "image/bmp",
        "pdf": "application/pdf", "ofd": "application/ofd",
        "doc": "application/msword", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "wps": "application/vnd.ms-works", "txt": "text/plain", "csv": "text/csv", "md": "text/markdown",
        "zip": "application/zip", "rar": "application/vnd.rar", "7z": "application/x-7z-compressed",
        "mp4": "video/mp4", "mov": "video/quicktime", "mp3": "audio/mpeg", "m4a": "audio/mp4",
    ]
}

/// The attachments of one record, oldest first. Stored as the record's `attachments` field, which is left out of
/// the stored record while it is empty: records without attachments are stored exactly as before attachments
/// existed (a snapshot a compaction hashed still encodes to the same bytes), and a record without the field reads
/// as having none.
public struct Attachments: Hashable, Sendable, FieldValue, RandomAccessCollection {
    public var items: [Attachment]

    public init(_ items: [Attachment] = []) { self.items = items }

    public init(json: JSONValue) throws(FieldError) {
        items = json.isNull ? [] : try [Attachment](json: json)
        var names = Set<String>()
        for item in items where !names.insert(item.name).inserted {
            throw FieldError(Phrase(.fieldExpectedDistinctAttachments, "\(item.name)"))
        }
    }

    public var json: JSONValue { items.isEmpty ? .null : items.json }

    public var startIndex: Int { items.startIndex }
    public var endIndex: Int { items.endIndex }
    public subscript(position: Int) -> Attachment { items[position] }

    /// The attachment with this name, or whose SHA-256 is `key` or starts with it (at least 8 hex digits, and only
    /// one attachment's); nil when none or several match.
    public func find(_ key: String) -> Attachment? {
        if let named = items.first(where: { $0.name == key }) { return named }
        let key = key.lowercased()
        guard key.utf8.count >= 8, key.utf8.count <= 64, Attachment.isDigest(key + String(repeating: "0", count: 64 - key.utf8.count)) else {
            return nil
        }
        let matches = Set(items.filter { $0.sha256.hasPrefix(key) }.map(\.sha256))
        return matches.count == 1 ? items.first { $0.sha256 == matches.first! } : nil
    }
}

/// A record that carries attachments: its type declares `Field("attachments", \.attachments).managed` in its schema
/// and its kind is in `Attachment.carriers`.
public protocol CarriesAttachments: Record {
    var attachments: Attachments { get set }
}

extension Visit: CarriesAttachments {}
extension Issue: CarriesAttachments {}

extension Board {
    /// The record of a kind that carries attachments, or nil.
    public func carrier(_ kind: RecordKind, id: String) -> (any CarriesAttachments)? {
        guard Attachment.carriers.contains(kind) else { return nil }
        return record(kind, id: id) as? any CarriesAttachments
    }

    /// The record with this id among the kinds that carry attachments (ids say their kind by their prefix).
    public func carrier(id: String) -> (any CarriesAttachments)? {
        for kind in Attachment.carriers { if let record = carrier(kind, id: id) { return record } }
        return nil
    }

    /// Every attachment of every record that carries them, with its record, in the carriers' order.
    public var allAttachments: [(kind: RecordKind, id: String, attachment: Attachment)] {
        var result: [(kind: RecordKind, id: String, attachment: Attachment)] = []
        func add<R: CarriesAttachments>(_ table: Table<R>) {
            for record in table.rows where !record.attachments.isEmpty {
                for attachment in record.attachments { result.append((R.kind, record.id, attachment)) }
            }
        }
        for kind in Attachment.carriers {
            switch kind {
            case .visit: add(visits)
            case .issue: add(issues)
            case .instruction: add(instructions)
            case .meeting: add(meetings)
            default: break
            }
        }
        return result
    }
}

/// Attach a file to a record: what the file is, as the command line read it (the store keeps the bytes first,
/// then the planner records this). Who may attach is `Access` (`.attach`); the size limit is the store's setting.
public struct AttachmentDraft: Sendable, Hashable {
    public var kind: RecordKind
    public var id: String
    public var name: String
    public var size: Int
    public var sha256: String

    public init(kind: RecordKind, id: String, name: String, size: Int, sha256: String) {
        self.kind = kind
        self.id = id
        self.name = name
        self.size = size
        self.sha256 = sha256
    }
}

extension Settings {
    /// The largest attachment the store accepts, in bytes (`attachmentLimitMB`, default 20 MB).
    public var attachmentLimitBytes: Int { (attachmentLimitMB ?? Settings.defaultAttachmentLimitMB) * 1024 * 1024 }
    public static let defaultAttachmentLimitMB = 20
}

extension Planner {
    /// Plans attaching a file: the record must carry attachments and be one the person may change (`Access`), the
    /// name must be new on the record, the size within the store's limit. One journal change: the record's
    /// `attachments` from the old list to the list with the new one last.
    mutating func attach(_ draft: AttachmentDraft) throws(DomainError) -> Attachment {
        guard Attachment.carriers.contains(draft.kind) else {
            throw .invalid(field: "attachments", Phrase(.invalidNoAttachments, .key(draft.kind.labelKey)))
        }
        guard let record = scratch.carrier(draft.kind, id: draft.id) else { throw .notFound(draft.kind, draft.id) }
        try check(.attach(record))
        if let problem = Attachment.nameProblem(draft.name) { throw .invalid(field: "name", problem) }
        if record.attachments.contains(where: { $0.name == draft.name }) {
            throw .invalid(
                field: "name", Phrase(.invalidAttachmentNameTaken, "\(draft.id)", "\(draft.name)"))
        }
        let limit = scratch.settings.attachmentLimitBytes
        guard draft.size <= limit else {
            throw .invalid(
                field: "size", Phrase(.invalidAttachmentTooLarge, "\(draft.size)", "\(limit / 1024 / 1024)"))
        }
        guard draft.size > 0 else { throw .invalid(field: "size", Phrase(.invalidAttachmentEmpty)) }
        guard Attachment.isDigest(draft.sha256) else {
            throw .invalid(field: "sha256", Phrase(.invalidSHA256))
        }
        let attachment = Attachment(
            name: draft.name, size: draft.size, sha256: draft.sha256, type: Attachment.mediaType(forName: draft.name),
            by: try me(), at: context.now)
        let after = Attachments(record.attachments.items + [attachment])
        try self.record(
            RecordChange(
                kind: draft.kind, id: draft.id, op: .update, base: record.meta.rev,
                fields: [FieldChange("attachments", old: record.attachments.json, new: after.json)]))
        return attachment
    }
}

extension Attachment {
    /// The size for people: `836 B`, `12.4 KB`, `3.1 MB` (1 KB = 1024 bytes; one decimal, rounded half up).
    public var sizeText: String {
        func oneDecimal(_ unit: Int) -> String {
            let tenths = (size * 10 + unit / 2) / unit
            return "\(tenths / 10).\(tenths % 10)"
        }
        if size < 1024 { return "\(size) B" }
        if size < 1024 * 1024 { return oneDecimal(1024) + " KB" }
        return oneDecimal(1024 * 1024) + " MB"
    }

    /// When it was attached, to the minute: `2026-11-20 09:30`.
    public var atText: String { String(at.iso.prefix(16)).replacingFirst("T", with: " ") }
}

extension BoardIndex {
    /// One attachment as a line of a detail: `现场照片.jpg  1.2 MB  王芳  2026-11-20 09:30`. The name is the user's
    /// text: whoever draws it sanitises it, like every other text.
    public func text(of attachment: Attachment) -> String {
        "\(attachment.name)  \(attachment.sizeText)  \(personName(attachment.by))  \(attachment.atText)"
    }
}
