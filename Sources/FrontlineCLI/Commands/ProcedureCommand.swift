import ArgumentParser
import FrontlineCore

/// `frontline procedure list|show|set|done|raise`: 手续, the approval chain of each project (docs/domain-rules.md, "手续";
/// docs/command-line.md).
struct ProcedureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "procedure",
        abstract: "Approval procedures (手续): list the steps under way, show a project's chain, record a step, raise an issue from a late one.",
        subcommands: [
            ProcedureList.self, ProcedureShow.self, ProcedureSet.self, ProcedureDone.self, ProcedureRaiseCommand.self,
            ProcedureExport.self, ProcedureImport.self,
        ])
}

/// One step of one project, a row of `procedure list`.
struct ProcedureRow {
    var project: Project
    var step: ProcedureChain.Step
}

/// `frontline procedure list [--all] [--late] [--step S] [--unit U] [--project P]`.
struct ProcedureList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the steps projects are at (current steps of projects with procedures recorded), the latest first; --all every step.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Flag(help: "Every step of every project with procedures recorded, not only the steps under way.") var all = false
    @Flag(help: "Only late steps (red).") var late = false
    @Option(help: "Only this step (its name in the template).") var step: String?
    @Option(help: "Only steps this unit is responsible for (id or name).") var unit: String?
    @Option(help: "Only this project (id or name).") var project: String?

    func run() throws {
        let session = try Session.open(global)
        let today = session.today, lang = session.lang
        let index = session.index(asOf: today)
        let unit = try self.unit.map { try session.resolve(.unit, $0, option: "--unit") }
        let project = try self.project.map { try session.resolve(.project, $0, option: "--project") }
        var rows: [ProcedureRow] = []
        for candidate in index.board.projects.rows where project == nil || candidate.id == project {
            let chain = index.board.procedureChain(candidate, today: today)
            guard chain.isTracked else { continue }
            for step in chain.steps
            where (all || step.isCurrent) && (!late || step.light == .red)
                && (self.step == nil || step.name == self.step) && (unit == nil || step.unit == unit)
            {
                rows.append(ProcedureRow(project: candidate, step: step))
            }
        }
        rows.sort {
            ($1.step.light == .red ? $1.step.daysLate : -1, $0.project.id, $0.step.group) < (
                $0.step.light == .red ? $0.step.daysLate : -1, $1.project.id, $1.step.group
            )
        }
        let columns: [Column<ProcedureRow>] = [
            Column("light", .listingLight, text: { $0.step.light?.label(lang) ?? "" }, json: { $0.step.light.map { .string($0.english) } ?? .null }),
            Column("project", .listingProject, text: { $0.project.id }),
            Column("name", .listingProjectName, maxWidth: 20, text: { $0.project.name }),
            Column("step", .listingStep, text: { $0.step.name }),
            Column(
                "parallel", .listingParallel, text: { $0.step.isParallel ? lang.text(.procedureParallelMark) : "" },
                json: { .bool($0.step.isParallel) }),
            Column("unit", .listingResponsibleUnit, text: { index.unitName($0.step.unit) }),
            Column("planned", .listingPlanned, text: { $0.step.planned?.iso ?? "" }),
            Column("done", .listingDone, text: { $0.step.done?.iso ?? "" }),
            Column(
                "daysLate", .listingLate, alignment: .right, unit: .listingUnitDays,
                text: { $0.step.daysLate > 0 ? Labels.days($0.step.daysLate, lang) : "" }, json: { .int($0.step.daysLate) }),
            Column("number", .listingDocumentNumber, text: { $0.step.number ?? "" }),
            Column("issue", .listingIssue, text: { $0.step.issue ?? "" }),
        ]
        session.context.console.write(Listing.render(rows, columns, format: output.format, lang: lang))
    }
}

/// `frontline procedure show P`: the project's chain as a timeline.
struct ProcedureShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a project's approval chain as a timeline: parallel steps bracketed, late ones red.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project (id or name).") var project: String

    func run() throws {
        let session = try Session.open(global)
        let id = try session.resolve(.project, project, option: "<project>")
        let index = session.index(asOf: session.today)
        guard let project = index.board.projects[id: id] else {
            throw CLIError.usage(.noSuchRecord, .key(RecordKind.project.labelKey), "\(id)")
        }
        let text = ProcedureShow.render(project, index: index, today: session.today, lang: session.lang)
        if text.isEmpty { throw CLIError.usage(.procedureNoTemplate) }
        session.write(Sanitizer.display("\(project.id) \(project.name)") + "\n" + text)
    }

    /// The summary and the timeline; also what `frontline show P-…` prints after the facts. Empty without a template.
    static func render(_ project: Project, index: BoardIndex, today: Day, lang: Lang) -> String {
        guard !index.board.settings.procedures.isEmpty else { return "" }
        let timeline = ProcedureTimeline(index.board.procedureChain(project, today: today), index: index, today: today, lang: lang)
        return Sanitizer.display(timeline.summary) + "\n"
            + timeline.lines.map { Sanitizer.display($0) + "\n" }.joined()
    }
}

