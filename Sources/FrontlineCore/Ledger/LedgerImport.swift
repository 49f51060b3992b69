/// A ledger file read into rows, ready for the planner: which file columns are which ledger columns,
/// and each data row's cells under them with its Excel row number.
///
/// Nothing here looks at the board: values and references are checked when planning, under the
/// store's lock, against the latest records.
public struct LedgerImport: Sendable, Hashable {
    /// A file column that is a ledger column.
    public struct Column: Sendable, Hashable {
        /// The ledger column's English key.
        public var key: String
        /// The header as written in the file.
        public var header: String
        /// Position in the file, from 0 (A).
        public var index: Int

        public init(key: String, header: String, index: Int) {
            self.key = key
            self.header = header
            self.index = index
        }
    }

    public var kind: LedgerKind
    /// The file's name, for messages and the journal summary.
    public var source: String
    public var columns: [Column]
    /// Headers that name no column of this ledger (such as 序号); their cells are not read.
    public var ignored: [Column]
    public var rows: [LedgerRow]

    public init(kind: LedgerKind, source: String, columns: [Column], ignored: [Column] = [], rows: [LedgerRow]) {
        self.kind = kind
        self.source = source
        self.columns = columns
        self.ignored = ignored
        self.rows = rows
    }

    /// Maps a CSV table's header to the ledger's columns and keeps its non-empty rows.
    ///
    /// Refused as a whole when there is no header, when no header names a column of this ledger, when two
    /// headers name the same column, or when a row has text beyond the last header.
    public init(kind: LedgerKind, source: String, table: CSVTable) throws(LedgerError) {
        var problems: [LedgerProblem] = []
        guard let header = table.records.first, header.contains(where: { !$0.trimmingSpaces.isEmpty }) else {
            throw .problems([
                LedgerProblem(
                    row: table.firstRow, column: nil, header: nil, Phrase(.ledgerNoHeader, "\(table.firstRow)"))
            ])
        }
        var columns: [Column] = [], ignored: [Column] = []
        var seen: [String: Column] = [:]
        let definitions = kind.columns
        for (index, text) in header.enumerated() {
            let column = Column(key: "", header: text.trimmingSpaces, index: index)
            guard !column.header.isEmpty else { continue }
            guard let definition = definitions.first(where: { $0.matches(header: text) }) else {
                ignored.append(column)
                continue
            }
            if let first = seen[definition.key] {
                problems.append(
                    LedgerProblem(
                        row: table.firstRow, column: index, header: column.header,
                        Phrase(.ledgerSameColumnTwice, "\(LedgerProblem.letter(first.index))", "\(first.header)", definition.name)))
                continue
            }
            var mapped = column
            mapped.key = definition.key
            seen[definition.key] = mapped
            columns.append(mapped)
        }
        if columns.isEmpty {
            let expected = definitions.map(\.zh).joined(separator: "、")
            problems.append(
                LedgerProblem(
                    row: table.firstRow, column: nil, header: nil,
                    Phrase(.ledgerNoKnownColumn, .key(kind.labelKey), "\(expected)", "\(definitions.map(\.key).joined(separator: ", "))")))
        }
        var rows: [LedgerRow] = []
        for (offset, record) in table.records.enumerated().dropFirst() {
            let number = offset + table.firstRow
            for (index, cell) in record.enumerated() where index >= header.count || header[index].trimmingSpaces.isEmpty {
                guard !cell.trimmingSpaces.isEmpty else { continue }
                problems.append(
                    LedgerProblem(
                        row: number, column: index, header: nil,
                        Phrase(.ledgerColumnWithoutHeader)))
            }
            let cells = columns.map { $0.index < record.count ? record[$0.index] : "" }
            if cells.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            rows.append(LedgerRow(number: number, cells: cells))
        }
        if !problems.isEmpty { throw .problems(problems) }
        self.init(kind: kind, source: source, columns: columns, ignored: ignored, rows: rows)
    }

    /// The position of a ledger column in `columns` (and so in every row's `cells`).
    public func position(of key: String) -> Int? { columns.firstIndex { $0.key == key } }
}

/// One data row of a ledger file: its Excel row number and its cells under `LedgerImport.columns`.
public struct LedgerRow: Sendable, Hashable {
    public var number: Int
    public var cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }
}
