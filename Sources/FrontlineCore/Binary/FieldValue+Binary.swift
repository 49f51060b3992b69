/// The binary form (`BinaryWriter`) of field values, for the store's derived cache: by default a value is kept as
/// its JSON form and read back through `init(json:)`, so it meets the same checks as when it is read from the store's
/// file; the values every record has many of have a compact form of their own.
extension FieldValue {
    public func write(to writer: inout BinaryWriter) { writer.json(json) }

    public static var binaryLayout: String { _typeName(Self.self, qualified: true) }

    public init(from reader: inout BinaryReader) throws(BinaryError) {
        let start = reader.position
        let value = try reader.json()
        do throws(FieldError) { try self.init(json: value) } catch { throw BinaryError(offset: start) }
    }
}

extension String {
    public func write(to writer: inout BinaryWriter) { writer.string(self) }
    public init(from reader: inout BinaryReader) throws(BinaryError) { self = try reader.string() }
}

extension Int {
    public func write(to writer: inout BinaryWriter) { writer.int(self) }
    public init(from reader: inout BinaryReader) throws(BinaryError) { self = try reader.int() }
}

extension Bool {
    public func write(to writer: inout BinaryWriter) { writer.bool(self) }
    public init(from reader: inout BinaryReader) throws(BinaryError) { self = try reader.bool() }
}

extension Day {
    /// One number: the year, month and day packed (`year × 512 + month × 32 + day`).
    public func write(to writer: inout BinaryWriter) { writer.int(year << 9 | month << 5 | day) }

    public init(from reader: inout BinaryReader) throws(BinaryError) {
        let start = reader.position
        let packed = try reader.int()
        guard let day = Day(packed >> 9, (packed >> 5) & 15, packed & 31), Limits.dates.contains(day) else {
            throw BinaryError(offset: start)
        }
        self = day
    }
}

extension Period {
    /// One number: `year × 32 + month × 2 + half − 1`, read back with the same limits as its text (`init?(text:)`).
    public func write(to writer: inout BinaryWriter) { writer.int(year << 5 | month << 1 | (half - 1)) }

    public init(from reader: inout BinaryReader) throws(BinaryError) {
        let start = reader.position
        let packed = try reader.int()
        let year = packed >> 5, month = (packed >> 1) & 15
        guard (1...9999).contains(year), (1...12).contains(month) else { throw BinaryError(offset: start) }
        self.init(year: year, month: month, half: (packed & 1) + 1)
    }
}

extension Timestamp {
    public func write(to writer: inout BinaryWriter) {
        writer.int(Int(seconds))
        writer.int(utcOffset)
    }

    public init(from reader: inout BinaryReader) throws(BinaryError) {
        self.init(seconds: Int64(try reader.int()), utcOffset: try reader.int())
    }
}

extension Money {
    public func write(to writer: inout BinaryWriter) { writer.int(Int(hundredths)) }

    public init(from reader: inout BinaryReader) throws(BinaryError) {
        let start = reader.position
        self.init(hundredths: Int64(try reader.int()))
        guard isWithinLimits else { throw BinaryError(offset: start) }
    }
}

extension Optional where Wrapped: FieldValue {
    public static var binaryLayout: String { "Optional<\(Wrapped.binaryLayout)>" }

    public func write(to writer: inout BinaryWriter) {
        writer.optional(self) { writer, value in value.write(to: &writer) }
    }

    public init(from reader: inout BinaryReader) throws(BinaryError) {
        self = try reader.optional { (reader) throws(BinaryError) in try Wrapped(from: &reader) }
    }
}

extension Array where Element: FieldValue {
    public static var binaryLayout: String { "Array<\(Element.binaryLayout)>" }

    public func write(to writer: inout BinaryWriter) {
        writer.int(count)
        for element in self { element.write(to: &writer) }
    }

    public init(from reader: inout BinaryReader) throws(BinaryError) {
        let n = try reader.count()
        var elements: [Element] = []
        elements.reserveCapacity(n)
        for _ in 0..<n { elements.append(try Element(from: &reader)) }
        self = elements
    }
}

extension DomainEnum {
    /// By its position among the values: a number instead of a text to make and compare. The values in order are part
    /// of the layout, so a build that adds or moves one does not read a cache written by another.
    public func write(to writer: inout BinaryWriter) { writer.int(Self.allCases.firstIndex(of: self)!) }

    public init(from reader: inout BinaryReader) throws(BinaryError) {
        let start = reader.position
        let position = try reader.int()
        let values = Self.allCases
        guard values.indices.contains(position) else { throw BinaryError(offset: start) }
        self = values[position]
    }

    public static var binaryLayout: String { _typeName(Self.self, qualified: true) + "(" + allCases.map(\.rawValue).joined(separator: " ") + ")" }
}

extension HandlingLogEntry {
    public static var binaryLayout: String {
        _typeName(Self.self, qualified: true) + "(" + [IssueStatus.binaryLayout, Satisfaction.binaryLayout].joined(separator: " ") + ")"
    }

    public func write(to writer: inout BinaryWriter) {
        at.write(to: &writer)
        writer.string(by)
        actingFor.write(to: &writer)
        writer.string(action)
        writer.string(note)
        status.write(to: &writer)
        due.write(to: &writer)
        unit.write(to: &writer)
        fromUnit.write(to: &writer)
        fromPerson.write(to: &writer)
        satisfaction.write(to: &writer)
    }

    public init(from reader: inout BinaryReader) throws(BinaryError) {
        self.init(
            at: try Timestamp(from: &reader), by: try reader.string(), actingFor: try String?(from: &reader),
            action: try reader.string(), note: try reader.string(), status: try IssueStatus(from: &reader),
            due: try Day?(from: &reader), unit: try String?(from: &reader), fromUnit: try String?(from: &reader),
            fromPerson: try String?(from: &reader), satisfaction: try Satisfaction?(from: &reader))
    }
}
