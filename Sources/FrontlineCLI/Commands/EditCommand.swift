import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline edit ID FIELD=VALUE…`: change named fields of a project, issue or other record.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change fields of a record: frontline edit I-0042 title=新标题 urgency=紧急.",
        discussion:
            "Field names are those of the store (see docs/store-format.md); values are written as text (numbers and amounts as digits, dates YYYY-MM-DD, an empty value clears an optional field). A field a colleague changed meanwhile is a conflict (exit 75)."
    )
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The record's id (P-001, I-0042, M-003 …).") var id: String
    @Argument(help: "FIELD=VALUE pairs.") var assignments: [String]

    func run() throws {
        let session = try Session.open(global)
        guard let kind = RecordKind.allCases.first(where: { session.board.contains($0, id: id) }) ?? (id == Settings.singletonId ? .settings : nil),
            let record = session.board.snapshot(of: kind, id: id)
        else {
            throw CLIError.usage(.cliNoRecord, "\(Sanitizer.display(id))")
        }
        var changes: [FieldChange] = []
        for assignment in assignments {
            guard let eq = assignment.firstIndex(of: "="), eq != assignment.startIndex else {
                throw CLIError.usage(.cliExpectedAssignment, "\(Sanitizer.display(assignment))")
            }
            let name = String(assignment[..<eq]), text = String(assignment[assignment.index(after: eq)...])
            guard let old = record.fields[name] else {
                throw CLIError.usage(.cliNoSuchField, .key(kind.labelKey), "\(Sanitizer.display(name))")
            }
            // An unset whole-number field (a setting left at its default) has no value to take the type from: its
            // kind of input says it is a number.
            var new = JSONValue.typed(text, like: old)
            if old == .null, case .integer? = kind.field(name)?.input, let number = Int(text) { new = .int(number) }
            changes.append(FieldChange(name, old: old, new: new))
        }
        report(try session.perform(.edit(RecordEdit(kind: kind, id: id, base: record.meta.rev, fields: changes))), session)
    }
}

/// `frontline undo`: revert my latest change that is not yet undone, as a new journal entry.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undo", abstract: "Undo my last change (the undo is itself recorded).")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session.open(global)
        report(try session.perform(.undo), session)
    }
}
