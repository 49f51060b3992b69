import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline check`: loads the store strictly, checks cross-record sense and the audit chain.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate the store; print problems with file:line:column; exit 0 if sound.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session.open(global)
        let lang = session.lang
        let console = session.context.console
        var problems = 0
        let places = try StoreCheck.places(directory: session.store.directory)
        for problem in Integrity.problems(in: session.board) {
            let place = places[StoreCheck.Key(kind: problem.kind, id: problem.id)] ?? "\(session.store.directory)/board.json"
            console.error(Sanitizer.display("\(place): \(problem.id) \(problem.message(lang))"))
            problems += 1
        }
        let chain = try AuditLog.verify(directory: session.store.directory)
        if let problem = chain.problem {
            console.error(problem.message(lang))
            problems += 1
        }
        problems += session.store.warnings.count
        if problems > 0 {
            console.error(lang.pick("发现 \(problems) 个问题", "\(problems) problem\(problems == 1 ? "" : "s") found"))
            throw ExitCode(1)
        }
        let board = session.board
        session.write(lang.pick(
            "数据完好：修订号 \(board.revision)，\(board.units.count) 个单位，\(board.people.count) 人，\(board.projects.count) 个项目，\(board.issues.count) 个问题，日志 \(chain.lines) 条\n",
            "store is sound: revision \(board.revision), \(board.units.count) units, \(board.people.count) people, \(board.projects.count) projects, \(board.issues.count) issues, \(chain.lines) journal entries\n"))
    }
}
