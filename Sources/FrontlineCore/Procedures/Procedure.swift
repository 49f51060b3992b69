/// 手续 (approval procedures, docs/domain-rules.md "手续"): the chain of approvals a project runs through, from the
/// template in the store's settings (`Settings.procedureTemplate`, e.g. `立项/备案 > 用地 > 规划许可 > 图审 + 施工许可 >
/// 竣工验收`: `>` the next step, `+` a step run in parallel, 并联办理), and what the project has recorded of each step
/// (`Project.procedures`): its responsible unit, planned date, the date it was done, its 批复文号, and the issue raised
/// when it was late.

/// One step as a project records it. Only what was recorded is stored; the step's place in the chain is the template's.
public struct ProcedureStep: Hashable, Sendable, FieldValue {
    /// The step's name, as in the template (`图审`).
    public var name: String
    /// The responsible unit (unit id); nil: the template's unit for the step, else the project's 帮包单位.
    public var unit: String?
    public var planned: Day?
    /// The day it was done (办结, the approval issued).
    public var done: Day?
    /// 批复文号.
    public var number: String?
    /// The issue raised because the step was late (`procedure raise`).
    public var issue: String?

    public init(name: String, unit: String? = nil, planned: Day? = nil, done: Day? = nil, number: String? = nil, issue: String? = nil) {
        self.name = name
        self.unit = unit
        self.planned = planned
        self.done = done
        self.number = number
        self.issue = issue
    }

    public init(json: JSONValue) throws(FieldError) {
        let shape = FieldError(Phrase(.fieldExpectedProcedureStep))
        guard case .object(let members) = json else { throw shape }
        var name: String?
        self.init(name: "")
        for member in members {
            switch member.key {
            case "name": name = try String(json: member.value)
            case "unit": unit = try String?(json: member.value)
            case "planned": planned = try Day?(json: member.value)
            case "done": done = try Day?(json: member.value)
            case "number": number = try String?(json: member.value)
            case "issue": issue = try String?(json: member.value)
            default: throw shape
            }
        }
        guard let name, !name.trimmingSpaces.isEmpty else { throw shape }
        self.name = name
    }

    public var json: JSONValue {
        var members = [JSONMember("name", .string(name))]
        if let unit { members.append(JSONMember("unit", .string(unit))) }
        if let planned { members.append(JSONMember("planned", planned.json)) }
        if let done { members.append(JSONMember("done", done.json)) }
        if let number { members.append(JSONMember("number", .string(number))) }
        if let issue { members.append(JSONMember("issue", .string(issue))) }
        return .object(members)
    }

    /// Nothing recorded but the name.
    var isEmpty: Bool { unit == nil && planned == nil && done == nil && number == nil && issue == nil }
}

/// The steps a project has recorded, in the order first recorded. Stored as the project's `procedures` field, left
/// out of the stored record while empty: a project without procedures is stored exactly as before they existed.
public struct ProcedureSteps: Hashable, Sendable, FieldValue, RandomAccessCollection {
    public var items: [ProcedureStep]

    public init(_ items: [ProcedureStep] = []) { self.items = items }

    public init(json: JSONValue) throws(FieldError) {
        items = json.isNull ? [] : try [ProcedureStep](json: json)
        var names = Set<String>()
        for item in items where !names.insert(item.name).inserted {
            throw FieldError(Phrase(.fieldExpectedDistinctProcedureSteps, "\(item.name)"))
        }
    }

    public var json: JSONValue { items.isEmpty ? .null : items.json }

    public var startIndex: Int { items.startIndex }
    public var endIndex: Int { items.endIndex }
    public subscript(position: Int) -> ProcedureStep { items[position] }

    /// The recorded step of this name, if any.
    public subscript(name name: String) -> ProcedureStep? { items.first { $0.name == name } }

    /// The steps with `step` put in place of the one of its name (or added); a step with nothing recorded goes.
    public func setting(_ step: ProcedureStep) -> ProcedureSteps {
        var items = self.items
        if let index = items.firstIndex(where: { $0.name == step.name }) {
            if step.isEmpty { items.remove(at: index) } else { items[index] = step }
        } else if !step.isEmpty {
            items.append(step)
        }
        return ProcedureSteps(items)
    }
}

