/// What a progress update (进展填报) does beyond the numbers typed, said before and recorded after saving:
/// it replaces this half-month's earlier report, or it moves progress or investment backwards.
///
/// The board shows the notes while the form is filled in; the planner writes `journalNote` into the
/// journal entry's summary, so the replacement and a step backwards stay on the record.
public struct ProgressReview: Sendable {
    /// This period's report the update replaces, if one was posted already.
    public var replaces: ProgressReport?
    /// 形象进度 going down: from → to.
    public var pctDown: (from: Int, to: Int)?
    /// Year-to-date investment going down: from → to.
    public var ytdDown: (from: Money, to: Money)?

    public init(project: Project, earlier: ProgressReport?, draft: ProgressDraft) {
        replaces = earlier
        if let pct = draft.pct, pct < project.progressPct { pctDown = (project.progressPct, pct) }
        if let ytd = draft.ytd, ytd < project.ytd { ytdDown = (project.ytd, ytd) }
    }

    /// Whether there is anything to say.
    public var isEmpty: Bool { replaces == nil && pctDown == nil && ytdDown == nil }

    /// One sentence per note, for the form (`personName` turns a person id into a name).
    public func notes(_ lang: Lang, personName: (String) -> String) -> [String] {
        var notes: [String] = []
        if let earlier = replaces {
            let who = personName(earlier.reportedBy)
            let text = earlier.text.isEmpty ? "" : lang.text(.periodAlreadyReportedNote, earlier.text)
            notes.append(
                lang.text(
                    .periodAlreadyReported, earlier.period.label(lang), earlier.reportedOn.iso, who, earlier.progressPct, earlier.ytd.text, text))
        }
        if let down = pctDown {
            notes.append(lang.text(.noteProgressGoesBack, down.from, down.to))
        }
        if let down = ytdDown {
            notes.append(lang.text(.noteInvestmentGoesBack, down.from.text, down.to.text))
        }
        return notes
    }

    /// The note in the journal entry's summary (Chinese, like every summary), empty when there is none.
    public var journalNote: String {
        var parts: [String] = []
        if let earlier = replaces { parts.append("替换本期 \(earlier.reportedOn.iso) 的填报（\(earlier.progressPct)%）") }
        if let down = pctDown { parts.append("形象进度由 \(down.from)% 降为 \(down.to)%") }
        if let down = ytdDown { parts.append("本年累计完成由 \(down.from.text) 降为 \(down.to.text) 万元") }
        return parts.joined(separator: "；")
    }

}
