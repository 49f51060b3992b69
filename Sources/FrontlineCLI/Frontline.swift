import ArgumentParser
import FrontlineCore
import FrontlineStore

/// The `frontline` command: the board's command line (README, "Using it"; docs/architecture.md, "The store and the command line").
public struct Frontline: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "frontline",
        abstract: "Frontline (一线工作法): the key-project supervision board.",
        version: "0.1.0",
        subcommands: [
            BoardCommand.self, DemoCommand.self, BriefCommand.self, InitCommand.self, CheckCommand.self, ProjectsCommand.self, IssuesCommand.self,
            UnitsCommand.self, CadresCommand.self, PeopleCommand.self,
            ShowCommand.self, LogCommand.self, ProjectCommand.self, IssueCommand.self, InstructionCommand.self, ProcedureCommand.self,
            MeetingCommand.self, VisitCommand.self, ProgressCommand.self,
            AbsenceCommand.self, AttachmentCommand.self, ReportCommand.self, RankCommand.self, EditCommand.self, UndoCommand.self,
            CompactCommand.self, MigrateCommand.self,
            ImportCommand.self, ExportCommand.self, SquadCommand.self, LeadCommand.self, BulletinCommand.self,
        ],
        defaultSubcommand: BoardCommand.self)

    public init() {}

    /// Runs the command line with `arguments` (without the program name) in `context`; returns the exit code.
    public static func main(arguments: [String], context: CLIContext) -> Int32 {
        CLIContext.$current.withValue(context) {
            let lang = context.lang(languageOption(in: arguments))
            let words = CommandLineWords(arguments)
            if let unknown = words.unknown {
                context.console.error(UnknownCommand.message(unknown, in: words.command, lang: lang))
                return ExitStatus.usage.code
            }
            if words.helpRequested && lang == .zh {
                context.console.write(ChineseHelp.render(words.command))
                return ExitStatus.success.code
            }
            do {
                var command = try parseAsRoot(arguments)
                try command.run()
                if let failure = context.console.outputFailure {
                    // The command did its work (a change is saved); only printing the result failed.
                    context.console.error(lang.text(.cannotWriteOutput, failure.text(lang), failure.name))
                    return ExitStatus.cannotWrite.code
                }
                return ExitStatus.success.code
            } catch let status as ExitStatus {
                // The command has said what it found; only the status is left to give.
                return status.code
            } catch {
                if let (status, message) = ExitStatus.of(error, lang) {
                    context.console.error(message)
                    return status.code
                }
                let code = exitCode(for: error).rawValue
                let english = fullMessage(for: error)
                let translated = code != 0 && lang == .zh ? UsageErrorText.chinese(english) : english
                // The parser quotes what was typed: escapes in it must not reach the terminal.
                let text = translated.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.display(String($0)) }
                    .joined(separator: "\n")
                if code == 0 {
                    context.console.write(text + "\n")
                } else {
                    context.console.error(text)
                }
                return code
            }
        }
    }

    /// `--lang` read before parsing, so that even usage errors speak the user's language.
    static func languageOption(in arguments: [String]) -> Lang? {
        for (i, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang=") { return Lang(rawValue: String(argument.dropFirst(7))) }
            if argument == "--lang", i + 1 < arguments.count { return Lang(rawValue: arguments[i + 1]) }
        }
        return nil
    }
}
