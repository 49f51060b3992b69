/// The 督办单 of one open issue: what the 绩考办 sends the unit that holds it, printed and filed (`frontline report
/// supervision ID`, docs/documents.md). It says what the matter is, who holds it, how late it is and at which 督办
/// level by which rule, what has been done (the handling log), what is required and by when, and leaves a box
/// for the unit's written reply.
public struct SupervisionSheet: Sendable {
    public var row: IssueRow
    public var zoneName: String
    /// The day the sheet is issued (its figures are as of this day).
    public var asOf: Day
    /// The day by which the unit must reply in writing.
    public var replyBy: Day
    /// Lines after the document's closing rule: the chain head the figures were read at.
    public var footer: [String] = []

    /// How long a unit has to reply by default: five days from the sheet.
    public static let defaultReplyDays = 5

    /// The sheet of `issue` as of `asOf`; refuses an issue that is closed or cancelled (there is nothing to urge).
    public init(issue: Issue, index: BoardIndex, asOf: Day, replyBy: Day?) throws(DomainError) {
        guard issue.status.isOpen else {
            throw .invalid(
                field: "status", Phrase(.sheetIssueNotOpen, "\(issue.id)", .label(issue.status)))
        }
        let replyBy = replyBy ?? asOf.adding(days: SupervisionSheet.defaultReplyDays)
        guard replyBy > asOf else {
            throw .invalid(
                field: "reply-by", Phrase(.sheetReplyNotAfter, "\(replyBy.iso)", "\(asOf.iso)"))
        }
        self.row = index.issueRow(issue, today: asOf)
        self.zoneName = index.board.settings.zoneName
        self.asOf = asOf
        self.replyBy = replyBy
        self.index = index
    }

    private let index: BoardIndex

    public func title(_ lang: Lang) -> String {
        let zone = zoneName.trimmingSpaces
        return zone.isEmpty ? lang.text(.sheetTitleWithoutZone) : lang.text(.sheetTitle, zone)
    }

    public func markdown(_ lang: Lang) -> String {
        func cell(_ s: String) -> String { Sanitizer.display(s).replacingAll("|", with: "\\|").replacingAll("\n", with: " ") }
        let issue = row.issue
        var out = "# " + cell(title(lang)) + "\n\n"
        out += lang.text(.sheetNumber, String(asOf.year), issue.id, asOf.iso) + "\n\n"

        out += "| " + lang.text(.sheetColumnItem) + " | " + lang.text(.sheetColumnContent) + " |\n|---|---|\n"
        var facts: [(TextKey, String)] = [(.sheetIssueId, issue.id)]
        if let project = issue.project { facts.append((.sheetProject, "\(project) \(index.projectName(project))")) }
        facts += [
            (.sheetIssueTitle, issue.title), (.sheetUnit, index.unitName(issue.unit)),
            (.sheetHolder, index.text(of: row.holder, lang: lang)),
            (.sheetLeader, issue.responsibleLeader.map(index.personName) ?? ""),
            (.sheetRaised, issue.raisedOn.iso), (.sheetDue, dueText(lang)), (.sheetStatus, issue.status.label(lang)),
            (.sheetOverdue, row.daysOverdue > 0 ? lang.text(.sheetDays, row.daysOverdue) : lang.text(.sheetNotOverdue)),
            (.sheetLevel, row.escalation.map { $0.reason.text(lang) } ?? lang.text(.sheetNoLevel)),
            (.sheetUrges, lang.text(.sheetTimes, issue.urgeCount)),
        ]
        for (key, value) in facts where !value.isEmpty { out += "| \(lang.text(key)) | \(cell(value)) |\n" }
        out += "\n"

        out += "## " + lang.text(.sheetSectionMatter) + "\n\n"
        out += cell(issue.description.trimmingSpaces.isEmpty ? issue.title : issue.description) + "\n\n"

        out += "## " + lang.text(.sheetSectionHandling) + "\n\n"
        let lines = issue.log.filter { $0.at.day <= asOf }
        if lines.isEmpty {
            out += lang.text(.sheetNoHandling) + "\n\n"
        } else {
            out +=
                "| " + [lang.text(.sheetColumnWhen), lang.text(.sheetColumnWho), lang.text(.sheetColumnStep)].joined(separator: " | ")
                + " |\n|---|---|---|\n"
            for line in lines {
                out += "| \(cell(index.time(of: line))) | \(cell(index.actor(of: line, lang: lang))) | \(cell(index.step(of: line, lang: lang))) |\n"
            }
            out += "\n"
        }

        out += "## " + lang.text(.sheetSectionRequirement) + "\n\n"
        out += lang.text(.sheetRequirement, cell(index.unitName(issue.unit)), replyBy.iso) + "\n\n"

        out += "## " + lang.text(.sheetSectionReply) + "\n\n"
        out += "| " + lang.text(.sheetColumnItem) + " | " + lang.text(.sheetColumnContent) + " |\n|---|---|\n"
        for key: TextKey in [.sheetReplyResult, .sheetReplySignedBy, .sheetReplyHead, .sheetReplyDate] {
            out += "| \(lang.text(key)) |   |\n"
        }
        if !footer.isEmpty { out += "\n---\n\n" + footer.map { Sanitizer.display($0) + "\n" }.joined() }
        return out
    }

    /// The due date, with the original one and the number of extensions when it was extended.
    private func dueText(_ lang: Lang) -> String {
        let issue = row.issue
        guard issue.extensions > 0, issue.originalDue != issue.due else { return issue.due.iso }
        return lang.text(.sheetDueExtended, issue.due.iso, issue.originalDue.iso, issue.extensions)
    }
}
