/// Plans the rows of a ledger one by one on the planner's scratch board, collecting every problem.
///
/// Rules (docs/command-line.md, "CSV ledgers", and the decisions where it is silent):
///
/// - A row names its record by the id column (项目编号, 问题编号, 单位编号 …). An id that exists updates
///   that record; an id that does not exist creates a record with that id. Without an id, units are
///   matched by exact name, people by name and unit, roster lines by unit and duty, projects by exact
///   name; no match creates a record with the next sequential id. Issues without an id are new.
/// - Only the file's columns are touched: a column the file does not have keeps the stored value (or the
///   default, for a new record). An empty cell clears an optional field (dates, 所属园区, 责任人, 账号),
///   empties text and sets amounts and numbers to 0; it keeps the stored vocabulary value (阶段, 类别 …),
///   and it is an error for a required field (项目名称, 帮包领导, 单位 …).
/// - Rows that change nothing produce no record change. Two rows naming the same record are an error.
/// - Issues keep their lifecycle: a new issue gets the ledger's status with one 导入 line in its handling
///   log; an existing issue's 状态, 办结时限 and 提出日期 change only through `issue move` / `issue extend`,
///   so a different value in the ledger is an error.
/// - 领导批示 and 通报 change only through their commands: a row of an existing one must read as stored; a new one is
///   checked as `instruction new` / `bulletin new` check it (a new 通报 gets the next number, never one from the file).
/// - What `frontline check` would report is refused here: a roster's A and B must belong to its unit and
///   differ; a unit's name and a person's login must be unique; a person on a roster cannot move to
///   another unit. The importing administrator cannot change their own login or role.
struct LedgerImporter {
    let ledger: LedgerImport
    var planner: Planner
    /// The importing person's id.
    let me: String
    var names: LedgerNames
    var problems: [LedgerProblem] = []
    var outcomes: [LedgerRowOutcome] = []
    /// Record id → the row that named it first.
    var touched: [String: Int] = [:]
    let definitions: [String: LedgerColumn]
    /// Blank records with the ids created since `newId` last asked the id source, for `newId`.
    var recent = Board()
    var askedWholeBoard = false

    init(ledger: LedgerImport, planner: Planner, me: String) {
        self.ledger = ledger
        self.planner = planner
        self.me = me
        names = LedgerNames(planner.scratch)
        definitions = Dictionary(uniqueKeysWithValues: ledger.kind.columns.map { ($0.key, $0) })
    }

    var kind: RecordKind { ledger.kind.recordKind }
    var board: Board { planner.scratch }

    mutating func run() {
        for row in ledger.rows { importRow(row) }
    }

    // MARK: One row

    /// The cells of one row and the problems found in them.
    struct Cells {
        let row: LedgerRow
        let ledger: LedgerImport
        var problems: [LedgerProblem] = []

        /// The cell of a column, nil when the file has no such column.
        func raw(_ key: String) -> String? { ledger.position(of: key).map { row.cells[$0] } }

        mutating func fail(_ key: String?, _ reason: Phrase) {
            let position = key.flatMap { ledger.position(of: $0) }
            problems.append(
                LedgerProblem(
                    row: row.number, column: position.map { ledger.columns[$0].index },
                    header: position.map { ledger.columns[$0].header }, reason))
        }
    }

