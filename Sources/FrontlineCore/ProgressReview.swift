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
            let text = earlier.text.isEmpty ? "" : lang.pick("：\(earlier.text)", ": \(earlier.text)")
            notes.append(lang.pick(
                "本期（\(earlier.period.label(.zh))）已于 \(earlier.reportedOn.iso) 由\(who)填报（\(earlier.progressPct)%，本年累计 \(earlier.ytd.text) 万元\(text)）；保存将替换这份填报。",
                "This period (\(earlier.period.label(.en))) was reported on \(earlier.reportedOn.iso) by \(who) (\(earlier.progressPct)%, \(earlier.ytd.text) year to date\(text)); saving replaces that report."))
        }
        if let down = pctDown {
            notes.append(lang.pick("注意：形象进度由 \(down.from)% 降为 \(down.to)%，保存后将记入日志。",
                                   "Note: progress goes back from \(down.from)% to \(down.to)%; this is recorded in the log."))
        }
        if let down = ytdDown {
            notes.append(lang.pick("注意：本年累计完成由 \(down.from.text) 降为 \(down.to.text) 万元，保存后将记入日志。",
                                   "Note: the year-to-date investment goes back from \(down.from.text) to \(down.to.text); this is recorded in the log."))
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
