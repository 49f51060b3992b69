import Foundation
import FrontlineTestSupport
import Testing

/// `frontline rank --format md|docx`: the 通报 holds the ranking `rank --format json` gives, names exactly its 后进
/// units, and pins the history it was read from.
struct RankingNoticeTests {
    struct Line: Decodable {
        var rank: Int?
        var unit: String
        var total: Double
        var lagging: Bool
    }

    @Test func theNoticeHoldsTheRankingAndNamesTheLaggingUnits() throws {
        let json = Binary.run(["rank", "--format", "json", "--data", Repository.sample])
        let lines = try JSONDecoder().decode([Line].self, from: Data(json.out.utf8))
        let markdown = Binary.run(["rank", "--format", "md", "--data", Repository.sample, "--lang", "zh"])
        #expect(markdown.code == 0, "\(markdown)")
        let rows = markdown.out.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.dropFirst(2).first?.isNumber == true }
        let ranked = lines.filter { $0.rank != nil }
        #expect(rows.count == ranked.count)
        for (row, line) in zip(rows, ranked) {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells[0] == "\(line.rank!)" && cells[1] == line.unit + (line.lagging ? "（后进）" : ""), "\(row)")
            #expect(Double(cells[2]) == line.total, "\(row)")
        }
        let named = markdown.out.split(separator: "\n").filter { $0.hasPrefix("- ") }.map { $0.dropFirst(2).prefix { $0 != "：" } }.map(String.init)
        #expect(named == ranked.filter(\.lagging).map(\.unit))
        #expect(!named.isEmpty, "the sample has 后进 units")
        #expect(markdown.out.contains("日志链头 "))

        let dir = TempDirectory()
        let file = dir.at("通报.docx")
        let written = Binary.run(["rank", "--format", "docx", "--output", file, "--data", Repository.sample, "--lang", "zh"])
        #expect(written.code == 0, "\(written)")
        let docx = try DocxReader(Files.bytes(file) ?? [])
        #expect(docx.texts(style: "Title") == ["关于潍坊高新区重点项目推进情况排名的通报"])
        #expect(docx.texts(style: "Heading1") == ["一、排名情况", "二、后进单位"])
        #expect(docx.paragraphs.filter(\.inTable).count == (ranked.count + 1) * 9)
    }

    @Test func aWordDocumentNeedsAFileAndListingsStayAsTheyWere() {
        let toTerminal = Binary.run(["rank", "--format", "docx", "--data", Repository.sample, "--lang", "en"])
        #expect(toTerminal.code == 64 && toTerminal.err.contains("--output"), "\(toTerminal)")
        let table = Binary.run(["rank", "--data", Repository.sample, "--lang", "zh"])
        #expect(table.code == 0 && table.out.hasPrefix("单位排名（截至 2026-11-27）\n"), "\(table)")
        let wrong = Binary.run(["rank", "--format", "pdf", "--data", Repository.sample, "--lang", "en"])
        #expect(wrong.code == 64, "\(wrong)")
    }
}
