import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// `frontline brief` on the bundled sample, as two accounts (issue 13, item 1): 贾俊 (jiajun) of 经发局, who holds
/// issues as A, and 董晓宇 (dongxiaoyu) of 新城街道, B for 罗家明, who is away on the sample's day (2026-11-27) and
/// left a handover note. The sample carries its own date; the clock is fixed on it (`TestBoard.now`, 10:00); the
/// per-user state goes to a temp directory (`XDG_STATE_HOME`).
struct BriefCommandTests {
    static func brief(
        _ arguments: [String], login: String, state: TempDirectory, data: String = Repository.sample,
        stdoutIsTerminal: Bool = false, environment: [String: String] = [:]
    ) -> Outcome {
        let console = Console(capturing: true)
        let context = CLIContext(
            environment: ["LANG": "C.UTF-8", "XDG_STATE_HOME": state.path].merging(environment) { $1 }, login: login,
            uid: 1000, clock: { TestBoard.now.seconds }, console: console, stdinIsTerminal: false,
            stdoutIsTerminal: stdoutIsTerminal)
        let code = Frontline.main(arguments: ["brief", "--data", data] + arguments, context: context)
        return Outcome(code: code, out: console.outText, err: console.errText, signaled: false)
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }

    @Test("a unit holder: overdue and near-due issues, no colour when stdout is no terminal")
    func unitHolder() {
        let state = TempDirectory()
        let result = Self.brief(["--lang", "zh"], login: "jiajun", state: state)
        #expect(result.code == 0, "\(result)")
        let lines = Self.lines(result.out)
        #expect(lines.first == "今日待办 · 贾俊（经发局）  2026-11-27")
        #expect(lines.contains("逾期（5）") && lines.contains("3天内到期（4）"), "\(result.out)")
        #expect(lines.contains { $0.hasPrefix("  I-0045  项目备案信息需变更") && $0.hasSuffix("逾期34天") }, "\(result.out)")
        #expect(lines.contains { $0.hasPrefix("  I-0098") && $0.hasSuffix("2026-11-27 到期") }, "\(result.out)")
        #expect(!lines.contains("今日顶岗（1）"), "贾俊 covers nobody")
        #expect(lines.count <= 24)
        #expect(!result.out.contains("\u{1B}"), "no escape sequence when stdout is not a terminal")
    }

    @Test("a B covering an absent A: the duty with the handover note, and the 催办 addressed to them, new on a first briefing")
    func bCoveringAbsentA() {
        let state = TempDirectory()
        let first = Self.brief(["--lang", "zh"], login: "dongxiaoyu", state: state)
        #expect(first.code == 0, "\(first)")
        let lines = Self.lines(first.out)
        #expect(lines.contains("今日顶岗（1）"), "\(first.out)")
        #expect(lines.contains("  新城街道 项目服务：代 罗家明（学习至2026-11-28）"), "\(first.out)")
        #expect(lines.contains { $0.hasPrefix("      交接事项：参加市委党校中青年干部培训班") }, "\(first.out)")
        #expect(lines.contains("催办（2）"), "\(first.out)")
        #expect(lines.contains { $0.hasPrefix("  【新】I-0046") && $0.hasSuffix("共催办2次") }, "\(first.out)")
        #expect(lines.contains { $0.hasPrefix("      11-26 17:05 韩立群：第二次催办") }, "the newest urge's note: \(first.out)")
        #expect(lines.contains { $0.hasPrefix("  I-0046  施工临时用地补偿未谈妥") && $0.hasSuffix("逾期19天 催2") }, "\(first.out)")

        // The second briefing looks back only to the first: the urges are no longer new.
        let second = Self.brief(["--lang", "zh"], login: "dongxiaoyu", state: state)
        #expect(second.code == 0)
        #expect(!second.out.contains("【新】") && second.out.contains("催办（2）"), "\(second.out)")
        let file = try? FileManager.default.contentsOfDirectory(atPath: state.at("frontline"))
        #expect(file?.count == 1 && file?.first?.hasPrefix("seen-") == true, "one state file, no temp file left: \(String(describing: file))")
        if let name = file?.first {
            #expect(Files.mode(state.at("frontline/\(name)")) == 0o600)
            #expect(Files.text(state.at("frontline/\(name)")) == "{\"lastBrief\":\"2026-11-27T10:00:00+08:00\"}\n")
        }
    }

    @Test("English, and what changed on my items since my last briefing")
    func englishAndChanges() {
        let state = TempDirectory()
        let result = Self.brief(["--lang", "en"], login: "jiajun", state: state)
        #expect(result.out.hasPrefix("To act on today · 贾俊 (经发局)  2026-11-27\n"), "\(result.out)")
        #expect(result.out.contains("Overdue (5)") && result.out.contains("Due within 3 days (4)"), "\(result.out)")
        // The 绩考办's 督办 run of 08:30 recorded three levels on 贾俊's issues: changes too (issue 13, item 3).
        #expect(result.out.contains("Changed since my last login (4)\n  I-0123  2026-11-27 10:15 范立成 created"), "\(result.out)")
        #expect(result.out.contains("  I-0045  2026-11-27 08:30 范立成 listed supervision → in-progress"), "\(result.out)")
    }