/// The chain of steps every project runs through: groups in order, the steps of a group run in parallel (并联办理).
public struct ProcedureTemplate: Hashable, Sendable {
    public struct Step: Hashable, Sendable {
        public var name: String
        /// The group's position in the chain, from 0.
        public var group: Int
        /// The unit that usually handles the step (`图审@U-12`), when the template names one.
        public var unit: String?
    }

    public var groups: [[Step]]

    public init(groups: [[Step]] = []) { self.groups = groups }

    public var steps: [Step] { groups.flatMap { $0 } }
    public var isEmpty: Bool { groups.isEmpty }
    public func step(_ name: String) -> Step? { steps.first { $0.name == name } }

    /// What is wrong with a template's text, in the order met.
    public enum Problem: Hashable, Sendable {
        /// A `>` or `+` with nothing on one side (position: the step's number, from 1, in the text).
        case emptyStep(position: Int)
        case duplicate(String)
        case unknownUnit(step: String, unit: String)

        public func message(_ lang: Lang) -> String { phrase.text(lang) }

        /// The problem in the reader's language, when shown.
        public var phrase: Phrase {
            switch self {
            case .emptyStep(let position): Phrase(.procedureTemplateEmptyStep, "\(position)")
            case .duplicate(let name): Phrase(.procedureTemplateDuplicate, "\(name)")
            case .unknownUnit(let step, let unit): Phrase(.procedureTemplateUnknownUnit, "\(step)", "\(unit)")
            }
        }
    }

    static let sequence: Set<Character> = [">", "→", "＞"]
    static let parallel: Set<Character> = ["+", "＋"]
    static let at: Set<Character> = ["@", "＠"]

    /// Reads a template's text. Blank text is the empty template (no procedures). With `units`, a unit named after
    /// `@` must be one of them. Returns the template and the problems found; a template with problems is read as
    /// far as it goes (empty steps and repeated names left out), so a store written by hand still loads.
    public static func parse(_ text: String, units: Set<String>? = nil) -> (template: ProcedureTemplate, problems: [Problem]) {
        var groups: [[Step]] = [], problems: [Problem] = [], names = Set<String>()
        guard !text.trimmingSpaces.isEmpty else { return (ProcedureTemplate(), []) }
        var position = 0
        for groupText in text.split(omittingEmptySubsequences: false, whereSeparator: { sequence.contains($0) }) {
            var group: [Step] = []
            for stepText in groupText.split(omittingEmptySubsequences: false, whereSeparator: { parallel.contains($0) }) {
                position += 1
                let parts = stepText.split(maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: { at.contains($0) })
                let name = String(parts[0]).trimmingSpaces
                let unit = parts.count > 1 ? String(parts[1]).trimmingSpaces : nil
                if name.isEmpty { problems.append(.emptyStep(position: position)); continue }
                if !names.insert(name).inserted { problems.append(.duplicate(name)); continue }
                if let unit, let units, !units.contains(unit) { problems.append(.unknownUnit(step: name, unit: unit)) }
                group.append(Step(name: name, group: groups.count, unit: unit.flatMap { $0.isEmpty ? nil : $0 }))
            }
            if !group.isEmpty { groups.append(group) }
        }
        return (ProcedureTemplate(groups: groups), problems)
    }

    /// The template written out: `立项/备案 > 用地 > 图审 + 施工许可@U-10`.
    public var text: String {
        groups.map { $0.map { $0.name + ($0.unit.map { "@" + $0 } ?? "") }.joined(separator: " + ") }.joined(separator: " > ")
    }
}

extension Settings {
    /// The template of procedures (`procedureTemplate`), read as far as it goes.
    public var procedures: ProcedureTemplate { ProcedureTemplate.parse(procedureTemplate ?? "").template }
}