    private mutating func importRow(_ row: LedgerRow) {
        var cells = Cells(row: row, ledger: ledger)
        let blank = Planner.blank(kind, id: "")
        let requiredInOrder = type(of: blank).requiredFieldNames
        let required = Set(requiredInOrder)
        // Values of every column but the people that depend on a unit (责任人, A角, B角).
        var given: [String: JSONValue] = [:]
        let scoped: Set<String> = ledger.kind == .issues ? ["person"] : ledger.kind == .roster ? ["a", "b"] : []
        for column in ledger.columns where column.key != idKey && !scoped.contains(column.key) {
            if let value = value(column.key, cells: &cells, scope: nil, required: required, blank: blank) {
                given[definitions[column.key]!.field] = value
            }
        }
        // Which record the row is about.
        let idText = cells.raw(idKey).map(LedgerCell.text) ?? ""
        var existing: (any Record)?
        if !idText.isEmpty {
            existing = planner.existing(kind, idText)
            if existing == nil && !Planner.isAcceptableId(idText) && ledger.kind != .bulletins {
                cells.fail(
                    idKey, Phrase(.ledgerIdNotUsable, "\(idText)"))
            }
        } else if let match = naturalMatch(given, cells: &cells) {
            existing = planner.existing(kind, match)
        }
        let targetId = existing?.id ?? (idText.isEmpty ? nil : idText)
        if let targetId, let first = touched[targetId] {
            cells.fail(
                idText.isEmpty ? nil : idKey, Phrase(.ledgerSameRecordAsRow, "\(targetId)", "\(first)"))
        }
        // People of the unit: 责任人 of an issue, A角 and B角 of a roster line.
        let unit = given["unit"]?.stringValue ?? existing?.value(of: "unit")?.stringValue
        for key in scoped where cells.raw(key) != nil {
            if let value = value(key, cells: &cells, scope: unit, required: required, blank: blank) { given[key] = value }
        }
        if existing == nil {
            for field in requiredInOrder where given[field] == nil && !defaulted.contains(field) {
                let column = ledger.kind.columns.first { $0.field == field }
                if cells.raw(column?.key ?? field) == nil {
                    let header = column.map { "\($0.zh)（\($0.key)）" } ?? field
                    cells.fail(
                        nil, Phrase(.ledgerMissingRequiredColumn, .key(kind.labelKey), "\(header)"))
                }
            }
        }
        validate(given, existing: existing, cells: &cells)
        guard cells.problems.isEmpty else {
            problems += cells.problems
            return
        }
        apply(given, existing: existing, id: targetId, cells: &cells)
        problems += cells.problems
    }

    var idKey: String { ledger.kind.columns[0].key }

    /// Required fields that a new record may leave out: an issue's 提出日期 is today, its original due is its due.
    /// A new 通报's 通报日期 is today and its 通报人 the importer, as `bulletin new` records them.
    var defaulted: Set<String> {
        switch kind {
        case .issue: ["raisedOn", "originalDue"]
        case .bulletin: ["date", "issuer"]
        default: []
        }
    }

    /// Parses one cell; nil when it is empty and means "keep" or when it is bad (a problem is recorded).
    private func value(_ key: String, cells: inout Cells, scope: String?, required: Set<String>, blank: any Record) -> JSONValue? {
        guard let column = definitions[key], let raw = cells.raw(key) else { return nil }
        let field = column.field
        let text = column.isFreeText ? LedgerCell.text(raw) : raw.trimmingSpaces
        if text.isEmpty {
            if case .choice? = column.input { return nil }
            if defaulted.contains(field) { return nil }
            if required.contains(field) {
                cells.fail(key, Phrase(.invalidEmpty))
                return nil
            }
            if blank.value(of: field) == .null { return .null }
            if case .array? = blank.value(of: field) { return .array([]) }
            switch column.input {
            case .money?: return Money.zero.json
            case .integer?, .percent?: return .int(0)
            default: return .string("")
            }
        }
        switch column.input {
        case nil:
            return .string(text)
        case .text?:
            if key == "mobile" && LedgerCell.looksLikeScientificNotation(text) {
                cells.fail(
                    key, Phrase(.ledgerScientificNotation, "\(text)"))
                return nil
            }
            if key == "login" && !Planner.isAcceptableId(text) {
                cells.fail(key, Phrase(.ledgerLoginNotUsable, "\(text)"))
                return nil
            }
            return .string(text)
        case .money?:
            guard let money = LedgerCell.money(text) else {
                cells.fail(
                    key, Phrase(.ledgerNotAmount, "\(text)"))
                return nil
            }
            return money.json
        case .date?:
            guard let day = LedgerCell.day(text) else {
                cells.fail(
                    key, Phrase(.ledgerNotDate, "\(text)"))
                return nil
            }
            return day.json
        case .integer?:
            guard let n = LedgerCell.integer(text) else {
                cells.fail(key, Phrase(.ledgerNotWholeNumber, "\(text)"))
                return nil
            }
            return .int(n)
        case .percent?:
            guard let n = LedgerCell.percent(text) else {
                cells.fail(key, Phrase(.ledgerNotPercentage, "\(text)"))
                return nil
            }
            return .int(n)
        case .choice(let choice)?:
            guard let value = choice.parse(text) else {
                let choices = choice.listed
                cells.fail(key, Phrase(.ledgerNotAChoice, "\(text)", "\(choices.zh)", "\(choices.en)"))
                return nil
            }
            return .string(value)
        case .reference(let target)?:
            func resolve(_ text: String) -> String? {
                switch names.resolve(target, text, in: board, scope: scope) {
                case .found(let id):
                    return id
                case .missing:
                    cells.fail(key, Phrase(.ledgerNoSuchReference, .key(target.labelKey), "\(text)"))
                case .ambiguous(let ids):
                    cells.fail(
                        key, Phrase(.ledgerAmbiguousReference, "\(ids.count)", .key(target.labelKey), "\(text)", .list(ids.map { .plain($0) })))
                }
                return nil
            }
            // A list field (帮包干部): names or ids separated by 、 , ， ; or ；, each resolved, none twice.
            if case .array? = blank.value(of: field) {
                let items = LedgerCell.listItems(text)
                let ids = items.map(resolve)
                guard ids.allSatisfy({ $0 != nil }) else { return nil }
                var seen = Set<String>()
                for (item, id) in zip(items, ids) where !seen.insert(id!).inserted {
                    cells.fail(key, Phrase(.invalidNamedTwice, "\(item)"))
                    return nil
                }
                return .array(ids.map { .string($0!) })
            }
            return resolve(text).map(JSONValue.string)
        }
    }

