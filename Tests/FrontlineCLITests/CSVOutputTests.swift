import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Issue 10 item 22: CSV is for Excel users: headers in the chosen language, numbers as numbers (the
/// unit in the header, never `4天` or `100%` in a cell), and the report's CSV has every column the
/// Markdown has.
struct CSVOutputTests {
    /// The rows of a CSV document without its BOM (no quoted newlines in these outputs).
    static func rows(_ text: String) -> [[String]] {
        String(text.drop { $0 == "\u{FEFF}" }).split(separator: "\r\n", omittingEmptySubsequences: false).map { line in
            var cells: [String] = [], cell = "", quoted = false
            var characters = Array(line)[...]
            while let c = characters.popFirst() {
                if quoted {
                    if c == "\"" {
                        if characters.first == "\"" { cell.append("\""); characters.removeFirst() } else { quoted = false }
                    } else {
                        cell.append(c)
                    }
                } else if c == "\"" {
                    quoted = true
                } else if c == "," {
                    cells.append(cell)
                    cell = ""
                } else {
                    cell.append(c)
                }
            }
            return cells + [cell]
        }
    }

    @Test(arguments: [Lang.zh, .en])
    func everyMarkdownTableRowIsACSVRow(_ lang: Lang) throws {
        let markdown = Binary.run(["report", "half-month", "--period", "2026-11-1", "--lang", lang.rawValue, "--data", Repository.sample]).out
        let csv = Self.rows(
            Binary.run(["report", "half-month", "--period", "2026-11-1", "--format", "csv", "--lang", lang.rawValue, "--data", Repository.sample]).out
        )
        let trimmed = csv.map { row in Array(row.reversed().drop { $0.isEmpty }.reversed()) }
        var checked = 0
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("|---") {
            var cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
            if cells.first == lang.pick("项目", "Project") || cells.first == lang.pick("单位", "Unit") { continue } // headers
            cells = cells.map { $0.hasSuffix("%") && Double($0.dropLast()) != nil ? String($0.dropLast()) : $0 == "—" ? "" : $0 }
            if let first = cells.first, first.hasPrefix("P-"), let space = first.firstIndex(of: " ") {
                // Section 二: the project cell is its id and name; the CSV leads with the light.
                cells = [String(first[..<space]), String(first[first.index(after: space)...])] + cells.dropFirst()
                #expect(trimmed.contains { Array($0.dropFirst()) == cells }, "\(line)")
            } else {
                #expect(trimmed.contains(cells), "\(line)")
            }
            checked += 1
        }
        #expect(checked > 20)
        #expect(markdown.contains(lang.pick("截至 2026-11-15", "As of 2026-11-15")) && trimmed.contains([lang.pick("截至", "As of"), "2026-11-15"]))
        for step in markdown.split(separator: "\n") where step.hasPrefix("- P-") {
            let id = String(step.dropFirst(2).prefix(5))
            #expect(trimmed.contains { $0.first == id && $0.count == 3 }, "next steps of \(id)")
        }
        let width = csv[0].count
        #expect(csv.dropLast().allSatisfy { $0.count == width }, "one width for every row")
        // A figure never carries its unit: no cell is a number followed by %, 天 or 万元.
        for row in csv {
            for cell in row {
                for unit in ["%", "天", "万元", "分", " d", " days"] where cell.hasSuffix(unit) {
                    #expect(Double(cell.dropLast(unit.count)) == nil, "\(cell)")
                }
            }
        }
    }

    @Test func listingsWriteHeadersInTheLanguageAndBareNumbers() throws {
        let zh = Self.rows(Binary.run(["projects", "--format", "csv", "--lang", "zh", "--data", Repository.sample]).out)
        #expect(zh[0] == ["灯", "编号", "项目名称", "阶段", "进度（%）", "帮包领导", "帮包单位", "未结", "逾期", "距走访（天）", "灯色原因"])
        let en = Self.rows(Binary.run(["projects", "--format", "csv", "--lang", "en", "--data", Repository.sample]).out)
        #expect(en[0] == ["light", "id", "name", "stage", "progress (%)", "leader", "unit", "open", "overdue", "since visit (days)", "why"])
        for row in zh.dropFirst() where row.count == zh[0].count {
            #expect(Int(row[4]) != nil, "progress \(row[4])")
            #expect(row[9].isEmpty || Int(row[9]) != nil, "days since the last visit: \(row[9]) (empty: never)")
        }
        let rank = Self.rows(Binary.run(["rank", "--format", "csv", "--lang", "zh", "--data", Repository.sample]).out)
        #expect(rank[0].contains("总分（分）"))
        #expect(rank.dropFirst().filter { $0.count > 2 }.allSatisfy { Double($0[2]) != nil })
        let issues = Self.rows(Binary.run(["issues", "--overdue", "--format", "csv", "--lang", "zh", "--data", Repository.sample]).out)
        #expect(issues[0].contains("逾期天数") && issues[0].contains("今日责任人"))
    }
}
