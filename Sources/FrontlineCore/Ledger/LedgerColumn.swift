/// One column of a ledger (docs/command-line.md, "CSV ledgers"): the Chinese header officials use, the English key
/// (accepted as a header too, and the key of JSON export), the record field and how its text reads. A field's column
/// is declared with the field (`Field.inLedger`); the id column, which is no field, by its ledger (`LedgerKind`).
public struct LedgerColumn: Sendable, Hashable {
    /// The English key: `code`, `name`, `planStart` …
    public let key: String
    /// The Chinese header: 项目编号, 项目名称, 计划开工 …
    public let zh: String
    /// The column in a message: its Chinese header, or its English key in another language.
    var name: Phrase.Value { .vocabulary(name: zh, english: key) }
    /// Other headers accepted on import.
    public let aliases: [String]
    /// The record field it fills; `id` for the id column.
    public let field: String
    /// How its text reads; nil for the id column (项目编号, 问题编号 …: empty means "new" or "match by name").
    public let input: InputKind?

    init(_ key: String, _ zh: String, field: String, _ input: InputKind?, aliases: [String]) {
        self.key = key
        self.zh = zh
        self.field = field
        self.input = input
        self.aliases = aliases
    }

    /// Whether the cell holds free text from data, which export guards against formulas and import unguards.
    var isFreeText: Bool {
        switch input {
        case nil, .text?, .reference?: true
        default: false
        }
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

/// The ledgers of docs/command-line.md, one per kind of record.
public enum LedgerKind: String, CaseIterable, Sendable, Hashable {
    case projects, issues, units, people, roster, squads, leads
    /// 领导批示 (批示台账): existing ones read back unchanged, new ones (a backlog from a workbook) created 待反馈.
    case instructions
    /// 调度会 (调度会台账): the meetings without their decisions, which only `meeting decide` records.
    case meetings
    /// 通报 (通报台账): existing ones read back unchanged, new ones issued as `bulletin new` would.
    case bulletins

    public var recordKind: RecordKind {
        switch self {
        case .projects: .project
        case .issues: .issue
        case .units: .unit
        case .people: .person
        case .roster: .duty
        case .instructions: .instruction
        case .meetings: .meeting
        case .squads: .squad
        case .leads: .lead
        case .bulletins: .bulletin
        }
    }

    /// 项目台账, projects ledger …
    public func label(_ lang: Lang) -> String { lang[labelKey] }

    /// The catalog text that names the ledger (for a `Phrase`).
    public var labelKey: TextKey {
        switch self {
        case .projects: .ledgerProjects
        case .issues: .ledgerIssues
        case .units: .ledgerUnits
        case .people: .ledgerPeople
        case .roster: .ledgerRoster
        case .instructions: .ledgerInstructions
        case .meetings: .ledgerMeetings
        case .squads: .ledgerSquads
        case .leads: .ledgerLeads
        case .bulletins: .ledgerBulletins
        }
    }

    /// The columns in export order: the id column, then the fields that have a column (`Field.inLedger`) in stored
    /// order. Units, people and the roster lead with an id column that docs/command-line.md does not list: import
    /// accepts files without it (then records are matched by name), export writes it so that a file read back
    /// names the same records.
    public var columns: [LedgerColumn] { [idColumn] + recordKind.fields.compactMap(\.ledger) }

    static let idAliases = ["编号", "id", "code"]

    var idColumn: LedgerColumn {
        switch self {
        case .projects: LedgerColumn("code", "项目编号", field: "id", nil, aliases: LedgerKind.idAliases)
        case .issues: LedgerColumn("code", "问题编号", field: "id", nil, aliases: LedgerKind.idAliases)
        case .units: LedgerColumn("id", "单位编号", field: "id", nil, aliases: LedgerKind.idAliases)
        case .people: LedgerColumn("id", "人员编号", field: "id", nil, aliases: LedgerKind.idAliases)
        case .roster: LedgerColumn("id", "编号", field: "id", nil, aliases: ["AB角编号", "id", "code"])
        case .instructions: LedgerColumn("code", "批示编号", field: "id", nil, aliases: LedgerKind.idAliases)
        case .meetings: LedgerColumn("code", "会议编号", field: "id", nil, aliases: LedgerKind.idAliases)
        case .squads: LedgerColumn("id", "小分队编号", field: "id", nil, aliases: LedgerKind.idAliases)
        case .leads: LedgerColumn("code", "线索编号", field: "id", nil, aliases: LedgerKind.idAliases)
        case .bulletins: LedgerColumn("code", "通报编号", field: "id", nil, aliases: LedgerKind.idAliases)
        }
    }
}