    /// The existing record a row without an id is about, by its natural key.
    private func naturalMatch(_ given: [String: JSONValue], cells: inout Cells) -> String? {
        func one(_ ids: [String], _ how: Phrase) -> String? {
            if ids.count > 1 {
                cells.fail(nil, Phrase(.ledgerAmbiguousMatch, "\(ids.count)", .phrase(how), .list(ids.map { .plain($0) })))
                return nil
            }
            return ids.first
        }
        let name = given["name"]?.stringValue ?? ""
        switch ledger.kind {
        case .units:
            return one(names.unitNames[name] ?? [], Phrase(.ledgerMatchNamed, "\(name)"))
        case .projects:
            return one(names.projects[name] ?? [], Phrase(.ledgerMatchNamed, "\(name)"))
        case .people:
            var ids = names.personNames[name] ?? []
            if let unit = given["unit"]?.stringValue { ids = ids.filter { board.people[id: $0]?.unit == unit } }
            return one(ids, Phrase(.ledgerMatchNamedInUnit, "\(name)"))
        case .roster:
            guard let unit = given["unit"]?.stringValue, let duty = given["duty"]?.stringValue else { return nil }
            let ids = board.duties.filter { $0.unit == unit && $0.duty == duty }.map(\.id)
            return one(ids, Phrase(.ledgerMatchSameDuty))
        case .squads:
            return one(board.squads.filter { $0.name == name }.map(\.id), Phrase(.ledgerMatchNamed, "\(name)"))
        case .issues, .instructions, .meetings, .leads, .bulletins:
            return nil
        }
    }

    // MARK: Checks across fields and records

