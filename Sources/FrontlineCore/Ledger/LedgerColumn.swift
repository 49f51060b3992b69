/// One column of a ledger (docs/command-line.md, "CSV ledgers"): the Chinese header officials use, the English key
/// (accepted as a header too, and the key of JSON export), the record field and how its text reads.
public struct LedgerColumn: Sendable, Hashable {
    /// The English key: `code`, `name`, `planStart` …
    public let key: String
    /// The Chinese header: 项目编号, 项目名称, 计划开工 …
    public let zh: String
    /// Other headers accepted on import.
    public let aliases: [String]
    /// The record field it fills; `id` for the id column.
    public let field: String
    public let type: LedgerCellType

    public init(_ key: String, _ zh: String, field: String? = nil, _ type: LedgerCellType, aliases: [String] = []) {
        self.key = key
        self.zh = zh
        self.field = field ?? key
        self.type = type
        self.aliases = aliases
    }

    /// Whether a header cell names this column: the Chinese header, the English key (any case) or an
    /// alias, ignoring surrounding spaces, a trailing unit in brackets (`总投资（万元）`) and a `*` marking
    /// a required column.
    public func matches(header: String) -> Bool {
        let name = LedgerColumn.normalized(header)
        if name == zh || aliases.contains(name) { return true }
        let lower = name.lowercased()
        return lower == key.lowercased() || aliases.contains { $0.lowercased() == lower }
    }

    static func normalized(_ header: String) -> String {
        var text = header.trimmingSpaces
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.dropFirst()).trimmingSpaces }
        while text.hasSuffix("*") || text.hasSuffix("＊") { text = String(text.dropLast()).trimmingSpaces }
        for (open, close) in [("(", ")"), ("（", "）")] where text.hasSuffix(close) {
            if let start = text.lastIndex(of: Character(open)), start != text.startIndex {
                text = String(text[..<start]).trimmingSpaces
                break
            }
        }
        return text
    }
}

/// How a ledger cell's text maps to a record field.
public enum LedgerCellType: Sendable, Hashable {
    /// The record's id (项目编号, 问题编号 …): empty means "new" or "match by name".
    case id
    case text
    /// 万元 with at most two decimals: `1234.50`, `1,234.5`.
    case money
    /// `2026-11-27`, also `2026/11/27`, `2026.11.27`, `2026/1/5`, `2026年1月5日`, `20261127`.
    case date
    case integer
    /// 0–100, with or without `%`.
    case percent
    /// A closed vocabulary by its Chinese name or English alias.
    case vocabulary(LedgerVocabulary)
    /// A record by id or exact name.
    case reference(RecordKind)

    /// Whether the cell holds free text from data, which export guards against formulas and import unguards.
    var isFreeText: Bool {
        switch self {
        case .id, .text, .reference: true
        default: false
        }
    }
}

/// The vocabularies ledgers use.
public enum LedgerVocabulary: String, Sendable, Hashable {
    case unitKind, role, stage, issueCategory, issueStatus

    /// The stored (Chinese) value for a cell, accepting the English alias too.
    func parse(_ text: String) -> String? {
        switch self {
        case .unitKind: UnitKind.parse(text)?.rawValue
        case .role: Role.parse(text)?.rawValue
        case .stage: Stage.parse(text)?.rawValue
        case .issueCategory: IssueCategory.parse(text)?.rawValue
        case .issueStatus: IssueStatus.parse(text)?.rawValue
        }
    }

    /// The choices for a message: Chinese names, and English aliases.
    var choices: (zh: String, en: String) {
        func list<E: DomainEnum>(_ type: E.Type) -> (String, String) {
            (E.choices, E.allCases.map(\.english).joined(separator: "/"))
        }
        switch self {
        case .unitKind: return list(UnitKind.self)
        case .role: return list(Role.self)
        case .stage: return list(Stage.self)
        case .issueCategory: return list(IssueCategory.self)
        case .issueStatus: return list(IssueStatus.self)
        }
    }
}

/// The ledgers of docs/command-line.md, one per kind of record.
public enum LedgerKind: String, CaseIterable, Sendable, Hashable {
    case projects, issues, units, people, roster

