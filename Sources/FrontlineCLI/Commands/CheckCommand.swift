import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline check`: loads the store strictly, checks cross-record sense and the audit chain.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate the store; print problems with file:line:column; exit 0 if sound.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session.open(global, inspecting: true)
        let lang = session.lang
        let console = session.context.console
        var problems = 0
        let integrity = Integrity.problems(in: session.board)
        let attachments = AttachmentAudit.problems(of: session.store, board: session.board)
        if !integrity.isEmpty || !attachments.isEmpty {
            // Placing every record means reading board.json once more: only done when there is a problem to place.
            let places = try session.store.recordPlaces()
            for problem in integrity {
                console.error(Sanitizer.display("\(places[problem.kind, problem.id]): \(problem.id) \(problem.message(lang))"))
            }
            for problem in attachments {
                console.error(Sanitizer.display("\(places[problem.kind, problem.id]): \(problem.message(lang))"))
            }
            problems += integrity.count + attachments.count
        }
        let chain = try AuditLog.verify(session.store.auditRecords())
        for problem in chain.problems { console.error(problem.message(lang)) }
        problems += chain.problems.count
        problems += session.store.warnings.count
        if problems > 0 {
            console.error(lang.text(problems == 1 ? .checkOneProblemFound : .checkProblemsFound, problems))
            throw ExitStatus.problemsFound
        }
        let board = session.board
        if let group = session.store.rewritableByGroup { session.write(CheckCommand.groupStoreNote(group, lang)) }
        session.write(
            lang.text(
                .checkStoreIsSound, board.revision, board.units.count, board.people.count, board.projects.count, board.issues.count, chain.lines))
    }

    /// What a group store does not protect against, said plainly every time it is checked.
    static func groupStoreNote(_ group: String, _ lang: Lang) -> String {
        lang.text(.checkSharedStoreNote, group)
    }
}
