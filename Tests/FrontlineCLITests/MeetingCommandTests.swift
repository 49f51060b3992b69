import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// 调度会 on the command line (issue 14, item 1), on a copy of the sample (2026-11-27): MT-001, the
/// 2026年第四季度重点项目现场调度会 of 10-14 chaired by 韩立群, has a note and three decisions 交办 as I-0054 (under way,
/// due 12-01), I-0055 (overdue since 10-27) and I-0058 (closed). 范立成 (fanlicheng) is an administrator, 韩立群
/// (hanliqun) a leader, 贾俊 (jiajun) of 经发局 a unit official.
struct MeetingCommandTests {
    static func run(_ arguments: [String], _ data: String, login: String = "fanlicheng", lang: String = "zh") -> Outcome {
        cli(arguments + ["--data", data, "--lang", lang], login: login)
    }

    @Test("meeting list: newest first, with each meeting's decisions and its issues open, overdue and closed; json and csv")
    func list() throws {
        let data = Repository.sample
        let table = Self.run(["meeting", "list"], data)
        #expect(table.code == 0, "\(table)")
        let lines = table.out.split(separator: "\n")
        #expect(lines.first?.hasPrefix("编号") == true && lines.count == 2, "\(table.out)")
        #expect(lines[1].hasPrefix("MT-001  2026-10-14  季度调度  2026年第四季度重点项目现场调度会  韩立群"), "\(table.out)")
        let cells = lines[1].split(separator: " ", omittingEmptySubsequences: true)
        #expect(cells.suffix(4) == ["4", "2", "1", "1"], "decisions 4, open 2, overdue 1, closed 1: \(lines[1])")
        let json = Self.run(["meeting", "list", "--format", "json"], data)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 1 && rows[0]["id"] as? String == "MT-001" && rows[0]["chair"] as? String == "M-007")
        #expect(rows[0]["overdueIssues"] as? Int == 1 && rows[0]["kind"] as? String == "季度调度")
        let csv = Self.run(["meeting", "list", "--format", "csv", "--kind", "quarterly"], data)
        #expect(csv.out.contains("编号,日期,类型,会议名称,主持,决定,未办结,逾期,已办结"), "\(csv.out)")
        #expect(Self.run(["meeting", "list", "--kind", "周调度"], data).out.split(separator: "\n").count == 1, "only the header")
        let english = Self.run(["meeting", "list"], data, lang: "en")
        #expect(english.out.hasPrefix("id") && english.out.contains("quarterly"), "\(english.out)")
    }

    @Test("meeting show: who, when, where, and each decision with its issue's light, status and what became of it")
    func show() throws {
        let shown = Self.run(["meeting", "show", "MT-001"], Repository.sample)
        #expect(shown.code == 0, "\(shown)")
        #expect(shown.out.hasPrefix("MT-001 2026年第四季度重点项目现场调度会（季度调度，2026-10-14，韩立群主持）\n地点：高端医疗器械产业园项目现场\n"), "\(shown.out)")
        #expect(shown.out.contains("会议决定 4 项，交办问题 3 个：未办结 2 个（逾期 1 个），已办结 1 个"), "\(shown.out)")
        let lines = shown.out.split(separator: "\n")
        func line(_ n: String) -> Substring? {
            lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(n.trimmingCharacters(in: .whitespaces) + " ") }
        }
        #expect(line("  1")?.contains("记录在案") == true, "\(shown.out)")
        #expect(line("  2").map { $0.contains("I-0054") && $0.contains("绿") && $0.contains("办理中") && $0.contains("落实中") } == true, "\(shown.out)")
        #expect(line("  3").map { $0.contains("I-0055") && $0.contains("红") && $0.contains("逾期 31 天") } == true, "\(shown.out)")
        #expect(line("  4").map { $0.contains("I-0058") && $0.contains("灰") && $0.contains("已办结") } == true, "\(shown.out)")
        let json = Self.run(["meeting", "show", "MT-001", "--format", "json"], Repository.sample)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let decisions = try #require(object["decisions"] as? [[String: Any]])
        #expect(decisions.map { $0["issue"] as? String } == [nil, "I-0054", "I-0055", "I-0058"])
        #expect(decisions[2]["daysOverdue"] as? Int == 31 && decisions[2]["light"] as? String == "红")
        #expect(Self.run(["show", "MT-001"], Repository.sample).out == shown.out, "show shows a meeting as meeting show does")
        let issue = Self.run(["show", "I-0055"], Repository.sample)
        #expect(issue.out.contains("MT-001"), "the issue cites its meeting: \(issue.out)")
    }

    @Test("a leader records a meeting and its decisions; the issue cites it; an administrator too; the store keeps them")
    func newAndDecide() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let new = Self.run(
            [
                "meeting", "new", "--kind", "周调度", "--title", "第48周重点项目调度会", "--chair", "韩立群",
                "--attendee", "孙文博", "--attendee", "jiajun", "--project", "P-007", "--place", "管委会三楼会议室",
            ], data, login: "hanliqun")
        #expect(new.code == 0 && new.out == "MT-002\n", "\(new)")
        let note = Self.run(["meeting", "decide", "MT-002", "--text", "各单位本周五前报送年度投资完成预测"], data, login: "hanliqun")
        #expect(note.code == 0 && note.out.hasPrefix("已保存 #2：MT-002 第1项决定：各单位本周五前报送年度投资完成预测"), "\(note)")
        let issue = Self.run(
            [
                "meeting", "decide", "MT-002", "--text", "协调解决产业园二期用电接入", "--project", "P-007",
                "--unit", "经发局", "--due", "+14", "--person", "贾俊", "--urgency", "紧急",
            ], data, login: "fanlicheng")
        #expect(issue.code == 0 && issue.out.hasPrefix("已保存 #3：MT-002 第2项决定 → I-0125 交办：协调解决产业园二期用电接入"), "\(issue)")
        let shown = Self.run(["show", "I-0125"], data)
        #expect(shown.out.contains("待签收") && shown.out.contains("调度会") && shown.out.contains("MT-002"), "\(shown.out)")
        let meeting = Self.run(["meeting", "show", "MT-002"], data)
        #expect(meeting.out.contains("I-0125") && meeting.out.contains("2026-12-11"), "\(meeting.out)")
        #expect(Self.run(["meeting", "list"], data).out.split(separator: "\n")[1].hasPrefix("MT-002  2026-11-27  周调度"))
        #expect(Self.run(["check"], data).code == 0)
        #expect(Self.run(["log", "--verify"], data).code == 0)
        let undo = Self.run(["undo"], data, login: "fanlicheng")
        #expect(undo.code == 0 && Self.run(["show", "I-0125"], data).code != 0, "the decision's issue goes with the decision")
    }

    @Test(
        "a unit official and a read-only account may not record meetings or decisions (77, nothing written)",
        arguments: ["jiajun", "stranger"])
    func refused(login: String) throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let before = Files.snapshot(data)
        let new = Self.run(["meeting", "new", "--kind", "周调度", "--title", "调度会", "--chair", "M-007"], data, login: login)
        #expect(new.code == 77, "\(new)")
        let decide = Self.run(["meeting", "decide", "MT-001", "--text", "决定"], data, login: login)
        #expect(decide.code == 77, "\(decide)")
        #expect(Files.same(before, Files.snapshot(data)))
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let code: Int32
        let zh: String
        let en: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let bad: [BadInput] = [
        BadInput(arguments: ["meeting", "new", "--kind", "年度", "--title", "会", "--chair", "M-007"], code: 64, zh: "--kind", en: "--kind"),
        BadInput(
            arguments: ["meeting", "new", "--kind", "周调度", "--title", "会", "--chair", "无此人"], code: 64,
            zh: "--chair：找不到人员“无此人”", en: "--chair: no person '无此人'"),
        BadInput(
            arguments: ["meeting", "new", "--kind", "周调度", "--title", " ", "--chair", "M-007"], code: 64, zh: "title：不能为空",
            en: "title: must not be empty"),
        BadInput(
            arguments: ["meeting", "new", "--kind", "周调度", "--title", "会", "--chair", "M-007", "--date", "2026-11-30"], code: 64,
            zh: "会议日期 2026-11-30 晚于今天", en: "meeting date 2026-11-30 is after today"),
        BadInput(arguments: ["meeting", "decide", "MT-404", "--text", "决定"], code: 64, zh: "MT-404", en: "MT-404"),
        BadInput(
            arguments: ["meeting", "decide", "MT-001", "--text", "决定", "--unit", "U-03"], code: 64,
            zh: "交办问题需要同时给出 --unit 和 --due", en: "an issue needs both --unit and --due"),
        BadInput(
            arguments: ["meeting", "decide", "MT-001", "--text", "决定", "--unit", "U-03", "--due", "2026-11-01"], code: 64,
            zh: "办结时限 2026-11-01 早于今天", en: "due date 2026-11-01 is before today"),
        BadInput(arguments: ["meeting", "show", "MT-404"], code: 64, zh: "MT-404", en: "MT-404"),
        BadInput(arguments: ["meeting", "minutes", "MT-001", "--format", "docx"], code: 64, zh: "需要 --output", en: "needs --output"),
    ]

    @Test("bad input gets a clear error in Chinese and English and changes nothing", arguments: bad)
    func badInput(_ input: BadInput) throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let before = Files.snapshot(data)
        let zh = Self.run(input.arguments, data)
        #expect(zh.code == input.code && zh.err.contains(input.zh), "\(zh)")
        let en = Self.run(input.arguments, data, lang: "en")
        #expect(en.code == input.code && en.err.contains(input.en), "\(en)")
        #expect(Files.same(before, Files.snapshot(data)))
    }

    @Test("the 会议纪要 in Markdown: its decisions with their issues' state today, the chain head at the foot")
    func minutes() throws {
        let result = Self.run(["meeting", "minutes", "MT-001"], Repository.sample)
        #expect(result.code == 0, "\(result)")
        #expect(result.out.hasPrefix("# 2026年第四季度重点项目现场调度会纪要\n\n2026-10-14，韩立群在高端医疗器械产业园项目现场主持召开"), "\(result.out)")
        #expect(result.out.contains("3. 城市会客厅项目夜间施工噪声问题由新城街道牵头"), "\(result.out)")
        #expect(result.out.contains("（I-0055，当前：逾期 31 天）"), "\(result.out)")
        #expect(result.out.contains("日志链头 "), "\(result.out)")
    }

    @Test("a meeting carries attachments: a leader attaches the minutes' scan; list, show, check and log --verify see it; a unit official may not")
    func attachments() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let file = dir.at("纪要扫描件.pdf")
        FileManager.default.createFile(atPath: file, contents: Data("会议纪要扫描件".utf8))
        let refused = Self.run(["attachment", "add", "MT-001", file], data, login: "jiajun")
        #expect(refused.code == 77, "\(refused)")
        let added = Self.run(["attachment", "add", "MT-001", file], data, login: "hanliqun")
        #expect(added.code == 0, "\(added)")
        #expect(Self.run(["attachment", "list", "MT-001"], data).out.contains("纪要扫描件.pdf"))
        #expect(Self.run(["meeting", "show", "MT-001"], data).out.contains("附件：纪要扫描件.pdf"))
        #expect(Self.run(["check"], data).code == 0)
        #expect(Self.run(["log", "--verify"], data).code == 0)
    }
}