/// A project's chain on a day: every step of the template with what the project recorded, its light and what it waits on.
public struct ProcedureChain: Sendable {
    public struct Step: Sendable, Hashable {
        public var name: String
        public var group: Int
        /// The recorded unit, else the template's, else the project's 帮包单位.
        public var unit: String
        public var planned: Day?
        /// The day it was done, when that is not after the chain's day.
        public var done: Day?
        public var number: String?
        public var issue: String?
        /// The light (`ProcedureChain.light`): nil while it has no planned date and is not done.
        public var light: Light?
        /// Days past the planned date: while not done, up to the chain's day; once done, up to the day it was done.
        public var daysLate: Int
        /// The steps of earlier groups not done yet: the step waits on them. Its parallel siblings are never among them.
        public var waitingOn: [String]

        public var isDone: Bool { done != nil }
        /// Not done, and nothing before it left to do: the chain is at this step.
        public var isCurrent: Bool { done == nil && waitingOn.isEmpty }
        /// Late and current: the project is held up here (the 半月报's 卡在).
        public var isBlocking: Bool { isCurrent && light == .red }
        /// Whether the step ran in parallel with others (its group has more than one step).
        public var isParallel = false
    }

    public var groups: [[Step]]
    /// Whether the project recorded anything of its procedures.
    public var isTracked: Bool

    public var steps: [Step] { groups.flatMap { $0 } }
    public func step(_ name: String) -> Step? { steps.first { $0.name == name } }
    /// The steps the chain is at.
    public var current: [Step] { steps.filter(\.isCurrent) }
    /// The current steps that are late.
    public var blocking: [Step] { steps.filter(\.isBlocking) }

    public init(_ project: Project, template: ProcedureTemplate, today: Day, settings: Settings) {
        var groups: [[Step]] = []
        var undone: [String] = []
        for group in template.groups {
            var built: [Step] = []
            for step in group {
                let recorded = project.procedures[name: step.name]
                let done = recorded?.done.flatMap { $0 <= today ? $0 : nil }
                let planned = recorded?.planned
                let light = ProcedureChain.light(planned: planned, done: done, today: today, settings: settings)
                let late = planned.map { max(0, $0.days(until: done ?? today)) } ?? 0
                built.append(
                    Step(
                        name: step.name, group: step.group, unit: recorded?.unit ?? step.unit ?? project.unit,
                        planned: planned, done: done, number: done == nil ? nil : recorded?.number, issue: recorded?.issue,
                        light: light, daysLate: late, waitingOn: undone, isParallel: group.count > 1))
            }
            undone += built.filter { !$0.isDone }.map(\.name)
            groups.append(built)
        }
        self.groups = groups
        isTracked = template.steps.contains { project.procedures[name: $0.name] != nil }
    }

    /// A step's light on `today` (docs/domain-rules.md, "手续"), the issues' rule: done → 灰; not done and past its planned
    /// date → 红; planned within `dueSoonDays` (0 ≤ planned − today ≤ N) → 黄; planned later → 绿; no planned date → none.
    public static func light(planned: Day?, done: Day?, today: Day, settings: Settings) -> Light? {
        if done != nil { return .gray }
        guard let planned else { return nil }
        let left = today.days(until: planned)
        if left < 0 { return .red }
        return left <= settings.dueSoonDays ? .yellow : .green
    }
}

extension ProcedureChain.Step {
    /// Why the step has its light, for people: `逾期 12 天`, `3 天后到期`, `2026-04-21 办结（逾期 11 天）`, `未排期`.
    public func lightText(today: Day, _ lang: Lang) -> String { lightPhrase(today: today).text(lang) }

    /// `lightText` before it is written in a language.
    public func lightPhrase(today: Day) -> Phrase {
        if let done {
            return daysLate > 0 ? Phrase(.procedureDoneLate, "\(done.iso)", "\(daysLate)") : Phrase(.procedureDoneOn, "\(done.iso)")
        }
        guard let planned else { return Phrase(.procedureUnplanned) }
        let left = today.days(until: planned)
        if left < 0 { return Phrase(.overdueByDays, "\(-left)") }
        if left == 0 { return Phrase(.dueToday) }
        return Phrase(.dueInDays, "\(left)")
    }
}

extension Board {
    /// The chain of a project on `today` from the store's template.
    public func procedureChain(_ project: Project, today: Day) -> ProcedureChain {
        ProcedureChain(project, template: settings.procedures, today: today, settings: settings)
    }
}
