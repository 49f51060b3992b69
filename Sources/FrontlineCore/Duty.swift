/// One line of a unit's AB roster (AB角): who is primary (A) and backup (B) for a duty.
public struct Duty: Record {
    public static let kind = RecordKind.duty
    public var id: String
    public var meta = RecordMeta()
    public var unit = ""
    /// 项目服务, 招商统计, 综合 …
    public var duty = ""
    public var a = ""
    public var b = ""
    public var validFrom: Day?
    public var validTo: Day?

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<Duty>([
        Field("unit", \.unit, required: true).labelled("单位", "Unit", as: .reference(.unit)).inLedger("单位"),
        Field("duty", \.duty, required: true).labelled("事项", "Duty", as: .text).inLedger("事项"),
        Field("a", \.a, required: true).labelled("A角", "A", as: .reference(.person)).inLedger("A角"),
        Field("b", \.b, required: true).labelled("B角", "B", as: .reference(.person)).inLedger("B角"),
        Field("validFrom", \.validFrom),
        Field("validTo", \.validTo),
    ])

    public func isValid(on day: Day) -> Bool {
        (validFrom.map { $0 <= day } ?? true) && (validTo.map { day <= $0 } ?? true)
    }
}

/// A period when a person is away (离岗); their B covers.
public struct Absence: Record {
    public static let kind = RecordKind.absence
    public var id: String
    public var meta = RecordMeta()
    public var person = ""
    public var from = Day(ordinal: 0)
    public var to = Day(ordinal: 0)
    public var reason = AbsenceReason.other
    public var handover = ""

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<Absence>([
        Field("person", \.person, required: true).labelled("离岗人员", "Who", as: .reference(.person)),
        Field("from", \.from, required: true).labelled("开始", "From", as: .date),
        Field("to", \.to, required: true).labelled("结束", "To", as: .date),
        Field("reason", \.reason).labelled("原因", "Reason", as: .choice(Choice(AbsenceReason.self))),
        Field("handover", \.handover).labelled("交接事项", "Handover", as: .text),
    ])

    /// True on the first and last day and every day between.
    public func covers(_ day: Day) -> Bool { from <= day && day <= to }
}
