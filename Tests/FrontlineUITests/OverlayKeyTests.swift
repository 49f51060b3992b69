import FrontlineCore
import Testing

@testable import FrontlineUI

/// Each overlay handles its own keys and says what comes next, without the rest of the board.
struct OverlayKeyTests {
    static let context = OverlayContext(data: BoardData(board: SampleState.board, today: SampleState.today), lang: .zh)

    static func menu(_ actions: [IssueAction]) -> ActionMenu {
        ActionMenu(issues: ["I-0067": .inProgress], actions: actions)
    }

    @Test func theMenuMovesClosesAsksForANoteOrSaves() {
        let menu = Self.menu([.resolve, .cancel, .assign])
        #expect(menu.handle(.escape, Self.context) == .closes)
        guard case .stays(.menu(let moved)) = menu.handle(.down, Self.context) else { Issue.record("the menu goes"); return }
        #expect(moved.selected == 1)
        guard case .stays(.form(let form)) = menu.handle(.character("1"), Self.context) else { Issue.record("no note form"); return }
        #expect(form.purpose == .move(["I-0067": .inProgress], .resolve), "申请办结 needs a note")
        #expect(
            menu.handle(.character("3"), Self.context)
                == .savesMarked([.moveIssue(IssueMove(issue: "I-0067", action: .assign, seenStatus: .inProgress))]))
        #expect(menu.handle(.character("9"), Self.context) == .stays(.menu(menu)), "no ninth action")
    }

    @Test func aFailedSaveRetriesOrGoesBackToTheForm() {
        let form = Forms.move(["I-0067": .inProgress], .resolve, .zh)
        let failure = SaveFailure(message: "磁盘已满", intents: [.undo], form: form)
        #expect(failure.handle(.character("r")) == .saves([.undo], form: form))
        #expect(failure.handle(.escape) == .stays(.form(form)))
        #expect(SaveFailure(message: "磁盘已满", intents: [.undo], form: nil).handle(.escape) == .closes)
        #expect(failure.handle(.character("x")) == .stays(.failure(failure)))
    }

    @Test func aFormAsksBeforeDiscardingWhatWasTyped() {
        var form = Forms.move(["I-0067": .inProgress], .resolve, .zh)
        #expect(form.handle(.escape, Self.context) == .closes, "nothing typed: it just closes")
        form.fields[0].value = "已协调"
        #expect(form.handle(.escape, Self.context) == .stays(.discard(form)))
        #expect(form.answerToDiscarding(.character("y")) == .closes)
        #expect(form.answerToDiscarding(.character("n")) == .stays(.form(form)))
    }

    @Test func aFormWithAProblemStaysOnItsField() {
        let form = Forms.move(["I-0067": .inProgress], .resolve, .zh)
        guard case .stays(.form(let tried)) = form.handle(.control("s"), Self.context) else { Issue.record("saved without a note"); return }
        #expect(tried.showAllProblems && tried.focus == 0)
    }

    @Test func keepingMineOfADeletedRecordIsRefused() {
        let deleted = Conflict(recordKind: .issue, id: "I-0067", kind: .deletedByThem)
        let dialog = ConflictDialog(conflicts: [deleted], form: nil, intents: [.undo])
        guard case .closesSaying(let notice) = dialog.handle(.character("m"), Self.context) else { Issue.record("not refused"); return }
        #expect(notice.isError && notice.text.contains("已被他人删除"))
        #expect(dialog.handle(.character("e"), Self.context) == .reopensMenu(["I-0067"]), "e offers the actions as the issue is now")
        #expect(dialog.handle(.character("z"), Self.context) == .stays(.conflict(dialog)))
    }
}
