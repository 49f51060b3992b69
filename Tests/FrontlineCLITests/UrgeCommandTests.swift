import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// `frontline issue urge` (issue 13, item 2) on a copy of the sample: 韩立群 (hanliqun) leads P-029, whose I-0055 is
/// held by 董晓宇 for 罗家明; 董晓宇 (dongxiaoyu) is a unit official.
struct UrgeCommandTests {
    static func sampleCopy(_ dir: TempDirectory) throws -> String {
        let path = dir.at("zone")
        try FileManager.default.copyItem(atPath: Repository.sample, toPath: path)
        return path
    }

    @Test("a leader urges; the holder's brief shows it; show and the log list it")
    func leaderUrges() throws {
        let dir = TempDirectory()
        let data = try Self.sampleCopy(dir)
        let urged = cli(["issue", "urge", "I-0055", "--note", "今天下班前回复", "--data", data, "--lang", "zh"], login: "hanliqun")
        #expect(urged.code == 0 && urged.out.hasPrefix("已保存 #1：I-0055 催办：今天下班前回复"), "\(urged)")
        let shown = cli(["show", "I-0055", "--data", data, "--lang", "zh"], login: "hanliqun")
        #expect(shown.out.contains("韩立群 催办 → 办理中  今天下班前回复"), "\(shown.out)")
        let brief = BriefCommandTests.brief(["--lang", "zh"], login: "dongxiaoyu", state: TempDirectory(), data: data)
        #expect(brief.out.contains("I-0055  周边群众反映夜间施工噪…  共催办2次"), "\(brief.out)")
        #expect(brief.out.contains("韩立群：今天下班前回复"), "\(brief.out)")
    }

    @Test("a unit official may not urge; a note is required; a closed issue cannot be urged")
    func refusals() throws {
        let dir = TempDirectory()
        let data = try Self.sampleCopy(dir)
        let unit = cli(["issue", "urge", "I-0055", "--note", "催一下", "--data", data, "--lang", "zh"], login: "dongxiaoyu")
        #expect(unit.code == 77 && unit.err.contains("无权进行此操作"), "\(unit)")
        let noNote = cli(["issue", "urge", "I-0055", "--data", data, "--lang", "zh"], login: "hanliqun")
        #expect(noNote.code == 64, "\(noNote)")
        let blank = cli(["issue", "urge", "I-0055", "--note", " ", "--data", data, "--lang", "en"], login: "hanliqun")
        #expect(blank.code != 0 && blank.err.contains("an urge needs a note"), "\(blank)")
        let closed = cli(["issue", "urge", "I-0105", "--note", "请办理", "--data", data, "--lang", "zh"], login: "fanlicheng")
        #expect(closed.code != 0 && closed.err.contains("不能催办"), "\(closed)")
        let missing = cli(["issue", "urge", "I-9999", "--note", "请办理", "--data", data, "--lang", "zh"], login: "fanlicheng")
        #expect(missing.code != 0 && missing.err.contains("找不到问题 I-9999"), "\(missing)")
    }
}