    private func validate(_ given: [String: JSONValue], existing: (any Record)?, cells: inout Cells) {
        func after(_ field: String) -> JSONValue? { given[field] ?? existing?.value(of: field) }
        let id = existing?.id
        switch ledger.kind {
        case .units:
            if let name = given["name"]?.stringValue, let other = (names.unitNames[name] ?? []).first(where: { $0 != id }) {
                cells.fail("name", Phrase(.ledgerUnitNameAlreadyUsed, "\(name)", "\(other)"))
            }
        case .people:
            if let login = given["login"]?.stringValue, let other = (names.logins[login] ?? []).first(where: { $0 != id }) {
                cells.fail("login", Phrase(.ledgerLoginAlreadyBelongs, "\(login)", "\(other)"))
            }
            if let person = existing as? Person, person.id == me {
                if let login = given["login"], login != (person.login.map(JSONValue.string) ?? .null) {
                    cells.fail("login", Phrase(.ledgerOwnLogin))
                }
                if let role = given["role"], role != person.role.json {
                    cells.fail("role", Phrase(.ledgerOwnRole))
                }
            }
            if let person = existing as? Person, let unit = given["unit"]?.stringValue, unit != person.unit {
                for duty in board.duties where duty.unit != unit && (duty.a == person.id || duty.b == person.id) {
                    cells.fail(
                        "unit",
                        Phrase(.ledgerUnitOfRosterPerson, "\(person.name)", "\(duty.a == person.id ? "A" : "B")", "\(duty.id)", "\(duty.duty)")
                    )
                }
            }
        case .roster:
            let unit = after("unit")?.stringValue ?? ""
            for key in ["a", "b"] {
                guard let person = after(key)?.stringValue, let p = board.people[id: person], !unit.isEmpty, p.unit != unit else { continue }
                cells.fail(given[key] != nil ? key : "unit", Phrase(.ledgerPersonNotOfUnit, "\(p.name)", "\(p.id)"))
            }
            if let a = after("a")?.stringValue, let b = after("b")?.stringValue, !a.isEmpty, a == b {
                cells.fail("b", Phrase(.ledgerSameAAndB))
            }
        case .issues:
            if let issue = existing as? Issue {
                if let status = given["status"], status != issue.status.json {
                    cells.fail(
                        "status", Phrase(.ledgerStatusOnlyByMove, "\(issue.status.rawValue)", .label(issue.status)))
                }
                if let due = given["due"], due != issue.due.json {
                    cells.fail(
                        "due", Phrase(.ledgerDueOnlyByExtension, "\(issue.due.iso)"))
                }
                if let raised = given["raisedOn"], raised != issue.raisedOn.json {
                    cells.fail("raisedOn", Phrase(.ledgerRaisedOnFixed, "\(issue.raisedOn.iso)"))
                }
            } else if let due = given["due"].flatMap({ try? Day(json: $0) }) {
                let raised = given["raisedOn"].flatMap { try? Day(json: $0) } ?? planner.context.today
                if due < raised {
                    cells.fail("due", Phrase(.ledgerDueBeforeRaised, "\(due.iso)", "\(raised.iso)"))
                }
            }
        case .squads:
            if let leader = after("leader")?.stringValue, let person = board.people[id: leader], person.role != .leader {
                cells.fail(
                    given["leader"] != nil ? "leader" : nil, Phrase(.invalidSquadLedNotLeader, "\(person.name)", "\(person.id)"))
            }
        case .leads:
            // 阶段 and its dates move only by `lead move` and `lead land` (docs/domain-rules.md, "招商").
            if let lead = existing as? Lead {
                for field in ["stage", "foundOn", "talksOn", "signedOn", "landedOn", "project"] {
                    if let value = given[field], value != (lead.value(of: field) ?? .null) {
                        cells.fail(field, Phrase(.ledgerStageOnlyByMove))
                    }
                }
            }
        case .projects:
            break
        case .instructions:
            validateInstruction(given, existing: existing as? Instruction, cells: &cells)
        case .bulletins:
            validateBulletin(given, existing: existing as? Bulletin, cells: &cells)
        case .meetings:
            // As `meeting new`: a meeting is recorded once held.
            if let date = given["date"].flatMap({ try? Day(json: $0) }), date > planner.context.today {
                cells.fail(
                    "date", Phrase(.invalidMeetingDateAfterToday, "\(date.iso)", "\(planner.context.today.iso)"))
            }
        }
    }

    /// 领导批示 change only through their operations (`instruction new|respond|done`): a row of an existing one must
    /// read as stored. A new one is as `instruction new` would make it: on an issue or a project (an issue's project
    /// is its own), by a 领导, given no later than today, due no earlier than given, and without a response (the unit
    /// gives that with `instruction respond`).
    private func validateInstruction(_ given: [String: JSONValue], existing: Instruction?, cells: inout Cells) {
        let columns = Dictionary(uniqueKeysWithValues: ledger.kind.columns.map { ($0.field, $0) })
        if let existing {
            for field in given.keys.sorted() where given[field] != (existing.value(of: field) ?? .null) {
                let column = columns[field]
                cells.fail(
                    column?.key, Phrase(.ledgerInstructionFieldFixed, "\(existing.id)", column?.name ?? .plain(field)))
            }
            return
        }
        if let response = given["response"], response != .null {
            cells.fail(
                "response", Phrase(.ledgerNewInstructionWithResponse))
        }
        let project = given["project"]?.stringValue
        if let issueId = given["issue"]?.stringValue {
            if let issue = board.issues[id: issueId] {
                if let project, project != issue.project {
                    cells.fail(
                        "project",
                        Phrase(.ledgerIssueOfOtherProject, "\(issueId)", issue.project.map { .plain($0) } ?? .key(.ledgerNoProject), "\(project)"))
                }
            } else {
                cells.fail("issue", Phrase(.ledgerNoIssue, "\(issueId)"))
            }
        } else if project == nil {
            cells.fail(
                ledger.position(of: "project") != nil ? "project" : nil, Phrase(.ledgerInstructionNeedsOneTarget))
        }
        if let leaderId = given["leader"]?.stringValue, let leader = board.people[id: leaderId], leader.role != .leader {
            cells.fail(
                "leader", Phrase(.invalidInstructionNotByLeader, "\(leader.name)", .label(leader.role)))
        }
        let date = given["date"].flatMap { try? Day(json: $0) }
        if let date, date > planner.context.today {
            cells.fail(
                "date", Phrase(.invalidInstructionDateAfterToday, "\(date.iso)", "\(planner.context.today.iso)"))
        }
        if let date, let due = given["due"].flatMap({ try? Day(json: $0) }), due < date {
            cells.fail("due", Phrase(.invalidResponseDueDateBeforeInstruction, "\(due.iso)", "\(date.iso)"))
        }
    }

