import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// What the sample promises of 手续 (issue 16, item 1), with the core's own chain and lights: the article's story of
/// 万声健康工场浮空岛 (P-002), whose 图审 was held up by the air-membrane structure with no precedent and ran in parallel
/// with 施工许可 (并联办理); and on the sample's day projects held up at a late step for the 半月报 to count.
extension SamplePromiseTests {
    @Test func theTemplateRunsTuShenAndShiGongXuKeInParallel() {
        let template = board.settings.procedures
        #expect(template.groups.map { $0.map(\.name) } == [["立项/备案"], ["用地"], ["规划许可"], ["图审", "施工许可"], ["竣工验收"]])
    }

    @Test func fuKongDaoRanTuShenLateAndShiGongXuKeBesideIt() throws {
        let project = try #require(board.projects.rows.first { $0.name == "万声健康工场浮空岛" })
        let chain = board.procedureChain(project, today: today)
        let tuShen = try #require(chain.step("图审")), shiGong = try #require(chain.step("施工许可"))
        #expect(tuShen.isParallel && shiGong.isParallel && tuShen.group == shiGong.group)
        #expect(tuShen.done == Day(iso: "2026-04-21") && tuShen.daysLate == 11, "图审 done 11 days late")
        #expect(shiGong.done == tuShen.done, "施工许可 issued the same day, in parallel")
        #expect(board.units[id: tuShen.unit]?.shortName == "图审中心")
        // While it was held up: late, and 施工许可 under way beside it rather than waiting for it.
        let then = board.procedureChain(project, today: try #require(Day(iso: "2026-04-15")))
        #expect(then.step("图审")?.light == .red && then.step("图审")?.isBlocking == true)
        #expect(then.step("施工许可")?.isCurrent == true && then.step("施工许可")?.light == .green)
    }

    @Test func projectsAreHeldUpOnTheSamplesDay() {
        let held = board.projects.rows.flatMap { project in board.procedureChain(project, today: today).blocking.map { "\(project.id) \($0.name)" } }
        #expect(held == ["P-008 图审", "P-008 施工许可", "P-021 规划许可", "P-030 规划许可"])
        let lights = Set(board.projects.rows.flatMap { board.procedureChain($0, today: today).steps.compactMap(\.light) })
        #expect(lights == [.red, .yellow, .green, .gray], "every light of a step")
    }
}
