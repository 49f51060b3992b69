import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline instruction new|respond|done|list|show`: 领导批示 (docs/domain-rules.md, "领导批示"; docs/command-line.md).
struct InstructionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instruction", abstract: "Leaders' instructions (领导批示): give or record one, respond, mark it done, list and show them.",
        subcommands: [InstructionNew.self, InstructionRespond.self, InstructionDone.self, InstructionList.self, InstructionShow.self])
}

/// `frontline instruction new (--project P | --issue I) --text T --unit U --due DATE [--leader L] [--date DATE]`.
struct InstructionNew: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Give an instruction (批示) on a project or an issue: a leader; an administrator records one naming the leader.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The project (id or name).") var project: String?
    @Option(help: "The issue id.") var issue: String?
    @Option(help: "What the leader instructs.") var text: String
    @Option(help: "The unit that must respond (id or name).") var unit: String
    @Option(help: "The date by which the response is due: YYYY-MM-DD or +days.") var due: String
    @Option(help: "The leader who gave it (id, name or login): required when an administrator records it.") var leader: String?
    @Option(help: "The day it was given, if not today: YYYY-MM-DD or -days.") var date: String?

    func run() throws {
        let session = try Session.open(global)
        let project = try self.project.map { try session.resolve(.project, $0, option: "--project") }
        let unit = try session.resolve(.unit, unit, option: "--unit")
        let leader = try self.leader.map { try session.resolve(.person, $0, option: "--leader") }
        let draft = InstructionDraft(
            project: project, issue: issue, leader: leader,
            date: try date.map { try session.day($0, option: "--date", from: session.changeDay) },
            text: text, unit: unit, due: try session.day(due, option: "--due", from: session.changeDay))
        let entry = try session.perform(.instruct(draft))
        report(entry, session)
    }
}

/// `frontline instruction respond ID --text T`: the unit's response (反馈).
struct InstructionRespond: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond", abstract: "Respond (反馈) to an instruction awaiting its response: the unit named; administrators for it.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The instruction id.") var id: String
    @Option(help: "The response: what was done.") var text: String

    func run() throws {
        let session = try Session.open(global)
        report(try session.perform(.stepInstruction(InstructionStep(instruction: id, action: .respond, text: text))), session)
    }
}

/// `frontline instruction done ID`: the leader marks it 已落实 after the response.
struct InstructionDone: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done", abstract: "Mark a responded instruction done (已落实): the leader who gave it; administrators for them.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The instruction id.") var id: String

    func run() throws {
        let session = try Session.open(global)
        report(try session.perform(.stepInstruction(InstructionStep(instruction: id, action: .done))), session)
    }
}

/// `frontline instruction list`: open instructions (or all), the most overdue first, then by due date.
struct InstructionList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List instructions: light, state, leader, responding unit, due date, days overdue (open ones unless --all).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Flag(help: "Also those marked done (已落实).") var all = false
    @Flag(help: "Only those overdue without a response.") var overdue = false
    @Option(help: "Only those this unit must respond to (id or name).") var unit: String?
    @Option(help: "Only those of this project (id or name), on it or on its issues.") var project: String?

    func run() throws {
        let session = try Session.open(global)
        let today = session.today
        let index = session.index(asOf: today)
        let lang = session.lang
        let unit = try self.unit.map { try session.resolve(.unit, $0, option: "--unit") }
        let project = try self.project.map { try session.resolve(.project, $0, option: "--project") }
        let settings = index.board.settings
        let rows = InstructionList.rows(index, today: today).filter { item in
            (all || item.isOpen) && (!overdue || item.daysOverdue(today: today) > 0)
                && (unit == nil || item.unit == unit) && (project == nil || item.project == project)
        }
        let columns: [Column<Instruction>] = [
            Column(
                "light", .listingLight, text: { $0.light(today: today, settings: settings).label(lang) },
                json: { .string($0.light(today: today, settings: settings).english) }),
            Column("id", .listingId, text: { $0.id }),
            Column("status", .listingInstructionState, text: { $0.status.label(lang) }, json: { .string($0.status.rawValue) }),
            Column("on", .listingInstructionOn, text: { $0.issue ?? $0.project ?? "" }),
            Column("text", .listingInstructionText, maxWidth: 30, text: { $0.text }),
            Column("leader", .listingInstructionLeader, text: { index.personName($0.leader) }),
            Column("date", .listingInstructionDate, text: { $0.date.iso }),
            Column("unit", .listingRespondingUnit, text: { index.unitName($0.unit) }),
            Column("due", .listingResponseDue, text: { $0.due.iso }),
            Column(
                "daysOverdue", .listingOverdue, alignment: .right, unit: .listingUnitDays,
                text: {
                    let n = $0.daysOverdue(today: today); return n > 0 ? Labels.days(n, lang) : ""
                }, json: { .int($0.daysOverdue(today: today)) }),
        ]
        session.context.console.write(Listing.render(rows, columns, format: output.format, lang: lang))
    }

    /// The instructions given by `today`, the most overdue first, then by due date and id.
    static func rows(_ index: BoardIndex, today: Day) -> [Instruction] {
        index.board.instructions.rows.filter { $0.date <= today }.sorted { a, b in
            (b.daysOverdue(today: today), a.due, a.id) < (a.daysOverdue(today: today), b.due, b.id)
        }
    }
}

/// `frontline instruction show ID`: one instruction in full, with its response and attachments.
struct InstructionShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one instruction in full: text, response, state, attachments.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Output format: table (text) or json.") var format: OutputFormat = .table
    @Argument(help: "The instruction id (B-001).") var id: String

    func run() throws {
        let session = try Session.open(global)
        let today = session.today
        let index = session.index(asOf: today)
        guard let instruction = index.board.instructions[id: id] else {
            if let later = session.board.instructions[id: id] {
                throw CLIError(.problemsFound, .cliInstructionGivenAfter, "\(later.id)", "\(later.date.iso)", "\(today.iso)")
            }
            throw CLIError.usage(.cliNoInstruction, "\(Sanitizer.display(id))")
        }
        session.write(InstructionShow.render(instruction, index: index, today: today, lang: session.lang, json: format == .json))
    }

    /// The text (or JSON) of `instruction`; also what `frontline show B-001` prints.
    static func render(_ instruction: Instruction, index: BoardIndex, today: Day, lang: Lang, json: Bool) -> String {
        let light = instruction.light(today: today, settings: index.board.settings)
        if json {
            guard case .object(var members) = BoardCodec.object(instruction, withId: true) else { return "" }
            members.append(JSONMember("status", .string(instruction.status.rawValue)))
            members.append(JSONMember("light", .string(light.english)))
            members.append(JSONMember("daysOverdue", .int(instruction.daysOverdue(today: today))))
            return String(decoding: JSONWriter.pretty(.object(members), expandDepth: 1, escapingInvisible: true), as: UTF8.self)
        }
        let on =
            instruction.issue.map { id in "\(id) \(index.board.issues[id: id]?.title ?? "")" }
            ?? instruction.project.map { id in "\(id) \(index.projectName(id))" } ?? ""
        var text =
            Sanitizer.display(
                lang.text(.instructionTitle, instruction.id, on)
                    + "  [\(light.label(lang))] \(instruction.lightText(today: today, lang))") + "\n\n"
        let kind = RecordKind.instruction
        var facts: [(String, String)] = [
            (lang[.columnInstructionState], instruction.status.label(lang)),
            (kind.label(of: "leader", lang), index.personName(instruction.leader)),
            (kind.label(of: "date", lang), instruction.date.iso),
            (kind.label(of: "text", lang), instruction.text),
            (kind.label(of: "unit", lang), index.unitName(instruction.unit)),
            (kind.label(of: "due", lang), instruction.due.iso),
        ]
        if let response = instruction.response {
            let when = instruction.respondedAt.map { String($0.iso.prefix(16)).replacingAll("T", with: " ") } ?? ""
            facts.append((kind.label(of: "response", lang), response))
            facts.append((lang[.instructionRespondedBy], "\(index.personName(instruction.respondedBy ?? ""))  \(when)"))
        }
        if let by = instruction.doneBy {
            let when = instruction.doneAt.map { String($0.iso.prefix(16)).replacingAll("T", with: " ") } ?? ""
            facts.append((lang[.instructionMarkedDoneBy], "\(index.personName(by))  \(when)"))
        }
        let width = facts.reduce(0) { max($0, DisplayWidth.of($1.0)) }
        text += facts.map { "  " + TextLayout.pad($0.0, columns: width) + "  " + Sanitizer.display($0.1) + "\n" }.joined()
        if !instruction.attachments.isEmpty {
            text += "\n" + lang.text(.attachmentsHeading, instruction.attachments.count) + "\n"
            for attachment in instruction.attachments { text += "  " + Sanitizer.display(index.text(of: attachment)) + "\n" }
        }
        return text
    }
}
