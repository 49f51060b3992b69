import FrontlineCore

/// One CSV file of the sample's source (`data/sample-source/README.md`): a header naming the columns, then
/// one row per record or event. Read with the core's CSV reader, the one `frontline import` uses.
struct SourceTable {
    let file: String
    let header: [String]
    let rows: [SourceRow]

    init(file: String, text: String) throws(SampleError) {
        let table: CSVTable
        do {
            table = try CSVReader.parse(text)
        } catch {
            throw SampleError("\(file):\(error.row)", error.reason(.en))
        }
        guard let header = table.records.first, !header.allSatisfy(\.isEmpty) else { throw SampleError(file, "no header in row 1") }
        self.file = file
        self.header = header.map { $0.trimmingSpaces }
        var rows: [SourceRow] = []
        for (offset, record) in table.records.enumerated().dropFirst() where !record.allSatisfy({ $0.trimmingSpaces.isEmpty }) {
            let place = "\(file):\(offset + 1)"
            guard record.count <= header.count else { throw SampleError(place, "more cells than the header has columns") }
            var cells: [String: String] = [:]
            for (index, cell) in record.enumerated() { cells[self.header[index]] = cell }
            rows.append(SourceRow(place: place, cells: cells))
        }
        self.rows = rows
    }

    /// Refuses a file without one of the columns its rows are read by.
    func require(_ columns: [String]) throws(SampleError) {
        for column in columns where !header.contains(column) { throw SampleError(file, "no column '\(column)'") }
    }
}

/// One row of a source file: its cells by column, and its place for messages.
struct SourceRow {
    /// `visits.csv:12` (the row as a spreadsheet numbers it: the header is row 1).
    let place: String
    let cells: [String: String]

    /// The cell's text without surrounding spaces ("" when empty or when the file has no such column).
    func text(_ column: String) -> String { cells[column]?.trimmingSpaces ?? "" }

    /// The cell's text, nil when empty.
    func optional(_ column: String) -> String? {
        let value = text(column)
        return value.isEmpty ? nil : value
    }

    func required(_ column: String) throws(SampleError) -> String {
        guard let value = optional(column) else { throw SampleError(place, "\(column) is empty") }
        return value
    }

    /// A comma-separated list of ids (`M-031,M-033`).
    func list(_ column: String) -> [String] {
        text(column).split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    func day(_ column: String) throws(SampleError) -> Day {
        let value = try required(column)
        guard let day = Day(iso: value) else { throw SampleError(place, "\(column) '\(value)' is not a date YYYY-MM-DD") }
        return day
    }

    func optionalDay(_ column: String) throws(SampleError) -> Day? {
        optional(column) == nil ? nil : try day(column)
    }

    func int(_ column: String) throws(SampleError) -> Int {
        let value = try required(column)
        guard let n = Int(value) else { throw SampleError(place, "\(column) '\(value)' is not a whole number") }
        return n
    }

    func money(_ column: String) throws(SampleError) -> Money {
        let value = try required(column)
        guard let money = Money(value) else { throw SampleError(place, "\(column) '\(value)' is not an amount in 万元") }
        return money
    }

    /// A value of a closed vocabulary by its Chinese name (`现场`, `办理中` …).
    func vocabulary<E: DomainEnum>(_ column: String, _ type: E.Type) throws(SampleError) -> E {
        let value = try required(column)
        guard let parsed = E(rawValue: value) else { throw SampleError(place, "\(column) '\(value)' is not one of \(E.choices)") }
        return parsed
    }

    /// The moment in `at`: `2026-10-29 13:15`, local time in the sample's zone.
    func moment(utcOffset: Int) throws(SampleError) -> Timestamp {
        let value = try required("at")
        let parts = value.split(separator: " ")
        let sign = utcOffset < 0 ? "-" : "+"
        let minutes = abs(utcOffset) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        guard parts.count == 2, parts[1].count == 5,
            let at = Timestamp(iso: "\(parts[0])T\(parts[1]):00\(sign)\(two(minutes / 60)):\(two(minutes % 60))")
        else {
            throw SampleError(place, "at '\(value)' is not a time YYYY-MM-DD HH:MM")
        }
        return at
    }
}
