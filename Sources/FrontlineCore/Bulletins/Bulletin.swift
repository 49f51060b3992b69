/// A 通报 (docs/domain-rules.md, "通报"): the 绩考办's praise (表扬) or criticism (批评) of a unit, with its reason and the
/// period it concerns, issued on a day and kept on the zone's record. Only `bulletin new` makes one; nothing edits,
/// deletes or undoes it (every field is managed): a wrong 通报 is answered by another.
public struct Bulletin: Record {
    public static let kind = RecordKind.bulletin
    public var id: String
    public var meta = RecordMeta()
    public var verdict = BulletinVerdict.praise
    /// The unit praised or criticised.
    public var unit = ""
    /// The period it concerns: a half-month (`2026-10-2`) or a calendar month (`2026-10`), as `BulletinPeriod` reads it.
    public var period = ""
    /// Why: what the unit did, or failed to do.
    public var reason = ""
    /// The day it was issued (通报日期).
    public var date = Day(ordinal: 0)
    /// Person id of the administrator who issued it.
    public var issuer = ""

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<Bulletin>([
        Field("verdict", \.verdict, required: true).labelled("通报类型", "Kind", as: .choice(Choice(BulletinVerdict.self)))
            .inLedger("通报类型", aliases: ["类型", "类别"]).managed,
        Field("unit", \.unit, required: true).labelled("被通报单位", "Unit", as: .reference(.unit)).inLedger("被通报单位", aliases: ["单位"]).managed,
        Field("period", \.period, required: true).labelled("所涉期间", "Period", as: .text).inLedger("所涉期间", aliases: ["期间"]).managed,
        Field("reason", \.reason, required: true).labelled("通报事由", "Reason", as: .text).inLedger("通报事由", aliases: ["事由"]).managed,
        Field("date", \.date, required: true).labelled("通报日期", "Issued on", as: .date).inLedger("通报日期").managed,
        Field("issuer", \.issuer, required: true).labelled("通报人", "Issued by", as: .reference(.person)).inLedger("通报人").managed,
    ])

    public static let newJournalAction = "bulletin.new"
}

/// 表扬 or 批评.
public enum BulletinVerdict: String, DomainEnum {
    case praise = "表扬", criticism = "批评"
    public var english: String {
        switch self {
        case .praise: "praise"
        case .criticism: "criticism"
        }
    }
}

/// The period a 通报 concerns: a half-month of the 半月报 (`2026-10-2`) or a month of the 招商引资成绩 (`2026-10`).
public enum BulletinPeriod: Hashable, Sendable {
    case half(Period)
    case month(AttractionMonth)

    /// Reads `2026-10-2` or `2026-10`; nil for anything else.
    public init?(text: String) {
        let text = text.trimmingSpaces
        if let month = AttractionMonth(text: text) {
            self = .month(month)
        } else if let half = Period(text: text), half.text == text {
            self = .half(half)
        } else {
            return nil
        }
    }

    public var first: Day {
        switch self {
        case .half(let period): period.first
        case .month(let month): month.first
        }
    }

    public var text: String {
        switch self {
        case .half(let period): period.text
        case .month(let month): month.text
        }
    }

    /// `2026年10月下半月` / `2nd half of October 2026`; `2026年10月` / `October 2026`.
    public func label(_ lang: Lang) -> String {
        switch self {
        case .half(let period): period.label(lang)
        case .month(let month): month.label(lang)
        }
    }
}

extension Bulletin {
    /// The period it concerns, read; its own text when it does not read (a hand-written store).
    public func periodLabel(_ lang: Lang) -> String { BulletinPeriod(text: period)?.label(lang) ?? period }
}

/// A new 通报 (`frontline bulletin new`): issued today unless an earlier day is given.
public struct BulletinDraft: Sendable, Hashable {
    public var verdict: BulletinVerdict
    public var unit: String
    public var period: String
    public var reason: String
    public var date: Day?

    public init(verdict: BulletinVerdict, unit: String, period: String, reason: String, date: Day? = nil) {
        self.verdict = verdict
        self.unit = unit
        self.period = period
        self.reason = reason
        self.date = date
    }
}

extension Board {
    /// The unit's 通报 issued by `day`, newest first.
    public func bulletins(ofUnit unit: String, by day: Day) -> [Bulletin] {
        bulletins.rows.filter { $0.unit == unit && $0.date <= day }.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    }
}
