import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// The handling steps on the command line (issue 13, item 4), on a copy of the sample. 贾俊 (jiajun) is an official
/// of 经发局 U-03, which handles I-0093 (its 申请延期 to 2026-12-18 pending) and I-0065; 高志远 (gaozhiyuan) leads
/// P-003, I-0093's project; 郑海燕 (zhenghaiyan) leads P-007, whose I-0105 was closed today; 范立成 (fanlicheng) is
/// an administrator (绩考办); 方晓军 (fangxiaojun) holds 住建局建设科's issues.
struct HandlingCommandTests {
    /// A copy of the sample in `dir` (which the caller keeps: the copy goes with it).
    static func sample(_ dir: TempDirectory) throws -> String { try UrgeCommandTests.sampleCopy(dir) }

    @Test("the pending request of the sample: listed, shown, in the leader's brief; approving sets the date asked for")
    func approve() throws {
        let dir = TempDirectory()
        let data = try Self.sample(dir)
        let listed = cli(["issues", "--extension-requests", "--data", data, "--lang", "zh"], login: "gaozhiyuan")
        #expect(listed.code == 0 && listed.out.contains("I-0093  申延 研发费用加计扣除政策辅导"), "\(listed)")
        let shown = cli(["show", "I-0093", "--data", data, "--lang", "zh"], login: "gaozhiyuan")
        #expect(shown.out.contains("待审批：申请延至 2026-12-18（贾俊 2026-11-26）"), "\(shown.out)")
        let brief = BriefCommandTests.brief(["--lang", "zh", "--all"], login: "gaozhiyuan", state: TempDirectory(), data: data)
        #expect(
            brief.out.contains("待我审批延期（1）") && brief.out.contains("I-0093") && brief.out.contains("2026-11-29 → 2026-12-18"),
            "\(brief.out)")
        let json = try JSONValue.parse(
            Array(
                BriefCommandTests.brief(
                    ["--format", "json"], login: "gaozhiyuan", state: TempDirectory(),
                    data: data
                ).out.utf8))
        guard case .array(let toApprove)? = json["toApprove"], let request = toApprove.first?["request"] else {
            Issue.record("no toApprove with a request: \(json)")
            return
        }
        #expect(toApprove.first?["id"] == .string("I-0093") && request["askedDue"] == .string("2026-12-18") && request["by"] == .string("贾俊"))
        let office = BriefCommandTests.brief(["--lang", "zh", "--all"], login: "fanlicheng", state: TempDirectory(), data: data)
        #expect(office.out.contains("待我审批延期（1）"), "the 绩考办 decides too: \(office.out)")
        let unit = BriefCommandTests.brief(["--lang", "zh", "--all"], login: "jiajun", state: TempDirectory(), data: data)
        #expect(!unit.out.contains("待我审批延期"), "the unit that asked does not decide: \(unit.out)")
        let approved = cli(["issue", "approve-extension", "I-0093", "--note", "同意", "--data", data, "--lang", "zh"], login: "gaozhiyuan")
        #expect(approved.code == 0 && approved.out.hasPrefix("已保存 #1：I-0093 批准延期 → 2026-12-18"), "\(approved)")
        let after = cli(["show", "I-0093", "--data", data, "--lang", "zh"], login: "gaozhiyuan")
        #expect(after.out.contains("2026-12-18") && !after.out.contains("待审批"), "\(after.out)")
        let none = cli(["issues", "--extension-requests", "--data", data, "--format", "json"], login: "gaozhiyuan")
        #expect(none.out.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "\(none)")
    }

    @Test("a refusal keeps the due date; the unit may then ask again")
    func refuseThenAskAgain() throws {
        let dir = TempDirectory()
        let data = try Self.sample(dir)
        let refused = cli(["issue", "refuse-extension", "I-0093", "--reason", "政策辅导可先行开展", "--data", data, "--lang", "zh"], login: "fanlicheng")
        #expect(refused.code == 0 && refused.out.contains("I-0093 不予延期"), "\(refused)")
        let again = cli(
            ["issue", "request-extension", "I-0093", "--due", "2026-12-10", "--reason", "资料补齐需时", "--data", data, "--lang", "zh"],
            login: "jiajun")
        #expect(again.code == 0 && again.out.contains("I-0093 申请延期 → 2026-12-10"), "\(again)")
        let twice = cli(
            ["issue", "request-extension", "I-0093", "--due", "2026-12-12", "--reason", "再申请", "--data", data, "--lang", "en"],
            login: "jiajun")
        #expect(twice.code != 0 && twice.err.contains("already has an extension request"), "\(twice)")
    }

    @Test("转办: the new unit's holder must sign; the log says where it went")
    func transfer() throws {
        let dir = TempDirectory()
        let data = try Self.sample(dir)
        let moved = cli(
            ["issue", "transfer", "I-0065", "--unit", "住建局建设科", "--reason", "节能审查由住建部门牵头", "--data", data, "--lang", "zh"],
            login: "fanlicheng")
        #expect(moved.code == 0 && moved.out.contains("I-0065 转办 → U-10"), "\(moved)")
        let shown = cli(["show", "I-0065", "--data", data, "--lang", "zh"], login: "fanlicheng")
        #expect(shown.out.contains("转办（经发局→住建局建设科） → 待签收  节能审查由住建部门牵头"), "\(shown.out)")
        let brief = BriefCommandTests.brief(["--lang", "zh", "--all"], login: "fangxiaojun", state: TempDirectory(), data: data)
        #expect(brief.out.contains("待我签收") && brief.out.contains("I-0065"), "\(brief.out)")
        let oldUnit = cli(["issue", "move", "I-0065", "签收", "--data", data], login: "jiajun")
        #expect(oldUnit.code == 77, "\(oldUnit)")
    }

    @Test("进展反馈 keeps the status")
    func feedback() throws {
        let dir = TempDirectory()
        let data = try Self.sample(dir)
        let fed = cli(["issue", "feedback", "I-0065", "--note", "报告已修改，待专家复核", "--data", data, "--lang", "zh"], login: "jiajun")
        #expect(fed.code == 0 && fed.out.contains("I-0065 进展反馈"), "\(fed)")
        let shown = cli(["show", "I-0065", "--data", data, "--lang", "zh"], login: "jiajun")
        #expect(shown.out.contains("贾俊 进展反馈 → 办理中  报告已修改，待专家复核"), "\(shown.out)")
    }

    @Test("回访 不满意 reopens the issue and shows in rank --explain and the 半月报")
    func dissatisfied() throws {
        let dir = TempDirectory()
        let data = try Self.sample(dir)
        let noNote = cli(["issue", "follow-up", "I-0105", "--satisfaction", "不满意", "--data", data, "--lang", "zh"], login: "zhenghaiyan")
        #expect(noNote.code != 0 && noNote.err.contains("不满意的原因"), "\(noNote)")
        let visit = cli(
            [
                "issue", "follow-up", "I-0105", "--satisfaction", "dissatisfied", "--note", "企业称政策辅导未解决归集难题",
                "--data", data, "--lang", "zh",
            ], login: "zhenghaiyan")
        #expect(visit.code == 0 && visit.out.contains("I-0105 回访（不满意）"), "\(visit)")
        let shown = cli(["show", "I-0105", "--data", data, "--lang", "zh"], login: "zhenghaiyan")
        #expect(shown.out.contains("回访（不满意） → 办理中"), "\(shown.out)")
        let rank = cli(["rank", "--explain", "U-03", "--data", data, "--lang", "zh"], login: "zhenghaiyan")
        #expect(rank.out.contains("其中回访不满意 1 次"), "\(rank.out)")
        let report = cli(["report", "half-month", "--data", data, "--lang", "zh"], login: "zhenghaiyan")
        #expect(
            report.out.contains(
                """
                ### 本期回访（2 次，不满意 2 次）

                | 单位 | 问题编号 | 问题 | 回访日期 | 企业满意度 | 企业意见 |
                |---|---|---|---|---|---|
                | 经发局 | I-0105 | 研发费用加计扣除政策辅导 | 2026-11-27 | 不满意 | 企业称政策辅导未解决归集难题 |
                | 北海街道 | I-0088 | 施工临时用电容量不足 | 2026-11-26 | 不满意 | 企业反映新增临时箱变仍频繁跳闸，塔吊与钢筋加工设备仍不能同时作业，问题未根本解决。 |

                不满意的问题已重新打开，计入责任单位的重新打开扣分。

                督办：
                """), "\(report.out)")
    }

    @Test(
        "bad input is refused with a clear message and changes nothing",
        arguments: [
            (["issue", "request-extension", "I-0065", "--reason", "x"], "jiajun", Int32(64), "--due"),
            (["issue", "request-extension", "I-0065", "--due", "2026-11-01", "--reason", "x"], "jiajun", Int32(64), "须晚于当前的"),
            (["issue", "approve-extension", "I-0065"], "fanlicheng", Int32(64), "没有待审批的延期申请"),
            (["issue", "transfer", "I-0065", "--unit", "无此单位", "--reason", "x"], "fanlicheng", Int32(64), "无此单位"),
            (["issue", "transfer", "I-0065", "--unit", "经发局", "--reason", "x"], "fanlicheng", Int32(64), "转给另一个单位"),
            (["issue", "follow-up", "I-0105", "--satisfaction", "还行"], "fanlicheng", Int32(64), "满意"),
            (["issue", "follow-up", "I-0065", "--satisfaction", "满意"], "fanlicheng", Int32(64), "办理中"),
            (["issue", "move", "I-0065", "转办", "--note", "x"], "fanlicheng", Int32(64), "frontline issue transfer"),
            (["issue", "feedback", "I-0065", "--note", "进展"], "gaozhiyuan", Int32(77), "无权"),
        ])
    func refusals(arguments: [String], login: String, code: Int32, message: String) throws {
        let dir = TempDirectory()
        let data = try Self.sample(dir)
        let before = Files.snapshot(data)
        let result = cli(arguments + ["--data", data, "--lang", "zh"], login: login)
        #expect(result.code == code && result.err.contains(message), "\(result)")
        #expect(Files.same(before, Files.snapshot(data)))
    }
}