    /// A 通报 is issued once and never changed (docs/domain-rules.md, "通报"): a row of an existing one must read as
    /// stored. A row without a 通报编号 is a new one, checked as `bulletin new` checks it and given the next number: a
    /// 通报类型, a unit, a reason, a period that reads as a half-month or a month and has begun by the day of issue,
    /// which is today when left empty and never after it; its 通报人 is the importer.
    private func validateBulletin(_ given: [String: JSONValue], existing: Bulletin?, cells: inout Cells) {
        let columns = Dictionary(uniqueKeysWithValues: ledger.kind.columns.map { ($0.field, $0) })
        if let existing {
            for field in given.keys.sorted() where given[field] != (existing.value(of: field) ?? .null) {
                let column = columns[field]
                cells.fail(column?.key, Phrase(.ledgerBulletinFieldFixed, "\(existing.id)", column?.name ?? .plain(field)))
            }
            return
        }
        let idText = cells.raw(idKey).map(LedgerCell.text) ?? ""
        if !idText.isEmpty {
            cells.fail(idKey, Phrase(.ledgerBulletinUnknownId, "\(idText)"))
        }
        if given["verdict"] == nil, let raw = cells.raw("verdict"), raw.trimmingSpaces.isEmpty {
            cells.fail("verdict", Phrase(.invalidEmpty))
        }
        if let issuer = given["issuer"]?.stringValue, issuer != me {
            let name = { (id: String) in board.people[id: id]?.name ?? id }
            cells.fail("issuer", Phrase(.ledgerBulletinIssuerNotImporter, "\(name(me))", "\(name(issuer))"))
        }
        let today = planner.context.today
        let date = given["date"].flatMap { try? Day(json: $0) } ?? today
        if date > today {
            cells.fail("date", Phrase(.invalidBulletinDateAfterToday, "\(date.iso)", "\(today.iso)"))
        }
        if let text = given["period"]?.stringValue {
            if let period = BulletinPeriod(text: text) {
                if period.first > date {
                    cells.fail("period", Phrase(.invalidBulletinPeriodNotBegun, "\(period.text)", "\(date.iso)"))
                }
            } else {
                cells.fail("period", Phrase(.invalidBulletinPeriod, "\(text)"))
            }
        }
    }

    // MARK: Recording

    /// A new id from the plan's id source. The source is asked about the whole board for the first one;
    /// after that about a board holding only the last id it gave and the ids rows gave themselves since,
    /// which for the sequential source yields the same id without scanning every record again for every
    /// row (a 20,000-row file would take minutes). An id that is taken after all falls back to asking
    /// about the whole board.
    private mutating func newId() -> String {
        let ids = planner.context.ids
        var id: String?
        if askedWholeBoard {
            let next = ids.next(kind, recent)
            if !planner.scratch.contains(kind, id: next) { id = next }
        }
        askedWholeBoard = true
        let chosen = id ?? ids.next(kind, planner.scratch)
        recent = Board()
        return chosen
    }

    /// The fields that differ between two versions of a record (of the same kind).
    static func difference<R: Record>(_ old: R, _ new: any Record) -> [FieldChange] {
        guard let new = new as? R else { return [] }
        return Planner.difference(old, new)
    }

