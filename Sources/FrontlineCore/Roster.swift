/// Who holds what on a day: the AB roster, absences and unit heads. Small and cheap to build, so
/// that planning a save does not index the whole board.
public struct Roster: Sendable {
    private let absencesByPerson: [String: [Absence]]
    private let dutiesByUnit: [String: [Duty]]
    private let heads: [String: String]
    private let issueDutyName: String

    public init(_ board: Board) {
        absencesByPerson = Dictionary(grouping: board.absences.rows, by: \.person)
        dutiesByUnit = Dictionary(grouping: board.duties.rows, by: \.unit)
        var heads: [String: String] = [:]
        for unit in board.units.rows { if let head = unit.head { heads[unit.id] = head } }
        self.heads = heads
        issueDutyName = board.settings.issueDuty
    }

    public func isAbsent(_ person: String, on day: Day) -> Bool {
        absencesByPerson[person]?.contains { $0.covers(day) } ?? false
    }

    public func absences(of person: String) -> [Absence] { absencesByPerson[person] ?? [] }

    public func duties(of unit: String) -> [Duty] { dutiesByUnit[unit] ?? [] }

    /// Who holds a duty on `day`: A, unless A is away, then B; if both are away, the unit head
    /// (even if the head is away too: someone must answer; a unit without a head leaves it with A).
    public func holder(of duty: Duty, on day: Day) -> Holder {
        if !isAbsent(duty.a, on: day) { return Holder(person: duty.a, via: .a, actingFor: nil) }
        if !isAbsent(duty.b, on: day) { return Holder(person: duty.b, via: .b, actingFor: duty.a) }
        return Holder(person: heads[duty.unit] ?? duty.a, via: .head, actingFor: duty.a)
    }

    /// The duty of `unit` that issues are routed through: the one named in settings, else the unit's first.
    public func issueDuty(of unit: String, on day: Day) -> Duty? {
        let valid = duties(of: unit).filter { $0.isValid(on: day) }
        return valid.first { $0.duty == issueDutyName } ?? valid.first
    }

    /// Who is responsible for an issue on `day`: its named person (or, when they are away, whoever covers
    /// them in the issue's unit), else the effective holder of the unit's issue duty, else (no roster line
    /// in force that day) the unit head. nil only for a unit without a head and without a roster.
    public func responsible(for issue: Issue, on day: Day) -> Holder? {
        guard let person = issue.person, !person.isEmpty else {
            if let duty = issueDuty(of: issue.unit, on: day) { return holder(of: duty, on: day) }
            return heads[issue.unit].map { Holder(person: $0, via: .head, actingFor: nil) }
        }
        guard isAbsent(person, on: day) else { return Holder(person: person, via: .a, actingFor: nil) }
        let covering = duties(of: issue.unit).filter { $0.a == person && $0.isValid(on: day) }
        if let duty = covering.first(where: { $0.duty == issueDutyName }) ?? covering.first {
            return holder(of: duty, on: day)
        }
        return Holder(person: heads[issue.unit] ?? person, via: .head, actingFor: person)
    }
}
