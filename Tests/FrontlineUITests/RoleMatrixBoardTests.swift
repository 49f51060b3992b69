import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// The role × operation table of FrontlineCLITests, through the board: the key is offered exactly
/// when the role allows it, and saving is refused with a denial when it does not.
@MainActor
struct RoleMatrixBoardTests {
    /// The board's key for each operation, and the screen it is pressed on.
    static func key(_ operation: RoleMatrix.Operation) -> (Command, open: String?, tab: Tab?) {
        switch operation {
        case .resolve, .cancel: (.move, "I-0001", nil)
        case .extend: (.extend, "I-0001", nil)
        case .urge: (.urge, "I-0001", nil)
        case .attach: (.edit, "I-0001", nil)
        case .giveInstruction: (.instruct, "P-001", nil)
        case .respondToInstruction: (.respondToInstruction, "P-001", nil)
        case .completeInstruction: (.completeInstruction, "P-001", nil)
        case .requestExtension, .approveExtension, .refuseExtension, .transfer, .feedback, .followUp: (.move, operation.handling!.issue, nil)
        case .escalate: (.escalate, nil, nil)
        case .raise: (.newIssue, "P-001", nil)
        case .visit: (.visit, "P-001", nil)
        case .progress: (.progress, "P-001", nil)
        case .absence: (.newAbsence, nil, .roster)
        case .editIssue, .setIssueLeader, .setIssueLeaderToSelf, .reassignIssue, .setIssuePersonOfOtherUnit: (.edit, "I-0001", nil)
        case .editProject, .setProjectLeader, .setProjectCadres: (.edit, "P-001", nil)
        case .newProject: (.newProject, nil, .projects)
        case .raiseNamingLeader: (.newIssue, "P-001", nil)
        case .recordMeeting: (.newMeeting, nil, .meetings)
        case .decideMeeting: (.decide, "MT-001", nil)
        case .recordProcedure: (.procedure, "P-001", nil)
        case .raiseProcedure: (.raiseProcedure, "P-001", nil)
        case .newSquad: (.newSquad, nil, .attraction)
        case .newLead: (.newLead, nil, .attraction)
        case .moveLead: (.advanceLead, "ZS-001", nil)
        case .landLead: (.advanceLead, "ZS-002", nil)
        case .publishAttraction: (.publishAttraction, nil, .attraction)
        case .issueBulletin: (.issueBulletin, "U-02", nil)
        }
    }

    @Test(arguments: RoleMatrix.cases)
    func board(_ test: RoleMatrix.Case) throws {
        let store = InMemoryStore(board: RoleMatrix.board(for: test.operation))
        var h = Harness.on(store, login: test.login, today: TestBoard.today)
        let (command, open, tab) = Self.key(test.operation)
        if let open { h.open(open) }
        // 反馈 and 已落实 act on the instruction under the cursor: B-001 (awaiting a response) and B-002 (answered).
        if let instruction = [RoleMatrix.Operation.respondToInstruction: "B-001", .completeInstruction: "B-002"][test.operation] {
            for _ in 0..<40 where h.state.cursor.target != .instruction(instruction) { h.press(.down) }
        }
        if let tab { h.press(.character(Character(String(h.state.screens.number(of: tab))))) }
        var offered = h.state.isAvailable(command)
        if test.operation == .resolve || test.operation == .cancel {
            let wanted: IssueAction = test.operation == .resolve ? .resolve : .cancel
            offered = h.state.context.actions(for: h.state.context.chosenIssues).allowed.contains(wanted)
        }
        if let move = test.operation.handling {
            // A handling step is an entry of the m menu, there when the issue allows it and the role may take it.
            offered = h.state.context.actions(for: h.state.context.chosenIssues).allowed.contains(move.action)
        }
        if let field = test.operation.edit?.field, offered {
            // The key is there; the field is in the form only when the person may set it (FieldRules).
            h.press(.character("e"))
            guard case .form(let form)? = h.state.overlay else { Issue.record("no edit form"); return }
            offered = form.fields.contains { $0.key == field }
            h.press(.escape)
        }
        if [.raiseNamingLeader, .attach].contains(test.operation) {
            // The board's raise form names no responsible leader, and the board attaches no files (the command line does: a
            // file path is typed there): only the save, which the core checks, is.
        } else {
            #expect(offered == RoleMatrix.offeredOnBoard(test.login, test.operation), "offered")
        }
        h.perform([.save([test.operation.intent(on: store.board, today: TestBoard.today)])])
        if test.allowed {
            #expect(store.board.revision == 1, "saved: \(String(describing: h.state.notice))")
        } else {
            #expect(store.board.revision == 0)
            #expect(h.state.notice?.isError == true || h.state.overlay != nil)
        }
    }
}
