import FrontlineCore
import Testing

@testable import FrontlineUI

/// Each editing command carries its rule and its start together, so the footer and the key agree.
struct EditingCommandsTests {
    @Test func everyEditingKeyHasOneBinding() {
        let commands = EditingCommands.all.map(\.command)
        #expect(Set(commands).count == commands.count, "one binding per command")
        let table = CommandTable.standard.specs.map(\.command)
        for command in commands { #expect(table.contains(command), "\(command) has a key") }
    }

    /// On every screen, as an administrator, a unit official and an account that may only look: a key the
    /// footer offers starts (a form, a menu, a mark or a save), and a key it does not offer either starts
    /// too (offered elsewhere) or says why not, never silently nothing.
    @Test(arguments: ["demo", "jiajun", "nobody"])
    func whatTheFooterOffersIsWhatTheKeyDoes(login: String) {
        for screen in ["1", "2", "3", "4", "5", "6", ":I-0067", ":P-002"] {
            for binding in EditingCommands.all {
                var state = SampleState.make()
                state.login = login
                if screen.hasPrefix(":") {
                    state.press(.character(":"))
                    state.type(String(screen.dropFirst()))
                    state.press(.enter)
                } else {
                    state.press(.character(Character(screen)))
                }
                let problem = binding.problem(state.context)
                let offered = state.isAvailable(binding.command)
                if offered { #expect(problem == nil, "\(binding.command) offered on \(screen) as \(login) but refused: \(problem ?? "")") }
                let key = CommandTable.standard.specs.first { $0.command == binding.command }!.keys[0]
                let markedBefore = state.marked
                let effects = state.press(key)
                let started = state.overlay != nil || !effects.isEmpty || state.marked != markedBefore
                if let problem {
                    #expect(!started && state.notice == Notice(text: problem, isError: true), "\(binding.command) on \(screen) as \(login)")
                } else {
                    #expect(started, "\(binding.command) on \(screen) as \(login) did nothing: \(String(describing: state.notice))")
                }
            }
        }
    }
}
