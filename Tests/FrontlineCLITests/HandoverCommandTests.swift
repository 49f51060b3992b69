import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// First-day issue, item 20: the handover note given with an absence reaches the B on the command line.
struct HandoverCommandTests {
    /// 街道丙 (A of 新城街道 项目服务) is away from today with a note; 街道丁 (B) covers, and I-0001 goes to them.
    static func storeWithAbsence(_ dir: TempDirectory) throws -> [String] {
        let store = try TestBoard.store(in: dir)
        var draft = AbsenceDraft(person: "M-003", from: TestBoard.today, to: TestBoard.today.adding(days: 2), reason: .trip)
        draft.handover = "渤海路出入口问题请每天跟进城管中心"
        try store.perform(.recordAbsence(draft), login: "street", uid: 1001, today: TestBoard.today, now: TestBoard.now)
        return ["--data", store.directory, "--as-of", "2026-11-27", "--lang", "zh"]
    }

    @Test func unitsShowsTheHandoverToTheOneCovering() throws {
        let dir = TempDirectory()
        let data = try Self.storeWithAbsence(dir)
        let table = cli(["units"] + data)
        #expect(table.code == 0)
        #expect(table.out.contains("交接事项"), "\(table.out)")
        #expect(table.out.contains("渤海路出入口问题请每天跟进城管中心"), "\(table.out)")
        let json = cli(["units", "--format", "json"] + data)
        #expect(json.out.contains("\"handover\":\"渤海路出入口问题请每天跟进城管中心\""), "\(json.out)")
    }

    @Test func showNamesTheAbsenceAndItsHandoverOnTheIssue() throws {
        let dir = TempDirectory()
        let data = try Self.storeWithAbsence(dir)
        let shown = cli(["show", "I-0001"] + data)
        #expect(shown.code == 0)
        #expect(shown.out.contains("今日责任人") && shown.out.contains("街道丁（代 街道丙）"), "\(shown.out)")
        #expect(
            shown.out.contains("离岗交接") && shown.out.contains("街道丙 出差 2026-11-27至2026-11-29；交接事项：渤海路出入口问题请每天跟进城管中心"),
            "\(shown.out)")
    }
}
