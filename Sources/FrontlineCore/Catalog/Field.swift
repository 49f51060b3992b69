/// One named field of a record type: how it is stored (read and written as JSON) and how people meet it (its
/// `FieldDescriptor`). Declared once, in its record's `schema`, next to the stored property
/// (docs/architecture.md, "Adding a field").
public struct Field<R>: Sendable {
    public private(set) var descriptor: FieldDescriptor
    let read: @Sendable (R) -> JSONValue
    let write: @Sendable (inout R, JSONValue) throws(FieldError) -> Void
    /// The same value in the derived cache's binary form (`BinaryWriter`), and the type it is held as.
    let writeBinary: @Sendable (R, inout BinaryWriter) -> Void
    let readBinary: @Sendable (inout R, inout BinaryReader) throws(BinaryError) -> Void
    let valueType: any FieldValue.Type

    public var name: String { descriptor.name }
    /// Must be present and not empty when the record is created.
    public var required: Bool { descriptor.required }

    public init<V: FieldValue>(_ name: String, _ path: WritableKeyPath<R, V> & Sendable, required: Bool = false) {
        descriptor = FieldDescriptor(name: name, required: required)
        read = { $0[keyPath: path].json }
        write = { (record: inout R, json: JSONValue) throws(FieldError) in record[keyPath: path] = try V(json: json) }
        writeBinary = { record, writer in record[keyPath: path].write(to: &writer) }
        readBinary = { (record: inout R, reader: inout BinaryReader) throws(BinaryError) in record[keyPath: path] = try V(from: &reader) }
        valueType = V.self
    }

    /// A whole-number field that holds only values in `range` (`Limits`): anything else is refused
    /// wherever it comes from (a form, the command line, an import, the store file, the journal).
    public init(_ name: String, _ path: WritableKeyPath<R, Int> & Sendable, required: Bool = false, range: ClosedRange<Int>) {
        descriptor = FieldDescriptor(name: name, required: required)
        read = { .int($0[keyPath: path]) }
        write = { (record: inout R, json: JSONValue) throws(FieldError) in
            let value = try Int(json: json)
            guard range.contains(value) else { throw FieldError.outside(range) }
            record[keyPath: path] = value
        }
        writeBinary = { record, writer in writer.int(record[keyPath: path]) }
        readBinary = { (record: inout R, reader: inout BinaryReader) throws(BinaryError) in
            let start = reader.position
            let value = try reader.int()
            guard range.contains(value) else { throw BinaryError(offset: start) }
            record[keyPath: path] = value
        }
        valueType = Int.self
    }

    /// An optional whole-number field (nil: the default applies) that holds only values in `range` when set.
    public init(_ name: String, _ path: WritableKeyPath<R, Int?> & Sendable, required: Bool = false, range: ClosedRange<Int>) {
        descriptor = FieldDescriptor(name: name, required: required)
        read = { $0[keyPath: path].json }
        write = { (record: inout R, json: JSONValue) throws(FieldError) in
            let value = try Int?(json: json)
            if let value, !range.contains(value) { throw FieldError.outside(range) }
            record[keyPath: path] = value
        }
        writeBinary = { record, writer in record[keyPath: path].write(to: &writer) }
        readBinary = { (record: inout R, reader: inout BinaryReader) throws(BinaryError) in
            let start = reader.position
            let value = try Int?(from: &reader)
            if let value, !range.contains(value) { throw BinaryError(offset: start) }
            record[keyPath: path] = value
        }
        valueType = Int?.self
    }

    /// Whole-number fields must say their range (`init(_:_:required:range:)`).
    @available(*, unavailable, message: "a whole-number field needs a range: Field(name, path, range: Limits.…)")
    public init(_ name: String, _ path: WritableKeyPath<R, Int> & Sendable, required: Bool = false) { fatalError() }

    public func get(_ record: R) -> JSONValue { read(record) }
    public func set(_ record: inout R, _ value: JSONValue) throws(FieldError) { try write(&record, value) }

    /// The field's value in the derived cache's binary form, and back (`BinaryWriter`, `BinaryReader`).
    public var binaryWriter: @Sendable (R, inout BinaryWriter) -> Void { writeBinary }
    public var binaryReader: @Sendable (inout R, inout BinaryReader) throws(BinaryError) -> Void { readBinary }

    /// What the field holds, for the layout a cache names: its Swift type's binary layout (`FieldValue.binaryLayout`).
    public var valueTypeName: String { valueType.binaryLayout }

    /// The field with its label in each language and the kind of input that types its value (none for a list).
    public func labelled(_ zh: String, _ en: String, as input: InputKind? = nil) -> Field {
        var field = self
        field.descriptor.label = FieldLabel(zh: zh, en: en)
        field.descriptor.input = input
        return field
    }

    /// The field as a column of its record's ledger, under a Chinese header (the English key is the field's name).
    public func inLedger(_ zh: String, aliases: [String] = []) -> Field {
        var field = self
        field.descriptor.ledgerHeader = zh
        field.descriptor.ledgerAliases = aliases
        return field
    }

    /// A field shown on its record's detail (`frontline show`, the board's detail screen) when it has a value,
    /// after the facts composed for the kind (`Facts.swift`).
    public var onDetail: Field {
        var field = self
        field.descriptor.isOnDetail = true
        return field
    }

    /// A field that only operations may change (the lifecycle's), never a plain edit.
    public var managed: Field {
        var field = self
        field.descriptor.isManaged = true
        return field
    }
}

/// The fields of a record type, in their stored order, with lookup by name; and the fields the board's edit form
/// offers, in the form's order.
public struct FieldTable<R>: Sendable {
    public let fields: [Field<R>]
    /// The names of the fields the board's edit form offers, in its order (labelled, not managed).
    public let editForm: [String]
    private let index: [String: Int]

    public init(_ fields: [Field<R>], editForm: [String] = []) {
        self.fields = fields
        self.editForm = editForm
        var index: [String: Int] = [:]
        for (i, field) in fields.enumerated() {
            precondition(index[field.name] == nil, "duplicate field \(field.name)")
            precondition(i < 64, "at most 64 fields: the loader tracks them as bits")
            index[field.name] = i
        }
        self.index = index
        for name in editForm {
            let descriptor = index[name].map { fields[$0].descriptor }
            precondition(descriptor?.input != nil && descriptor?.isManaged == false, "the edit form offers \(name): a labelled, editable field")
        }
    }

    public subscript(name: String) -> Field<R>? { index[name].map { fields[$0] } }

    /// The position of the named field in `fields`.
    public func position(of name: String) -> Int? { index[name] }

    public var names: [String] { fields.map(\.name) }

    public var descriptors: [FieldDescriptor] { fields.map(\.descriptor) }
}
