import Foundation
import FrontlineCore
import FrontlineStore

/// The briefing as text for a terminal or a login banner (docs/command-line.md, "brief"): a heading, a line of
/// counts, then each part with its lines. Without `all` it fits `rows` lines (24, a classic terminal): every part
/// that has something keeps its heading and at least one line, the rest is shared out in turn, and a last line
/// says how many were left out. Colour only when asked (stdout is a terminal and NO_COLOR is not set).
struct BriefText {
    let brief: Brief
    let index: BoardIndex
    let lang: Lang
    let color: Bool
    /// Display columns of a line.
    var width = 80

    /// A part: its heading, the ANSI colour of the heading, its items (an item is one line, or two: its second
    /// line is its note, indented).
    struct Part {
        var title: String
        var color: String
        var lines: [String]
    }

    var parts: [Part] {
        let b = brief
        var parts: [Part] = []
        func add(_ title: String, _ color: String, _ lines: [String]) {
            if !lines.isEmpty { parts.append(Part(title: lang.text(.briefPartTitle, title, lines.count), color: color, lines: lines)) }
        }
        add(lang[.briefUrged], Self.red, b.urged.map(urged))
        add(lang[.briefInstructionsToRespond], Self.red, b.instructionsToRespond.map(toRespond))
        add(lang[.briefInstructionResponses], Self.bold, b.instructionResponses.map(response))
        add(lang[.briefLateSteps], Self.red, b.lateSteps.map(lateStep))
        add(lang[.briefEscalated], Self.red, b.escalated.map { issue($0, $0.escalation!.reason.text(lang)) })
        add(lang[.briefOverdue], Self.red, b.overdue.map { issue($0, lang.text(.briefOverdueDays, $0.daysOverdue)) })
        add(
            lang.text(.briefDueSoon, index.board.settings.dueSoonDays), Self.yellow,
            b.dueSoon.map { issue($0, lang.text(.briefDueOn, $0.issue.due.iso)) })
        add(lang[.briefToSign], Self.bold, b.toSign.map { issue($0, index.unitName($0.issue.unit)) })
        add(lang[.briefToVerify], Self.bold, b.toVerify.map { issue($0, index.unitName($0.issue.unit)) })
        add(lang[.briefToApprove], Self.bold, b.toApprove.map(request))
        add(lang[.briefCovering], Self.bold, b.covering.map(cover))
        add(lang.text(.briefUnvisited, index.board.settings.visitDays), Self.yellow, b.unvisited.map(project))
        add(lang[.briefCadreDue], Self.yellow, b.cadreDue.map(cadre))
        add(lang[.briefChanges], Self.bold, b.changes.map(change))
        return parts
    }

