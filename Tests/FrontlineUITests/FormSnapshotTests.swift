import FrontlineCore
import FrontlineStore
import Testing

@testable import FrontlineUI

/// Every form, menu and dialog as text, over the sample as of 2026-11-27 (80×24).
@MainActor
struct FormSnapshotTests {
    /// Opens `id`, presses `keys`, and snapshots the screen.
    func check(
        _ name: String, open id: String? = nil, tab: Character? = nil, login: String = "demo",
        _ steps: (inout Harness) throws -> Void
    ) rethrows {
        var h = Harness.sample(login: login)
        if let tab { h.press(.character(tab)) }
        if let id { h.open(id) }
        try steps(&h)
        Snapshot.check(h.state.render(), name)
    }

    @Test func actionMenu() {
        check("menu-move-I-0067", open: "I-0067") { $0.press(.character("m")) }
    }

    @Test func actionMenuOfAUnitOfficial() {
        check("menu-move-I-0067-unit", open: "I-0067", login: "jiajun") { $0.press(.character("m")) }
    }

    @Test func noteForm() {
        check("form-move-note", open: "I-0067") { h in
            h.press(.character("m"), .character("1"))
            h.type("已协调财政局")
        }
    }

    @Test func raiseIssueForm() {
        check("form-raise-issue", open: "P-002") { h in
            h.press(.character("a"))
            h.type("气膜结构消防验收标准不明确")
        }
    }

    @Test func raiseIssueFormWithProblems() {
        check("form-raise-issue-problems", open: "P-002") { h in
            h.press(.character("a"), .tab, .control("u"))
            h.type("不存在的项目")
            h.press(.tab, .tab, .control("u"))
            h.type("2026-02-30")
            h.press(.function(2))
        }
    }

    @Test func extendForms() {
        check("form-extend", open: "I-0067") { $0.press(.character("x")) }
        check("form-extend-marked", tab: "3") { $0.press(.character(" "), .character(" "), .character("x")) }
    }

    @Test func visitForm() {
        check("form-visit", open: "P-002") { h in
            h.press(.character("v"), .right, .tab, .tab)
            h.type("电话了解出入口施工进度")
        }
    }

    @Test func progressForm() {
        check("form-progress", open: "P-002") { $0.press(.character("p")) }
    }

    @Test func absenceForm() {
        check("form-absence", tab: "4") { $0.press(.character("a")) }
    }

    @Test func editForms() {
        check("form-edit-issue", open: "I-0073") { h in
            h.press(.character("e"), .control("u"))
            h.type("渤海路出入口：路面与绿植")
        }
        check("form-edit-project", open: "P-002") { $0.press(.character("e")) }
    }

    @Test func conflictDialog() throws {
        try check("dialog-conflict", open: "I-0073") { h in
            h.press(.character("e"), .control("u"))
            h.type("我的标题")
            let issue = h.board.issues[id: "I-0073"]!
            try h.colleague(
                "majianguo",
                .edit(
                    RecordEdit(
                        kind: .issue, id: "I-0073", base: issue.meta.rev,
                        fields: [FieldChange("title", old: .string(issue.title), new: .string("他的标题"))])))
            h.press(.control("s"))
        }
    }

    @Test func failureDialog() {
        check("dialog-save-failed", open: "I-0123") { h in
            h.failNext = 1
            h.press(.character("m"), .enter)
        }
    }

    @Test func discardDialog() {
        check("dialog-discard", open: "P-002") { h in
            h.press(.character("v"), .tab, .tab)
            h.type("现场")
            h.press(.escape)
        }
    }

    @Test func savedNotice() {
        check("notice-saved", open: "I-0123") { $0.press(.character("m"), .enter) }
    }
}
