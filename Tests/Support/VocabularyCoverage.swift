import FrontlineCore

/// For stores meant to show everything (the bundled sample, generated stores): which closed vocabularies a
/// board does not use every value of.
public enum VocabularyCoverage {
    /// The names of the vocabularies with a value no record has (empty when every value occurs), with the values.
    public static func missing(in board: Board) -> [String] {
        func check<E: DomainEnum>(_ name: String, _ used: [E]) -> String? {
            let absent = E.allCases.filter { !used.contains($0) }
            return absent.isEmpty ? nil : "\(name): \(absent.map(\.rawValue).joined(separator: "/"))"
        }
        return [
            check("stage", board.projects.map(\.stage)),
            check("status", board.issues.map(\.status)),
            check("category", board.issues.map(\.category)),
            check("source", board.issues.map(\.source)),
            check("urgency", board.issues.map(\.urgency)),
            check("role", board.people.map(\.role)),
            check("unit kind", board.units.map(\.unitKind)),
            check("visit mode", board.visits.map(\.mode)),
        ].compactMap { $0 }
    }
}