/// `frontline procedure set P STEP [--unit U] [--planned DATE] [--number N]`.
struct ProcedureSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Record a step's responsible unit, planned date or document number (批复文号): the step's unit, the project's unit, administrators.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project (id or name).") var project: String
    @Argument(help: "The step (its name in the template).") var step: String
    @Option(help: "The responsible unit (id or name); \"-\" clears it (the template's or the project's unit then).") var unit: String?
    @Option(help: "The planned date: YYYY-MM-DD or +days; \"-\" clears it.") var planned: String?
    @Option(help: "The date it was done: YYYY-MM-DD or -days, not after today; \"-\" clears it.") var done: String?
    @Option(help: "The document number (批复文号); \"-\" clears it.") var number: String?

    func run() throws {
        let session = try Session.open(global)
        let project = try session.resolve(.project, self.project, option: "<project>")
        func clearable<V>(_ text: String?, _ read: (String) throws -> V) rethrows -> V?? {
            guard let text else { return nil }
            return text == "-" ? .some(nil) : .some(try read(text))
        }
        let update = ProcedureUpdate(
            project: project, step: step,
            unit: try clearable(unit) { try session.resolve(.unit, $0, option: "--unit") },
            planned: try clearable(planned) { try session.day($0, option: "--planned", from: session.changeDay) },
            done: try clearable(done) { try session.day($0, option: "--done", from: session.changeDay) },
            number: clearable(number) { $0 })
        report(try session.perform(.recordProcedure(update)), session)
    }
}

/// `frontline procedure done P STEP [--on DATE] [--number N]`: the approval issued.
struct ProcedureDone: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done", abstract: "Record a step done (办结) on a day, with its document number (批复文号).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project (id or name).") var project: String
    @Argument(help: "The step (its name in the template).") var step: String
    @Option(help: "The day it was done: YYYY-MM-DD or -days (default today), not after today.") var on: String?
    @Option(help: "The document number (批复文号).") var number: String?

    func run() throws {
        let session = try Session.open(global)
        let project = try session.resolve(.project, self.project, option: "<project>")
        let day = try on.map { try session.day($0, option: "--on", from: session.changeDay) } ?? session.changeDay
        let update = ProcedureUpdate(project: project, step: step, done: .some(day), number: number.map { .some($0) })
        report(try session.perform(.recordProcedure(update)), session)
    }
}

/// `frontline procedure raise P STEP [--due DATE] [--note N]`: an issue from a late step.
struct ProcedureRaiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raise", abstract: "Raise an issue (审批手续) from a late step, to the step's unit; once per step while the issue is open.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project (id or name).") var project: String
    @Argument(help: "The step (its name in the template).") var step: String
    @Option(help: "The issue's due date: YYYY-MM-DD or +days (default +7).") var due: String?
    @Option(help: "What is asked of the unit, added to the issue's description.") var note: String = ""

    func run() throws {
        let session = try Session.open(global)
        let project = try session.resolve(.project, self.project, option: "<project>")
        let due = try self.due.map { try session.day($0, option: "--due", from: session.changeDay) }
        report(try session.perform(.raiseProcedureIssue(ProcedureRaise(project: project, step: step, due: due, note: note))), session)
    }
}

/// `frontline procedure export [--output FILE]`: the 手续 ledger, every recorded step (`ProcedureLedger`).
struct ProcedureExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the procedures ledger (手续台账) as CSV: one row per recorded step of a project.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Write to this file instead of the standard output.") var output: String?

    func run() throws {
        let session = try Session.open(global)
        let bytes = ProcedureLedger.csv(session.board)
        if let output {
            try AttachmentCommand.writeOutput(bytes, to: output, replacing: true)
        } else {
            session.context.console.write(bytes)
        }
    }
}

/// `frontline procedure import FILE`: the rows of a 手续 ledger recorded as `procedure set` each, all in one change or none.
struct ProcedureImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Read a procedures ledger (CSV): each row recorded as procedure set; all rows or none, in one change.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file (UTF-8).") var file: String

    func run() throws {
        let session = try Session.open(global)
        let bytes = try ImportCommand.read(file)
        let table: CSVTable
        do throws(CSVError) {
            table = try CSVReader.parse(String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self))
        } catch {
            throw CLIError(.badData, written: { error.reason($0) })
        }
        let intents = try ProcedureLedger.intents(table, board: session.board)
        guard !intents.isEmpty else { throw DomainError.nothingChanged }
        let entry = try session.perform(intents.count == 1 ? intents[0] : .batch(intents))
        report(entry, session)
        session.write(session.lang.text(.procedureLedgerImported, intents.count) + "\n")
    }
}
