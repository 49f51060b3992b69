import Foundation
import FrontlineCore

/// The readable source of the bundled sample (`data/sample-source/`, described in its README.md): the
/// settings, four ledgers in the columns `frontline import` reads, and the dated events that make up the
/// sample's history.
public struct SampleSource {
    /// The settings file: one `field,value` row per setting.
    static let settingsFile = "settings.csv"
    /// The ledgers, in the order they may be imported (each refers to the ones before).
    static let ledgerFiles: [(file: String, kind: LedgerKind)] = [
        ("units.csv", .units), ("people.csv", .people), ("roster.csv", .roster), ("projects.csv", .projects),
    ]
    /// The event files; at the same minute, events are replayed in this order.
    static let eventFiles = [
        "imports.csv", "absences.csv", "visits.csv", "issues.csv", "meetings.csv", "decisions.csv", "handling.csv", "urges.csv", "escalations.csv",
        "instructions.csv", "procedures.csv", "progress.csv", "edits.csv", "squads.csv", "leads.csv", "publications.csv",
        "bulletins.csv",
    ]

    public let directory: String
    /// Every file, parsed, by name.
    let tables: [String: SourceTable]
    /// The ledgers' text, for the importer.
    let ledgerTexts: [String: String]

    public init(directory: String) throws(SampleError) {
        self.directory = directory
        var tables: [String: SourceTable] = [:], texts: [String: String] = [:]
        for file in [SampleSource.settingsFile] + SampleSource.ledgerFiles.map(\.file) + SampleSource.eventFiles {
            let path = directory + "/" + file
            guard let data = FileManager.default.contents(atPath: path) else { throw SampleError(path, "cannot read the file") }
            guard let text = String(data: data, encoding: .utf8) else { throw SampleError(path, "not UTF-8") }
            tables[file] = try SourceTable(file: file, text: text)
            texts[file] = text
        }
        self.tables = tables
        ledgerTexts = texts.filter { name, _ in SampleSource.ledgerFiles.contains { $0.file == name } }
    }

    func table(_ file: String) -> SourceTable { tables[file]! }
}
