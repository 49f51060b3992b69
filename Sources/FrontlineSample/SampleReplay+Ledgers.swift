import FrontlineCore

extension SampleReplay {
    /// Imports a ledger as `frontline import` does (one change: every row or none), then sets the columns the
    /// import does not read (the file's other headers name the store's fields) by one edit per record, at the
    /// same minute and by the same person. Every ledger names its records in an `id` column.
    mutating func importLedger(_ file: String, _ kind: LedgerKind, _ event: SampleEvent) throws(SampleError) {
        let text = source.ledgerTexts[file]!
        let table: CSVTable, ledger: LedgerImport
        do {
            table = try CSVReader.parse(text)
        } catch {
            throw SampleError("\(file):\(error.row)", error.reason(.en))
        }
        do {
            ledger = try LedgerImport(kind: kind, source: file, table: table)
        } catch {
            throw SampleError(file, error.message(.en, file: file))
        }
        try plan(.importLedger(ledger), event)
        let others = ledger.ignored.map(\.header)
        guard !others.isEmpty else { return }
        for row in source.table(file).rows {
            let fields = others.compactMap { name in row.optional(name).map { (name: name, text: $0) } }
            guard !fields.isEmpty else { continue }
            var edit = event
            edit.place = row.place
            try self.edit(try row.required("id"), fields, edit)
        }
    }
}
