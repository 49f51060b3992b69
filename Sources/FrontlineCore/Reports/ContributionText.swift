/// A person's contribution as text, figure by figure with the records behind each: what `frontline people --explain`
/// prints and the board's contribution screen shows.
public enum ContributionText {
    /// The heading and one section per figure: `走访 12 次` and a line per visit.
    public static func sections(_ c: Contribution, index: BoardIndex, lang: Lang) -> [(title: String, lines: [(record: String, text: String)])] {
        Contribution.Kind.allCases.map { kind in
            let items = c.items(kind)
            let title =
                lang.text(kind.titleKey, c.total(kind))
                + (kind.hasDeadline && c.total(kind) > 0 ? lang.text(.contributionOnTime, c.onTime(kind)) : "")
            return (
                title,
                items.map { item in
                    let late = item.onTime == false ? lang.text(.contributionLate) : ""
                    return (item.record, "\(item.day.iso)  \(label(item, index: index))  \(item.text)\(late)")
                }
            )
        }
    }

    /// The record of an item as people know it: `P-005 半导体封装测试基地项目`, `I-0045`, `新城街道 项目服务`, `B-001`.
    static func label(_ item: Contribution.Item, index: BoardIndex) -> String {
        switch item.kind {
        case .visits: "\(item.record) \(index.projectName(item.record))"
        case .coveringDays:
            index.board.duties[id: item.record].map { "\(index.unitName($0.unit)) \($0.duty) ×\(item.amount)" } ?? item.record
        case .resolved, .actedAsB, .instructionsAnswered, .attraction: item.record
        }
    }

    /// The whole explanation as plain text.
    public static func explanation(_ c: Contribution, index: BoardIndex, lang: Lang) -> String {
        var out = lang.text(.contributionOf, index.personName(c.person), c.from.iso, c.to.iso) + "\n"
        for section in sections(c, index: index, lang: lang) {
            out += "\n" + section.title + "\n"
            for line in section.lines { out += "  " + Sanitizer.display(line.text) + "\n" }
        }
        return out
    }
}

extension Contribution.Kind {
    var titleKey: TextKey {
        switch self {
        case .visits: .contributionVisits
        case .resolved: .contributionResolved
        case .coveringDays: .contributionCoveringDays
        case .actedAsB: .contributionActedAsB
        case .instructionsAnswered: .contributionInstructions
        case .attraction: .contributionAttraction
        }
    }

    /// Whether its items are on time or late.
    var hasDeadline: Bool { self == .resolved || self == .instructionsAnswered }
}
