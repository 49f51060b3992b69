/// A Swift value that a record field holds, with its JSON form in the store.
public protocol FieldValue: Sendable, Equatable {
    init(json: JSONValue) throws(FieldError)
    var json: JSONValue { get }
}

/// Why a JSON value does not fit a field.
public struct FieldError: Error, Equatable, Sendable {
    /// What the field expects, in both languages.
    public var expectedZH: String
    public var expectedEN: String

    public init(_ zh: String, _ en: String) {
        expectedZH = zh
        expectedEN = en
    }

    public func message(_ lang: Lang) -> String { lang.text(.fieldExpected, lang == .zh ? expectedZH : expectedEN) }

    /// A whole number outside its range.
    public static func outside(_ range: ClosedRange<Int>) -> FieldError {
        FieldError("介于 \(range.lowerBound) 与 \(range.upperBound) 之间的整数", "a whole number from \(range.lowerBound) to \(range.upperBound)")
    }

    /// A date outside its range.
    public static func outside(_ range: ClosedRange<Day>) -> FieldError {
        FieldError("介于 \(range.lowerBound.iso) 与 \(range.upperBound.iso) 之间的日期", "a date from \(range.lowerBound.iso) to \(range.upperBound.iso)")
    }

    /// An amount beyond `Limits.moneyHundredths`.
    public static let outsideMoneyLimits = FieldError("绝对值小于 100 亿万元的金额", "an amount of less than 10,000,000,000 万元 either way")
}

extension String: FieldValue {
    public init(json: JSONValue) throws(FieldError) {
        guard case .string(let s) = json else { throw FieldError("字符串", "a string") }
        self = s
    }
    public var json: JSONValue { .string(self) }
}

extension Int: FieldValue {
    public init(json: JSONValue) throws(FieldError) {
        guard let n = json.intValue else { throw FieldError("整数", "an integer") }
        self = n
    }
    public var json: JSONValue { .int(self) }
}

extension Bool: FieldValue {
    public init(json: JSONValue) throws(FieldError) {
        guard case .bool(let b) = json else { throw FieldError("true 或 false", "true or false") }
        self = b
    }
    public var json: JSONValue { .bool(self) }
}

extension Day: FieldValue {
    /// A date `YYYY-MM-DD` within `Limits.dates`.
    public init(json: JSONValue) throws(FieldError) {
        guard let s = json.stringValue, let d = Day(iso: s) else { throw FieldError("日期 YYYY-MM-DD", "a date YYYY-MM-DD") }
        guard Limits.dates.contains(d) else { throw FieldError.outside(Limits.dates) }
        self = d
    }
    public var json: JSONValue { .string(iso) }
}

extension Timestamp: FieldValue {
    public init(json: JSONValue) throws(FieldError) {
        guard let s = json.stringValue, let t = Timestamp(iso: s) else {
            throw FieldError("时间 YYYY-MM-DDThh:mm:ss+08:00", "a time YYYY-MM-DDThh:mm:ss+08:00")
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
        default: throw FieldError("金额（万元，最多两位小数）", "an amount in 万元 with at most two decimals")
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
        guard case .array(let items) = json else { throw FieldError("数组", "an array") }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for item in items { result.append(try Element(json: item)) }
        self = result
    }
    public var json: JSONValue { .array(map(\.json)) }
}
