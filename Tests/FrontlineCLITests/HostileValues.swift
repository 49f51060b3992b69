import FrontlineCore
import FrontlineRandom

/// Values a person could type, chosen to break things: numbers at and beyond every limit, dates that
/// overflow or are not on the calendar, amounts with too many digits, terminal escapes, bidi controls,
/// spreadsheet formulas, very long text, ids that exist and ids that do not. Deterministic from a seed
/// (SplitMix64), so a failure can be replayed.
struct HostileValues {
    var random: SplitMix64

    init(seed: UInt64, stream: UInt64 = 0) { random = SplitMix64(seed: seed, stream: stream) }

    static let numbers = [
        "0", "1", "-1", "7", "100", "101", "365", "366", "3660", "3661", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "99999999999999999999999999999", "+7", "-0", "007", "1e9", "0x10", "1.5", "七", "７", "٣",
        " 7", "7 ", "", "-", "+", "--7", "1,000", "NaN", "∞",
    ]
    static let dates = [
        "2026-11-27", "2026-12-05", "1900-01-01", "1899-12-31", "2199-12-31", "2200-01-01", "0001-01-01", "9999-12-31",
        "0000-00-00", "2026-02-30", "2026-13-01", "2026-1-1", "20261127", "2026/11/27", "+0", "+7", "-3", "+3660", "+3661",
        "-3661", "+9223372036854775807", "-9223372036854775808", "+99999999999999999999", "明天", "today",
        "2026-11-1", "2026-11-2", "0001-01-1", "9999-12-2", "2026-13-1", "2026-11-3",
    ]
    static let amounts = [
        "0", "1234.50", "-3", "1,234.5", "9999999999.99", "10000000000", "999999999999999.99", "9999999999999999.99",
        "1e400", "-0", "1,2,3", "0.001", ".5", "5.", "NaN",
    ]
    static let texts = [
        "现场查看", "主体结构封顶", "\u{1B}[31m红\u{1B}[0m", "\u{1B}]52;c;aGk=\u{7}", "\u{1B}P+q\u{1B}\\", "a\rb", "a\u{8}\u{8}b",
        "\u{202E}倒序", "👨\u{200D}👩\u{200D}👧", "\u{85}C1", "=cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "'", "\"", "\\",
        String(repeating: "长", count: 5_000), "line\nbreak", "\t", " ", "", "%s%n%x", "../../etc/passwd", "\u{FEFF}",
    ]
    static let ids = [
        "P-001", "I-0001", "M-003", "M-002", "U-02", "U-03", "D-01", "settings", "P-999", "I-99999999999999999999",
        "", "P-", "-", "P-001\u{1B}", "万声健康工场浮空岛", "新城街道", "street", "街道丙",
    ]
    static let vocabularies = [
        "在建", "签约", "停缓建", "红", "黄", "green", "办理中", "in-progress", "交办", "签收", "申请办结", "核验通过", "退回",
        "重新打开", "撤销", "延期", "resolve", "close", "现场", "电话", "出差", "病假", "一般", "特急", "土地", "其他",
        "projects", "issues", "units", "people", "roster", "table", "json", "csv", "md", "things",
    ]

    mutating func pick(_ values: [String]) -> String { random.pick(values) }

    /// Mostly a value of the expected kind, sometimes any hostile value at all.
    mutating func value(_ kind: [String]) -> String {
        if random.chance(200) {
            return pick(random.pick([Self.numbers, Self.dates, Self.amounts, Self.texts, Self.ids, Self.vocabularies]))
        }
        if random.chance(100) {
            // A random number of a random size, signed or relative.
            let digits = String((0..<random.int(in: 1...25)).map { _ in Character(String(random.int(10))) })
            return pick(["", "-", "+"]) + digits
        }
        return pick(kind)
    }
}