    @Test("--format json: every part in full, with stable keys")
    func json() throws {
        let result = Self.brief(["--format", "json"], login: "dongxiaoyu", state: TempDirectory())
        #expect(result.code == 0, "\(result)")
        let value = try JSONValue.parse(Array(result.out.utf8))
        #expect(value["person"] == .string("M-027") && value["date"] == .string("2026-11-27"))
        #expect(value["since"] == .string("2026-11-26T00:00:00+08:00"), "a first briefing looks back to the day before")
        guard case .array(let covering)? = value["covering"], case .array(let urged)? = value["urged"] else {
            Issue.record("no covering or urged array: \(result.out)")
            return
        }
        #expect(covering.count == 1 && covering[0]["for"] == .string("罗家明") && covering[0]["until"] == .string("2026-11-28"))
        #expect(covering[0]["handover"]?.stringValue?.hasPrefix("参加市委党校中青年干部培训班") == true)
        #expect(urged.map { $0["id"] } == [.string("I-0055"), .string("I-0046")], "newest urge first")
        #expect(urged.map { $0["urgeCount"] } == [.int(1), .int(2)])
        #expect(urged.allSatisfy { $0["new"] == .bool(true) })
    }

    @Test("--quiet-if-empty prints nothing when there is nothing; without it, a line says so")
    func quietIfEmpty() {
        // 林书瑶 (管委会, 单位): her unit serves no project and handles no issue. (An administrator, the 绩考办, always
        // has the sample's pending 申请延期 to decide.)
        let quiet = Self.brief(["--quiet-if-empty"], login: "linshuyao", state: TempDirectory())
        #expect(quiet.code == 0 && quiet.out.isEmpty && quiet.err.isEmpty, "\(quiet)")
        let spoken = Self.brief(["--lang", "zh"], login: "linshuyao", state: TempDirectory())
        #expect(spoken.code == 0 && spoken.out == "今日没有待办事项。\n", "\(spoken)")
        let holder = Self.brief(["--quiet-if-empty", "--lang", "zh"], login: "jiajun", state: TempDirectory())
        #expect(holder.out.contains("逾期（5）"), "something to act on is printed")
    }

    @Test("an account that is no person: nothing with --quiet-if-empty, else a clear refusal")
    func unregistered() {
        let quiet = Self.brief(["--quiet-if-empty"], login: "stranger", state: TempDirectory())
        #expect(quiet.code == 0 && quiet.out.isEmpty && quiet.err.isEmpty, "\(quiet)")
        let loud = Self.brief(["--lang", "zh"], login: "stranger", state: TempDirectory())
        #expect(loud.code == 1 && loud.err.contains("账号 stranger 未登记为人员"), "\(loud)")
        let english = Self.brief(["--lang", "en"], login: "stranger", state: TempDirectory())
        #expect(english.err.contains("account stranger is not registered as a person"), "\(english)")
    }

    @Test("24 lines at most, the rest with --all")
    func fitsTwentyFourRows() {
        // Looking from the year's end, most of 经发局's issues are overdue.
        let short = Self.brief(["--lang", "zh", "--as-of", "2026-12-31"], login: "jiajun", state: TempDirectory())
        let lines = Self.lines(short.out)
        #expect(lines.count == 24, "\(short.out)")
        #expect(lines.last?.hasPrefix("……另有 ") == true && lines.last?.hasSuffix("项未显示：frontline brief --all") == true, "\(short.out)")
        let all = Self.brief(["--lang", "zh", "--as-of", "2026-12-31", "--all"], login: "jiajun", state: TempDirectory())
        #expect(Self.lines(all.out).count > 24 && !all.out.contains("--all"), "\(all.out)")
    }

    @Test("--as-of only looks: it keeps no state")
    func asOfKeepsNoState() {
        let state = TempDirectory()
        _ = Self.brief(["--as-of", "2026-11-20"], login: "jiajun", state: state)
        #expect(!FileManager.default.fileExists(atPath: state.at("frontline")))
    }

    @Test("colour only when stdout is a terminal, and never with NO_COLOR")
    func colour() {
        let terminal = Self.brief(["--lang", "zh"], login: "jiajun", state: TempDirectory(), stdoutIsTerminal: true)
        #expect(terminal.out.contains("\u{1B}[1;31m逾期（5）\u{1B}[0m"), "\(terminal.out)")
        let noColor = Self.brief(["--lang", "zh"], login: "jiajun", state: TempDirectory(), stdoutIsTerminal: true, environment: ["NO_COLOR": "1"])
        #expect(!noColor.out.contains("\u{1B}"))
    }

    @Test("bad input: --format csv, a damaged state file")
    func badInput() throws {
        let csv = Self.brief(["--format", "csv", "--lang", "zh"], login: "jiajun", state: TempDirectory())
        #expect(csv.code == 64 && csv.err.contains("brief 只能输出 table 或 json"), "\(csv)")
        let state = TempDirectory()
        _ = Self.brief([], login: "jiajun", state: state)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: state.at("frontline")).first)
        Files.write("{\"lastBrief\":12}", to: state.at("frontline/\(name)"))
        let damaged = Self.brief(["--lang", "en"], login: "jiajun", state: state)
        #expect(damaged.code == 0 && damaged.err.contains("is damaged; ignored"), "\(damaged)")
        #expect(damaged.out.contains("Overdue (5)"))
        #expect(Files.text(state.at("frontline/\(name)"))?.hasPrefix("{\"lastBrief\":") == true, "rewritten")
        let link = state.at("frontline/\(name)")
        try FileManager.default.removeItem(atPath: link)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/etc/passwd")
        let linked = Self.brief(["--lang", "zh"], login: "jiajun", state: state)
        #expect(linked.code == 0 && linked.err.contains("无法读取"), "a link is not followed: \(linked)")
    }
}
