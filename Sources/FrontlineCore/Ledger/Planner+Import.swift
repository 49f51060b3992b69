/// Importing a ledger: every row checked, one plan for the whole file, or one error listing every bad row.
extension Planner {
    /// Plans an import; administrators only. Throws `.problems` with every bad cell of every row when
    /// anything is wrong, so that nothing is written.
    public static func planImport(_ ledger: LedgerImport, on board: Board, context: PlanContext) throws(LedgerError) -> LedgerPlan {
        var planner = Planner(context: context, scratch: board)
        let rows = try planner.importRows(ledger)
        let plan = Plan(
            action: "import", summary: LedgerPlan.journalSummary(ledger, rows), actingFor: nil, undoes: nil,
            changes: planner.changes)
        return LedgerPlan(kind: ledger.kind, plan: plan, rows: rows)
    }

    /// `Intent.importLedger`: the same, with the refusal as a `DomainError`; an import that changes nothing
    /// is `.nothingChanged`.
    mutating func importLedger(_ ledger: LedgerImport) throws(DomainError) -> String {
        let rows: [LedgerRowOutcome]
        do {
            rows = try importRows(ledger)
        } catch {
            throw error.domainError(file: ledger.source)
        }
        if changes.isEmpty { throw .nothingChanged }
        return LedgerPlan.journalSummary(ledger, rows)
    }

    private mutating func importRows(_ ledger: LedgerImport) throws(LedgerError) -> [LedgerRowOutcome] {
        guard let person = context.actor.person else { throw .denied(.unknownAccount(context.actor.login)) }
        if let denial = Access.denial(.importLedger, by: context.actor, on: scratch) { throw .denied(denial) }
        // A 通报 is issued by those who may issue one with `bulletin new`.
        if ledger.kind == .bulletins, let denial = Access.denial(.issueBulletin, by: context.actor, on: scratch) { throw .denied(denial) }
        var importer = LedgerImporter(ledger: ledger, planner: self, me: person.id)
        importer.run()
        if !importer.problems.isEmpty { throw .problems(importer.problems.sorted()) }
        self = importer.planner
        return importer.outcomes
    }
}

/// What an import did with one row.
public struct LedgerRowOutcome: Sendable, Hashable {
    public enum Effect: Sendable, Hashable {
        case created
        /// The names of the fields that change.
        case changed([String])
        case unchanged
    }

    /// The Excel row.
    public var row: Int
    /// The record the row is about.
    public var id: String
    public var effect: Effect

    public init(row: Int, id: String, effect: Effect) {
        self.row = row
        self.id = id
        self.effect = effect
    }
}

/// An import planned: the one plan (one journal entry) and what became of every row.
public struct LedgerPlan: Sendable {
    public var kind: LedgerKind
    public var plan: Plan
    public var rows: [LedgerRowOutcome]

    public var created: Int { LedgerPlan.count(rows).created }
    public var changed: Int { LedgerPlan.count(rows).changed }
    public var unchanged: Int { LedgerPlan.count(rows).unchanged }

    /// `项目台账：新增 3，修改 2，未变 25`.
    public func summary(_ lang: Lang) -> String { LedgerPlan.summary(kind, rows, lang) }

    static func count(_ rows: [LedgerRowOutcome]) -> (created: Int, changed: Int, unchanged: Int) {
        var counts = (created: 0, changed: 0, unchanged: 0)
        for row in rows {
            switch row.effect {
            case .created: counts.created += 1
            case .changed: counts.changed += 1
            case .unchanged: counts.unchanged += 1
            }
        }
        return counts
    }

    static func summary(_ kind: LedgerKind, _ rows: [LedgerRowOutcome], _ lang: Lang) -> String {
        let (created, changed, unchanged) = count(rows)
        return lang.text(.importSummary, kind.label(lang), created, changed, unchanged)
    }

    /// The journal entry's summary (in Chinese, like every other): `导入 projects.csv 项目台账：新增 3，修改 2，未变 25`.
    static func journalSummary(_ ledger: LedgerImport, _ rows: [LedgerRowOutcome]) -> String {
        "导入 \(ledger.source) \(summary(ledger.kind, rows, .zh))"
    }
}