    /// The text, ending with a newline; `rows` lines at most unless `all`.
    func render(all: Bool, rows: Int = 24) -> String {
        let parts = parts
        let counts = parts.map(\.title).joined(separator: " · ")
        let me = brief.person
        var out = [
            paint(lang.text(.briefHeading, me.name, index.unitName(me.unit), brief.today.iso), Self.bold),
            fit(counts),
        ]
        var shown = parts.map { all ? $0.lines.count : 0 }
        if !all {
            // Heading, counts, a heading per part and the "more" line are fixed; lines are dealt out in turn.
            // An item of two lines (a 催办 and its note, a duty and its handover) costs two.
            var left = rows - out.count - parts.count - 1
            var dealt = true
            while dealt {
                dealt = false
                for i in parts.indices where shown[i] < parts[i].lines.count {
                    let cost = Self.lineCount(parts[i].lines[shown[i]])
                    guard cost <= left else { continue }
                    shown[i] += 1
                    left -= cost
                    dealt = true
                }
            }
        }
        for (i, part) in parts.enumerated() {
            out.append(paint(part.title, part.color))
            for item in part.lines.prefix(shown[i]) {
                let lines = item.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                out.append("  " + fit(lines[0], columns: width - 2))
                out += lines.dropFirst().map { "      " + fit($0, columns: width - 6) }
            }
        }
        let hidden = zip(parts, shown).reduce(0) { $0 + $1.0.lines.count - $1.1 }
        if hidden > 0 {
            out.append(lang.text(.briefMore, hidden))
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func lineCount(_ item: String) -> Int { item.reduce(1) { $0 + ($1 == "\n" ? 1 : 0) } }

    private func issue(_ row: IssueRow, _ tail: String) -> String {
        let mark = row.issue.urgeCount > 0 ? lang.text(.briefUrgeMark, row.issue.urgeCount) : ""
        return "\(row.issue.id)  \(TextLayout.pad(TextLayout.fit(row.issue.title, columns: 30), columns: 30))  \(tail)\(mark)"
    }

    private func urged(_ item: Brief.Urged) -> String {
        let latest = item.urges[0]
        let new = item.isNew ? lang[.briefNew] : ""
        let when = String(latest.at.iso.dropFirst(5).prefix(11)).replacingOccurrences(of: "T", with: " ")
        return "\(new)\(item.row.issue.id)  \(TextLayout.fit(item.row.issue.title, columns: 24))  "
            + lang.text(.briefUrgedTimes, item.urges.count)
            + "\n" + lang.text(.briefWhoSaid, when, index.personName(latest.by), latest.note)
    }

    /// A pending 申请延期: the issue, the date asked for, and on a second line who asked and why.
    private func request(_ row: IssueRow) -> String {
        guard let line = row.issue.pendingExtensionRequest else { return issue(row, "") }
        let asked = line.due?.iso ?? "—"
        return issue(row, lang.text(.briefExtensionAsked, row.issue.due.iso, asked))
            + "\n" + lang.text(.briefWhoSaid, index.unitName(row.issue.unit), index.personName(line.by), line.note)
    }

    /// An instruction to respond to: its id, text, and when the response is due (or how late it is), then who gave it.
    private func toRespond(_ item: Instruction) -> String {
        let days = item.daysOverdue(today: brief.today)
        let when = days > 0 ? lang.text(.briefOverdueDays, days) : lang.text(.briefRespondBy, item.due.iso)
        return "\(item.id)  \(TextLayout.pad(TextLayout.fit(item.text, columns: 30), columns: 30))  \(when)"
            + "\n" + lang.text(.briefInstructionGiven, index.personName(item.leader), item.date.iso, item.issue ?? item.project ?? "")
    }

    /// A late 手续 step: the project, the step, how late and since when, and the issue raised if any.
    private func lateStep(_ item: Brief.LateStep) -> String {
        let late = item.step.lightText(today: brief.today, lang) + (item.step.planned.map { lang.text(.procedurePlannedSuffix, $0.iso) } ?? "")
        return "\(item.project.id)  \(TextLayout.pad(TextLayout.fit(item.project.name, columns: 20), columns: 20))  "
            + "\(TextLayout.pad(item.step.name, columns: 10))  \(late)" + (item.step.issue.map { "  → \($0)" } ?? "")
    }

    /// A response waiting for my 已落实: the instruction, then who responded and what.
    private func response(_ item: Instruction) -> String {
        "\(item.id)  \(TextLayout.pad(TextLayout.fit(item.text, columns: 30), columns: 30))  \(index.unitName(item.unit))"
            + "\n" + lang.text(.briefResponse, index.personName(item.respondedBy ?? ""), item.response ?? "")
    }

    private func cover(_ item: Brief.Cover) -> String {
        let duty = item.row.duty
        let who = index.personName(duty.a)
        let away = item.absence.map { lang.text(.briefAwayUntil, $0.reason.label(lang), $0.to.iso) } ?? ""
        let note = item.absence.map { index.handoverText(of: $0, lang: lang) } ?? ""
        return lang.text(.briefCoverDuty, index.unitName(duty.unit), duty.duty, who, away)
            + (note.isEmpty ? "" : "\n" + note)
    }

    private func project(_ row: ProjectRow) -> String {
        let since = row.daysSinceVisit.map { lang.text(.briefDaysSinceVisit, $0) } ?? lang[.briefNeverVisited]
        return "\(row.project.id)  \(TextLayout.pad(TextLayout.fit(row.project.name, columns: 30), columns: 30))  \(since)"
    }

    private func cadre(_ item: Brief.CadreDue) -> String {
        let missed =
            item.missedLastWeek
            ? lang[.briefCadreMissedLastWeek] : lang.text(.briefCadreVisitBy, item.week.sunday.iso, item.week.sunday.iso.dropFirst(5))
        return "\(item.project.id)  \(TextLayout.pad(TextLayout.fit(item.project.name, columns: 30), columns: 30))  \(missed)"
    }

    private func change(_ item: Brief.Change) -> String {
        "\(item.issue.id)  " + index.text(of: item.line, lang: lang)
    }

    private func fit(_ text: String, columns: Int? = nil) -> String {
        TextLayout.fit(Sanitizer.display(text), columns: columns ?? width)
    }

    private func paint(_ text: String, _ code: String) -> String {
        let safe = fit(text)
        return color ? "\u{1B}[\(code)m\(safe)\u{1B}[0m" : safe
    }

    static let red = "1;31", yellow = "1;33", bold = "1"
}
