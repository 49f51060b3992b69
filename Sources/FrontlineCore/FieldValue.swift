/// A Swift value that a record field holds, with its JSON form in the store.
public protocol FieldValue: Sendable, Equatable {
    init(json: JSONValue) throws(FieldError)
    var json: JSONValue { get }
    /// The value in the derived cache's binary form; by default its JSON form (`FieldValue+Binary.swift`).
    func write(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws(BinaryError)
    /// What that binary form depends on, for the layout a cache names (`BoardCache.layout`): by default the type's
    /// qualified name; a vocabulary adds its values in order, since it is kept by position.
    static var binaryLayout: String { get }
}

/// Why a JSON value does not fit a field.
public struct FieldError: Error, Equatable, Sendable {
    /// What the field expects: a catalog text.
    public var expected: Phrase

    public init(_ expected: Phrase) { self.expected = expected }

    public func message(_ lang: Lang) -> String { phrase.text(lang) }

    /// The message before it is written in a language: `expected …`.
    public var phrase: Phrase { Phrase(.fieldExpected, .phrase(expected)) }

    /// A whole number outside its range.
    public static func outside(_ range: ClosedRange<Int>) -> FieldError {
        FieldError(Phrase(.fieldExpectedWholeNumberIn, "\(range.lowerBound)", "\(range.upperBound)"))
    }

    /// A date outside its range.
    public static func outside(_ range: ClosedRange<Day>) -> FieldError {
        FieldError(Phrase(.fieldExpectedDateIn, "\(range.lowerBound.iso)", "\(range.upperBound.iso)"))
    }

    /// An amount beyond `Limits.moneyHundredths`.
    public static let outsideMoneyLimits = FieldError(Phrase(.fieldExpectedMoneyWithinLimits))
}

extension String: FieldValue {
    public init(json: JSONValue) throws(FieldError) {
        guard case .string(let s) = json else { throw FieldError(Phrase(.fieldExpectedString)) }
        self = s
    }
    public var json: JSONValue { .string(self) }
}

extension Int: FieldValue {
    public init(json: JSONValue) throws(FieldError) {
        guard let n = json.intValue else { throw FieldError(Phrase(.fieldExpectedInteger)) }
        self = n
    }
    public var json: JSONValue { .int(self) }
}

extension Bool: FieldValue {
    public init(json: JSONValue) throws(FieldError) {
        guard case .bool(let b) = json else { throw FieldError(Phrase(.fieldExpectedBool)) }
        self = b
    }
    public var json: JSONValue { .bool(self) }
}

extension Day: FieldValue {
    /// A date `YYYY-MM-DD` within `Limits.dates`.
    public init(json: JSONValue) throws(FieldError) {
        guard let s = json.stringValue, let d = Day(iso: s) else { throw FieldError(Phrase(.fieldExpectedDate)) }
        guard Limits.dates.contains(d) else { throw FieldError.outside(Limits.dates) }
        self = d
    }
    public var json: JSONValue { .string(iso) }
}

extension Timestamp: FieldValue {
    public init(json: JSONValue) throws(FieldError) {
        guard let s = json.stringValue, let t = Timestamp(iso: s) else {
            throw FieldError(Phrase(.fieldExpectedTime))
        }
        self = t
    }
    public var json: JSONValue { .string(iso) }
}

extension Money: FieldValue {
    /// Money is stored as a decimal string ("1234.50"); an integer number is accepted too.
    /// Within `Limits.moneyHundredths`.
    public init(json: JSONValue) throws(FieldError) {
        switch json {
        case .string(let s) where Money(s) != nil: self = Money(s)!
        case .number(let s) where !s.contains(".") && !s.contains("e") && !s.contains("E") && Money(s) != nil: self = Money(s)!
        default: throw FieldError(Phrase(.fieldExpectedMoney))
        }
        guard isWithinLimits else { throw FieldError.outsideMoneyLimits }
    }
    public var json: JSONValue { .string(text) }
}

extension Optional: FieldValue where Wrapped: FieldValue {
    public init(json: JSONValue) throws(FieldError) {
        self = json.isNull ? nil : try Wrapped(json: json)
    }
    public var json: JSONValue { self?.json ?? .null }
}

extension Array: FieldValue where Element: FieldValue {
    public init(json: JSONValue) throws(FieldError) {
        guard case .array(let items) = json else { throw FieldError(Phrase(.fieldExpectedArray)) }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for item in items { result.append(try Element(json: item)) }
        self = result
    }
    public var json: JSONValue { .array(map(\.json)) }
}