    public var recordKind: RecordKind {
        switch self {
        case .projects: .project
        case .issues: .issue
        case .units: .unit
        case .people: .person
        case .roster: .duty
        }
    }

    /// 项目台账, projects ledger …
    public func label(_ lang: Lang) -> String {
        switch self {
        case .projects: lang.pick("项目台账", "projects ledger")
        case .issues: lang.pick("问题台账", "issues ledger")
        case .units: lang.pick("单位台账", "units ledger")
        case .people: lang.pick("人员台账", "people ledger")
        case .roster: lang.pick("AB角台账", "roster ledger")
        }
    }

    /// The columns in export order. Units, people and the roster lead with an id column that docs/command-line.md does
    /// not list: import accepts files without it (then records are matched by name), export writes it so
    /// that a file read back names the same records.
    public var columns: [LedgerColumn] {
        switch self {
        case .projects: LedgerKind.projectColumns
        case .issues: LedgerKind.issueColumns
        case .units: LedgerKind.unitColumns
        case .people: LedgerKind.personColumns
        case .roster: LedgerKind.rosterColumns
        }
    }

    static let idAliases = ["编号", "id", "code"]

    static let projectColumns = [
        LedgerColumn("code", "项目编号", field: "id", .id, aliases: idAliases),
        LedgerColumn("name", "项目名称", .text),
        LedgerColumn("owner", "建设单位", .text),
        LedgerColumn("area", "所属园区", .reference(.unit), aliases: ["所属街道", "所属园区/街道"]),
        LedgerColumn("stage", "阶段", .vocabulary(.stage)),
        LedgerColumn("total", "总投资", .money),
        LedgerColumn("plan", "年度计划投资", .money),
        LedgerColumn("ytd", "本年累计完成", .money),
        LedgerColumn("planStart", "计划开工", .date),
        LedgerColumn("actualStart", "实际开工", .date),
        LedgerColumn("planFinish", "计划竣工", .date),
        LedgerColumn("progressText", "形象进度", .text),
        LedgerColumn("progressPct", "进度", .percent),
        LedgerColumn("leader", "帮包领导", .reference(.person)),
        LedgerColumn("unit", "帮包单位", .reference(.unit)),
        LedgerColumn("remark", "备注", .text),
    ]

    static let issueColumns = [
        LedgerColumn("code", "问题编号", field: "id", .id, aliases: idAliases),
        LedgerColumn("project", "项目编号", .reference(.project), aliases: ["项目", "项目名称"]),
        LedgerColumn("title", "问题描述", .text),
        LedgerColumn("category", "类别", .vocabulary(.issueCategory)),
        LedgerColumn("raisedOn", "提出日期", .date),
        LedgerColumn("unit", "责任单位", .reference(.unit)),
        LedgerColumn("person", "责任人", .reference(.person)),
        LedgerColumn("due", "办结时限", .date),
        LedgerColumn("status", "状态", .vocabulary(.issueStatus)),
    ]

    static let unitColumns = [
        LedgerColumn("id", "单位编号", .id, aliases: idAliases),
        LedgerColumn("name", "单位", .text, aliases: ["单位名称"]),
        LedgerColumn("shortName", "简称", .text),
        LedgerColumn("kind", "类型", .vocabulary(.unitKind)),
        LedgerColumn("sortOrder", "排序", .integer),
    ]

    static let personColumns = [
        LedgerColumn("id", "人员编号", .id, aliases: idAliases),
        LedgerColumn("name", "姓名", .text),
        LedgerColumn("unit", "单位", .reference(.unit)),
        LedgerColumn("title", "职务", .text),
        LedgerColumn("mobile", "手机", .text, aliases: ["手机号", "手机号码"]),
        LedgerColumn("login", "账号", .text),
        LedgerColumn("role", "角色", .vocabulary(.role)),
    ]

    static let rosterColumns = [
        LedgerColumn("id", "编号", .id, aliases: ["AB角编号", "id", "code"]),
        LedgerColumn("unit", "单位", .reference(.unit)),
        LedgerColumn("duty", "事项", .text),
        LedgerColumn("a", "A角", .reference(.person)),
        LedgerColumn("b", "B角", .reference(.person)),
    ]
}
