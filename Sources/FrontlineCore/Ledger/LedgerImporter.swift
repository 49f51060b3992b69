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

        mutating func fail(_ key: String?, _ zh: String, _ en: String) {
            let position = key.flatMap { ledger.position(of: $0) }
            problems.append(
                LedgerProblem(
                    row: row.number, column: position.map { ledger.columns[$0].index },
                    header: position.map { ledger.columns[$0].header }, zh: zh, en: en))
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
            if existing == nil && !Planner.isAcceptableId(idText) {
                cells.fail(
                    idKey, "编号“\(idText)”不可用：不能含空白或控制字符，最长 40 个字符",
                    "id '\(idText)' is not usable: no spaces or control characters, at most 40 characters")
            }
        } else if let match = naturalMatch(given, cells: &cells) {
            existing = planner.existing(kind, match)
        }
        let targetId = existing?.id ?? (idText.isEmpty ? nil : idText)
        if let targetId, let first = touched[targetId] {
            cells.fail(
                idText.isEmpty ? nil : idKey, "与第 \(first) 行是同一条记录（\(targetId)）",
                "names the same record (\(targetId)) as row \(first)")
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
                        nil, "新增\(kind.label(.zh))需要“\(header)”，但文件没有这一列",
                        "a new \(kind.label(.en)) needs '\(header)', but the file has no such column")
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
    var defaulted: Set<String> { kind == .issue ? ["raisedOn", "originalDue"] : [] }

    /// Parses one cell; nil when it is empty and means "keep" or when it is bad (a problem is recorded).
    private func value(_ key: String, cells: inout Cells, scope: String?, required: Set<String>, blank: any Record) -> JSONValue? {
        guard let column = definitions[key], let raw = cells.raw(key) else { return nil }
        let field = column.field
        let text = column.isFreeText ? LedgerCell.text(raw) : raw.trimmingSpaces
        if text.isEmpty {
            if case .choice? = column.input { return nil }
            if defaulted.contains(field) { return nil }
            if required.contains(field) {
                cells.fail(key, "不能为空", "must not be empty")
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
                    key, "“\(text)”是 Excel 转成的科学计数法，号码已丢失；请把该列设为“文本”格式后重新填写",
                    "'\(text)' is Excel's scientific notation and the number is lost; format the column as Text and enter it again")
                return nil
            }
            if key == "login" && !Planner.isAcceptableId(text) {
                cells.fail(key, "账号“\(text)”不可用：不能含空白或控制字符", "login '\(text)' is not usable: no spaces or control characters")
                return nil
            }
            return .string(text)
        case .money?:
            guard let money = LedgerCell.money(text) else {
                cells.fail(
                    key, "“\(text)”不是金额：应为万元、最多两位小数，如 1234.50", "'\(text)' is not an amount: expected 万元 with at most two decimals, e.g. 1234.50")
                return nil
            }
            return money.json
        case .date?:
            guard let day = LedgerCell.day(text) else {
                cells.fail(
                    key, "“\(text)”不是日期：应为 YYYY-MM-DD（也接受 2026/11/27、2026.11.27）",
                    "'\(text)' is not a date: expected YYYY-MM-DD (2026/11/27 and 2026.11.27 are accepted too)")
                return nil
            }
            return day.json
        case .integer?:
            guard let n = LedgerCell.integer(text) else {
                cells.fail(key, "“\(text)”不是整数", "'\(text)' is not a whole number")
                return nil
            }
            return .int(n)
        case .percent?:
            guard let n = LedgerCell.percent(text) else {
                cells.fail(key, "“\(text)”不是 0–100 的百分数", "'\(text)' is not a percentage from 0 to 100")
                return nil
            }
            return .int(n)
        case .choice(let choice)?:
            guard let value = choice.parse(text) else {
                let choices = choice.listed
                cells.fail(key, "“\(text)”无效，可选：\(choices.zh)", "'\(text)' is not one of \(choices.zh) (\(choices.en))")
                return nil
            }
            return .string(value)
        case .reference(let target)?:
            func resolve(_ text: String) -> String? {
                switch names.resolve(target, text, in: board, scope: scope) {
                case .found(let id):
                    return id
                case .missing:
                    cells.fail(key, "找不到\(target.label(.zh))“\(text)”（按编号或名称）", "no \(target.label(.en)) with id or name '\(text)'")
                case .ambiguous(let ids):
                    cells.fail(
                        key, "有 \(ids.count) 个\(target.label(.zh))名为“\(text)”（\(ids.joined(separator: "、"))），请改填编号",
                        "\(ids.count) \(target.label(.en)) records are named '\(text)' (\(ids.joined(separator: ", "))); use the id")
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
                    cells.fail(key, "“\(item)”重复", "'\(item)' is named twice")
                    return nil
                }
                return .array(ids.map { .string($0!) })
            }
            return resolve(text).map(JSONValue.string)
        }
    }

    /// The existing record a row without an id is about, by its natural key.
    private func naturalMatch(_ given: [String: JSONValue], cells: inout Cells) -> String? {
        func one(_ ids: [String], _ zh: String, _ en: String) -> String? {
            if ids.count > 1 {
                cells.fail(
                    nil, "有 \(ids.count) 条记录\(zh)（\(ids.joined(separator: "、"))），请填写编号以区分",
                    "\(ids.count) records \(en) (\(ids.joined(separator: ", "))); give the id to tell them apart")
                return nil
            }
            return ids.first
        }
        let name = given["name"]?.stringValue ?? ""
        switch ledger.kind {
        case .units:
            return one(names.unitNames[name] ?? [], "名为“\(name)”", "are named '\(name)'")
        case .projects:
            return one(names.projects[name] ?? [], "名为“\(name)”", "are named '\(name)'")
        case .people:
            var ids = names.personNames[name] ?? []
            if let unit = given["unit"]?.stringValue { ids = ids.filter { board.people[id: $0]?.unit == unit } }
            return one(ids, "名为“\(name)”且属同一单位", "are named '\(name)' in the same unit")
        case .roster:
            guard let unit = given["unit"]?.stringValue, let duty = given["duty"]?.stringValue else { return nil }
            let ids = board.duties.filter { $0.unit == unit && $0.duty == duty }.map(\.id)
            return one(ids, "属同一单位同一事项", "are for the same unit and duty")
        case .squads:
            return one(board.squads.filter { $0.name == name }.map(\.id), "名为“\(name)”", "are named '\(name)'")
        case .issues, .instructions, .meetings, .leads:
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
                cells.fail("name", "单位名称“\(name)”已被 \(other) 使用", "unit name '\(name)' is already used by \(other)")
            }
        case .people:
            if let login = given["login"]?.stringValue, let other = (names.logins[login] ?? []).first(where: { $0 != id }) {
                cells.fail("login", "账号 \(login) 已属于 \(other)", "login \(login) already belongs to \(other)")
            }
            if let person = existing as? Person, person.id == me {
                if let login = given["login"], login != (person.login.map(JSONValue.string) ?? .null) {
                    cells.fail("login", "不能通过导入修改自己的账号（会失去登录身份）", "you cannot change your own login by an import (you would lose your identity)")
                }
                if let role = given["role"], role != person.role.json {
                    cells.fail("role", "不能通过导入修改自己的角色", "you cannot change your own role by an import")
                }
            }
            if let person = existing as? Person, let unit = given["unit"]?.stringValue, unit != person.unit {
                for duty in board.duties where duty.unit != unit && (duty.a == person.id || duty.b == person.id) {
                    cells.fail(
                        "unit", "\(person.name) 是 \(duty.id)（\(duty.duty)）的\(duty.a == person.id ? "A" : "B")角，须先调整AB角再调单位",
                        "\(person.name) is \(duty.a == person.id ? "A" : "B") of roster line \(duty.id) (\(duty.duty)); change the roster before the unit"
                    )
                }
            }
        case .roster:
            let unit = after("unit")?.stringValue ?? ""
            for key in ["a", "b"] {
                guard let person = after(key)?.stringValue, let p = board.people[id: person], !unit.isEmpty, p.unit != unit else { continue }
                cells.fail(given[key] != nil ? key : "unit", "\(p.name)（\(p.id)）不属于该单位", "\(p.name) (\(p.id)) is not of this unit")
            }
            if let a = after("a")?.stringValue, let b = after("b")?.stringValue, !a.isEmpty, a == b {
                cells.fail("b", "A角和B角不能是同一人", "A and B must be different people")
            }
        case .issues:
            if let issue = existing as? Issue {
                if let status = given["status"], status != issue.status.json {
                    cells.fail(
                        "status", "状态只能通过办理操作变更（frontline issue move），现为“\(issue.status.rawValue)”",
                        "the status changes only through lifecycle actions (frontline issue move); it is \(issue.status.rawValue) (\(issue.status.english))"
                    )
                }
                if let due = given["due"], due != issue.due.json {
                    cells.fail(
                        "due", "办结时限只能通过延期变更（frontline issue extend），现为 \(issue.due.iso)",
                        "the due date changes only by an extension (frontline issue extend); it is \(issue.due.iso)")
                }
                if let raised = given["raisedOn"], raised != issue.raisedOn.json {
                    cells.fail("raisedOn", "提出日期不能修改，现为 \(issue.raisedOn.iso)", "the date raised cannot change; it is \(issue.raisedOn.iso)")
                }
            } else if let due = given["due"].flatMap({ try? Day(json: $0) }) {
                let raised = given["raisedOn"].flatMap { try? Day(json: $0) } ?? planner.context.today
                if due < raised {
                    cells.fail("due", "办结时限 \(due.iso) 早于提出日期 \(raised.iso)", "the due date \(due.iso) is before the date raised \(raised.iso)")
                }
            }
        case .squads:
            if let leader = after("leader")?.stringValue, let person = board.people[id: leader], person.role != .leader {
                cells.fail(
                    given["leader"] != nil ? "leader" : nil, "小分队须由班子成员带队：\(person.name)（\(person.id)）不是领导",
                    "a squad is led by a 班子成员: \(person.name) (\(person.id)) is not a leader")
            }
        case .leads:
            // 阶段 and its dates move only by `lead move` and `lead land` (docs/domain-rules.md, "招商").
            if let lead = existing as? Lead {
                for field in ["stage", "foundOn", "talksOn", "signedOn", "landedOn", "project"] {
                    if let value = given[field], value != (lead.value(of: field) ?? .null) {
                        cells.fail(field, "阶段及其日期只能通过 frontline lead move/land 变更", "the stage and its dates change only by frontline lead move/land")
                    }
                }
            }
        case .projects:
            break
        case .instructions:
            validateInstruction(given, existing: existing as? Instruction, cells: &cells)
        case .meetings:
            // As `meeting new`: a meeting is recorded once held.
            if let date = given["date"].flatMap({ try? Day(json: $0) }), date > planner.context.today {
                cells.fail(
                    "date", "会议日期 \(date.iso) 晚于今天 \(planner.context.today.iso)",
                    "meeting date \(date.iso) is after today \(planner.context.today.iso)")
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
                    column?.key, "\(existing.id) 的“\(column?.zh ?? field)”只能通过 frontline instruction respond|done 变更，不能由台账修改",
                    "\(existing.id)'s \(column?.key ?? field) changes only through frontline instruction respond|done, not by a ledger")
            }
            return
        }
        if let response = given["response"], response != .null {
            cells.fail(
                "response", "新导入的批示不能带反馈内容：反馈由反馈单位登记（frontline instruction respond）",
                "a new instruction cannot come with a response: the unit gives it (frontline instruction respond)")
        }
        let project = given["project"]?.stringValue
        if let issueId = given["issue"]?.stringValue {
            if let issue = board.issues[id: issueId] {
                if let project, project != issue.project {
                    cells.fail(
                        "project", "问题 \(issueId) 属于项目 \(issue.project ?? "（无）")，不是 \(project)",
                        "issue \(issueId) is of project \(issue.project ?? "(none)"), not \(project)")
                }
            } else {
                cells.fail("issue", "找不到问题“\(issueId)”", "no issue '\(issueId)'")
            }
        } else if project == nil {
            cells.fail(
                ledger.position(of: "project") != nil ? "project" : nil, "批示须针对一个项目（项目编号）或一个问题（问题编号）",
                "an instruction concerns a project (项目编号) or an issue (问题编号)")
        }
        if let leaderId = given["leader"]?.stringValue, let leader = board.people[id: leaderId], leader.role != .leader {
            cells.fail(
                "leader", "\(leader.name) 的角色是“\(leader.role.rawValue)”，批示须由领导作出",
                "\(leader.name) is \(leader.role.english), and instructions are given by leaders")
        }
        let date = given["date"].flatMap { try? Day(json: $0) }
        if let date, date > planner.context.today {
            cells.fail(
                "date", "批示日期 \(date.iso) 晚于今天 \(planner.context.today.iso)",
                "the instruction's date \(date.iso) is after today \(planner.context.today.iso)")
        }
        if let date, let due = given["due"].flatMap({ try? Day(json: $0) }), due < date {
            cells.fail("due", "反馈时限 \(due.iso) 早于批示日期 \(date.iso)", "the response due date \(due.iso) is before the instruction's date \(date.iso)")
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
                cells.fail(column, error.message(.zh), error.message(.en))
                return
            }
        }
        // The same field rules as an edit on the board or the command line (an importer is an administrator,
        // so only the rules about values can refuse here).
        if let denial = Access.denial(.setFields(before: existing, after: record), by: planner.context.actor, on: board),
            case .field(_, _, _, let field, let rule) = denial
        {
            cells.fail(ledger.kind.columns.first { $0.field == field }?.key, rule.text(.zh), rule.text(.en))
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
            cells.fail(nil, error.message(.zh), error.message(.en))
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
        default: break
        }
    }
}