    private mutating func apply(_ given: [String: JSONValue], existing: (any Record)?, id: String?, cells: inout Cells) {
        let recordId = existing?.id ?? id ?? newId()
        var record = existing ?? Planner.blank(kind, id: recordId)
        var fields = given
        if existing == nil, kind == .instruction, given["project"] == nil || given["project"] == .null,
            let issue = given["issue"]?.stringValue, let project = board.issues[id: issue]?.project
        {
            // An instruction on an issue is on the issue's project too, as `instruction new` records it.
            fields["project"] = .string(project)
        }
        if existing == nil, kind == .bulletin {
            // As `bulletin new` issues it: today unless an earlier day is given, by the importer, the period as it reads.
            fields["date"] = fields["date"] ?? planner.context.today.json
            fields["issuer"] = .string(me)
            if let text = fields["period"]?.stringValue, let period = BulletinPeriod(text: text) { fields["period"] = .string(period.text) }
        }
        if existing == nil, kind == .issue {
            let today = planner.context.today
            fields["raisedOn"] = fields["raisedOn"] ?? today.json
            fields["originalDue"] = fields["due"]
            fields["raisedBy"] = .string(me)
        }
        for name in fields.keys.sorted() {
            do {
                try record.set(name, to: fields[name]!)
            } catch {
                let column = ledger.kind.columns.first { $0.field == name }?.key
                cells.fail(column, error.phrase)
                return
            }
        }
        // The same field rules as an edit on the board or the command line (an importer is an administrator,
        // so only the rules about values can refuse here).
        if let denial = Access.denial(.setFields(before: existing, after: record), by: planner.context.actor, on: board),
            case .field(_, _, _, let field, let rule) = denial
        {
            cells.fail(ledger.kind.columns.first { $0.field == field }?.key, rule)
            return
        }
        let change: RecordChange
        let effect: LedgerRowOutcome.Effect
        if let existing {
            let changed = LedgerImporter.difference(existing, record)
            guard !changed.isEmpty else {
                touched[recordId] = cells.row.number
                outcomes.append(LedgerRowOutcome(row: cells.row.number, id: recordId, effect: .unchanged))
                return
            }
            var line: HandlingLogEntry?
            if let issue = existing as? Issue {
                line = HandlingLogEntry(
                    at: planner.context.now, by: me, actingFor: nil, action: "导入",
                    note: "\(ledger.source) 第\(cells.row.number)行：" + changed.map(\.name).joined(separator: ", "),
                    status: issue.status)
            }
            change = RecordChange(kind: kind, id: recordId, op: .update, base: existing.meta.rev, fields: changed, appendLog: line)
            effect = .changed(changed.map(\.name))
        } else {
            if var issue = record as? Issue {
                issue.log = [
                    HandlingLogEntry(
                        at: planner.context.now, by: me, actingFor: nil, action: "导入",
                        note: "\(ledger.source) 第\(cells.row.number)行", status: issue.status)
                ]
                record = issue
            }
            change = RecordChange(
                kind: kind, id: recordId, op: .create, base: 0,
                fields: record.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) })
            effect = .created
        }
        do {
            try planner.record(change)
        } catch {
            cells.fail(nil, error.phrase)
            return
        }
        if let stored = planner.existing(kind, recordId) { names.replace(existing, with: stored) }
        if existing == nil { recent.upsert(recordId, kind) }
        touched[recordId] = cells.row.number
        outcomes.append(LedgerRowOutcome(row: cells.row.number, id: recordId, effect: effect))
    }
}

extension Board {
    /// Adds a blank record of a ledger's kind (only its id matters).
    fileprivate mutating func upsert(_ id: String, _ kind: RecordKind) {
        switch kind {
        case .unit: units.upsert(Unit(id: id))
        case .person: people.upsert(Person(id: id))
        case .duty: duties.upsert(Duty(id: id))
        case .project: projects.upsert(Project(id: id))
        case .issue: issues.upsert(Issue(id: id))
        case .instruction: instructions.upsert(Instruction(id: id))
        case .meeting: meetings.upsert(Meeting(id: id))
        case .squad: squads.upsert(Squad(id: id))
        case .lead: leads.upsert(Lead(id: id))
        case .bulletin: bulletins.upsert(Bulletin(id: id))
        default: break
        }
    }
}
