import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline check`: loads the store strictly, checks cross-record sense and the audit chain.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate the store; print problems with file:line:column; exit 0 if sound.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session.open(global, inspecting: true)
        let lang = session.lang
        let console = session.context.console
        var problems = 0
        let places = try session.store.recordPlaces()
        for problem in Integrity.problems(in: session.board) {
            let place = places[problem.kind, problem.id]
            console.error(Sanitizer.display("\(place): \(problem.id) \(problem.message(lang))"))
            problems += 1
        }
        let chain = try AuditLog.verify(session.store.auditRecords())
        for problem in chain.problems { console.error(problem.message(lang)) }
        problems += chain.problems.count
        problems += session.store.warnings.count
        if problems > 0 {
            console.error(lang.pick("发现 \(problems) 个问题", "\(problems) problem\(problems == 1 ? "" : "s") found"))
            throw ExitStatus.problemsFound
        }
        let board = session.board
        if let group = session.store.rewritableByGroup { session.write(CheckCommand.groupStoreNote(group, lang)) }
        session.write(lang.pick(
            "数据完好：修订号 \(board.revision)，\(board.units.count) 个单位，\(board.people.count) 人，\(board.projects.count) 个项目，\(board.issues.count) 个问题，日志 \(chain.lines) 条\n",
            "store is sound: revision \(board.revision), \(board.units.count) units, \(board.people.count) people, \(board.projects.count) projects, \(board.issues.count) issues, \(chain.lines) journal entries\n"))
    }

    /// What a group store does not protect against, said plainly every time it is checked.
    static func groupStoreNote(_ group: String, _ lang: Lang) -> String {
        lang.pick(
            "注意：这是用户组 \(group) 共享的数据目录。组内每个成员都能直接改写其中的文件（包括把自己设为管理员、改写日志），程序无法阻止；本检查只能发现部分改写。要让被督办的单位无法改写记录，请改用受保护的数据目录（frontline init --guarded，见 README）。\n",
            "note: this store is shared by the group \(group). Every member can rewrite its files directly (including making themselves administrator or rewriting the journal), and the program cannot stop it; this check catches only some rewrites. For records the supervised units cannot rewrite, use a guarded store (frontline init --guarded, see README).\n")
    }
}
