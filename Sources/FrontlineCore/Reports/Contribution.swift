/// What one person did over a period, for 评先树优 and promotion reviews (docs/domain-rules.md, "Contribution"): each
/// figure is a list of the records behind it, so that a number can be traced and challenged.
public struct Contribution: Sendable, Equatable {
    /// The kinds of work counted, in the order they are printed.
    public enum Kind: String, CaseIterable, Sendable {
        /// Visits (走访) the person made, on site or otherwise.
        case visits
        /// Issues the person asked to close (申请办结) that stayed resolved; `onTime` when by the original due date.
        case resolved
        /// Days the person covered as B while their A was away (每段离岗, counted once however many duties).
        case coveringDays
        /// Handling steps the person took as B for an absent A.
        case actedAsB
        /// 领导批示 the person responded to; `onTime` when by the instruction's due date.
        case instructionsAnswered
        /// 招商: leads of a 小分队 the person leads or belongs to that were signed (签约) or landed (落地) in the period.
        case attraction
    }

    /// One record behind a figure.
    public struct Item: Sendable, Equatable {
        public var kind: Kind
        /// The record Enter opens: a project (visits), an issue (resolved, acted as B), a duty (covering), an instruction,
        /// a lead (attraction).
        public var record: String
        public var day: Day
        /// How much it adds: days for covering, 1 otherwise.
        public var amount = 1
        public var onTime: Bool?
        /// What the line says, in the store's words (the visit's note, the issue's title, the absence's span).
        public var text: String
    }

    public var person: String
    public var from: Day
    public var to: Day
    public var items: [Item]

    /// The figure of `kind`: the sum of its items' amounts.
    public func total(_ kind: Kind) -> Int { items.reduce(0) { $0 + ($1.kind == kind ? $1.amount : 0) } }

    /// Of `kind`'s items, those on time.
    public func onTime(_ kind: Kind) -> Int { items.reduce(0) { $0 + ($1.kind == kind && $1.onTime == true ? 1 : 0) } }

    public func items(_ kind: Kind) -> [Item] { items.filter { $0.kind == kind } }

    /// Whether anything was counted.
    public var isEmpty: Bool { items.isEmpty }
}

extension BoardIndex {
    /// `person`'s contribution from `from` to `to`, both included, on the board as it stands.
    public func contribution(of person: String, from: Day, to: Day) -> Contribution {
        let span = from...to
        var items: [Contribution.Item] = []
        for visit in board.visits where visit.visitors.contains(person) && span.contains(visit.date) {
            items.append(.init(kind: .visits, record: visit.project, day: visit.date, text: visit.note))
        }
        for issue in board.issues where issue.status == .pendingVerification || issue.status == .closed {
            // The 申请办结 that stuck: the last one (an earlier one was returned).
            guard let last = issue.log.last(where: { $0.action == IssueAction.resolve.rawValue }),
                last.by == person, span.contains(last.at.day)
            else { continue }
            items.append(.init(kind: .resolved, record: issue.id, day: last.at.day, onTime: last.at.day <= issue.originalDue, text: issue.title))
        }
        for issue in board.issues {
            for entry in issue.log where entry.by == person && entry.actingFor != nil && span.contains(entry.at.day) {
                items.append(.init(kind: .actedAsB, record: issue.id, day: entry.at.day, text: "\(entry.action) \(issue.title)"))
            }
        }
        var covered = Set<String>()
        for duty in board.duties where duty.b == person {
            for absence in absences(of: duty.a) where absence.from <= to && from <= absence.to && !covered.contains(absence.id) {
                // An absence is counted once for the B, on the first of their duties it covers.
                let first = max(absence.from, from), last = min(absence.to, to)
                let days = (first.ordinal...last.ordinal).filter { duty.isValid(on: Day(ordinal: $0)) }.count
                guard days > 0 else { continue }
                covered.insert(absence.id)
                items.append(
                    .init(
                        kind: .coveringDays, record: duty.id, day: first, amount: days,
                        text: "\(personName(duty.a)) \(first.iso)～\(last.iso)"))
            }
        }
        for instruction in board.instructions where instruction.respondedBy == person {
            guard let at = instruction.respondedAt, span.contains(at.day) else { continue }
            items.append(
                .init(
                    kind: .instructionsAnswered, record: instruction.id, day: at.day, onTime: at.day <= instruction.due,
                    text: instruction.text))
        }
        for lead in board.leads {
            guard let squad = lead.squad.flatMap({ board.squads[id: $0] }), squad.everyone.contains(person) else { continue }
            for (stage, day) in [(LeadStage.signed, lead.signedOn), (.landed, lead.landedOn)] {
                guard let day, span.contains(day) else { continue }
                items.append(.init(kind: .attraction, record: lead.id, day: day, text: "\(stage.rawValue) \(lead.name)"))
            }
        }
        items.sort {
            (Contribution.Kind.allCases.firstIndex(of: $0.kind)!, $0.day, $0.record) < (
                Contribution.Kind.allCases.firstIndex(of: $1.kind)!, $1.day, $1.record
            )
        }
        return Contribution(person: person, from: from, to: to, items: items)
    }

    /// Every person with something counted from `from` to `to`, in the units' listing order, then by id.
    public func contributions(from: Day, to: Day) -> [Contribution] {
        let order = Dictionary(uniqueKeysWithValues: board.units.rows.map { ($0.id, $0.sortOrder) })
        return board.people.rows
            .sorted { (order[$0.unit] ?? Int.max, $0.unit, $0.id) < (order[$1.unit] ?? Int.max, $1.unit, $1.id) }
            .map { contribution(of: $0.id, from: from, to: to) }
            .filter { !$0.isEmpty }
    }
}
