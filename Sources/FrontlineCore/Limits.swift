/// The range of every value a person can type or a store can hold: one table, enforced where values
/// enter (the command line, the board's forms, ledger import, the store loader and the journal).
///
/// The record fields enforce them themselves (`Field(_:_:range:)`, `Day(json:)`, `Money(json:)`), so a
/// value outside its range is refused by the planner, the importer and the loader alike; the parsers of
/// typed input (`DayInput`, `NumberInput`) refuse it earlier with a message naming the option or field.
///
/// The ranges are wide enough for any real zone and narrow enough that no sum, product or date
/// computed from them can overflow (a store of a million records at the limits still fits in `Int64`).
public enum Limits {
    /// Dates a record may hold.
    public static let dates = Day(1900, 1, 1)!...Day(2199, 12, 31)!

    /// Days a relative date (`+7`, `-3`) may move from today: about ten years either way.
    public static let relativeDays = -3660...3660

    /// Days one extension (`issue extend --days N`, the board's batch extension) may add to a due date.
    public static let extensionDays = 1...365

    /// `issues --due-within N`: days ahead.
    public static let dueWithinDays = 0...3660

    /// 形象进度 and other percentages.
    public static let percent = 0...100

    /// Amounts in hundredths of 万元: less than ten billion 万元 (10¹⁴ yuan) either way.
    public static let moneyHundredths: ClosedRange<Int64> = -999_999_999_999...999_999_999_999

    /// Counters kept on records (an issue's extensions, returns and reopens).
    public static let counts = 0...100_000

    /// Jobs (就业, people) a project plans or provides, or a 招商 lead is expected to bring.
    public static let jobs = 0...10_000_000

    /// A unit's listing order.
    public static let sortOrder = -1_000_000...1_000_000

    /// Store revisions and record revisions: at most 2⁵³, the largest integer every JSON reader keeps exactly.
    public static let revision = 0...(1 << 53)

    /// Days in a store setting (due soon, visit window).
    public static let settingDays = 0...3660

    /// Months in a store setting (a late start turns red).
    public static let settingMonths = 0...1200

    /// Points, weights and deductions of the lights and the ranking.
    public static let points = 0...100

    /// 催办 that make an issue 黄牌督办 (0: that rule is off).
    public static let escalationUrges = 0...100

    /// How many units the ranking names 后进.
    public static let laggingCount = 0...10_000

    /// The store's attachment limit (`attachmentLimitMB`), in MB: up to 1 GB, so that a blob is read and hashed in
    /// memory without trouble.
    public static let attachmentLimitMB = 1...1024

    /// The size of an attachment, in bytes: at most the largest limit a store may set.
    public static let attachmentBytes = 1...(1024 * 1024 * 1024)

    /// The longest 批复文号 of a procedure step, in characters.
    public static let procedureNumberLength = 100

    /// The number of a meeting's decision (`MeetingDecision.number`).
    public static let decisions = 1...10_000

    /// `min`–`max` in both languages, for messages: `0–100`.
    static func text(_ range: ClosedRange<Int>) -> String { "\(range.lowerBound)–\(range.upperBound)" }
}
