/// The ranking 通报: the units in order with every part of their score, and the 后进 named with the parts in which
/// they fell furthest short, as Markdown (the document officials circulate; `rank --format md|docx`).
public struct RankingNotice: Sendable {
    public var zoneName: String
    public var asOf: Day
    public var scores: [UnitScore]
    public var settings: Settings
    /// Lines after the document's closing rule: the chain head the figures were read at.
    public var footer: [String] = []

    public init(zoneName: String, asOf: Day, scores: [UnitScore], settings: Settings) {
        self.zoneName = zoneName
        self.asOf = asOf
        self.scores = scores
        self.settings = settings
    }

    /// The parts of a score with their weights, in the order the ranking prints them.
    func parts(_ score: UnitScore, _ lang: Lang) -> [(name: String, points: Int, weight: Int)] {
        let points =
            [score.schedule, score.start, score.issues, score.visits, score.attraction]
            + (settings.weightBenefits > 0 ? [score.benefits] : [])
        return zip(partNames(lang), points).map { ($0.0.name, $0.1, $0.0.weight) }
    }

    /// The benefits part only when the store weights it (`Settings.weightBenefits`), so that a zone which does not
    /// score benefits prints no column of zeros.
    func partNames(_ lang: Lang) -> [(name: String, weight: Int)] {
        [
            (lang.text(.noticePartPlan), settings.weightSchedule), (lang.text(.noticePartStart), settings.weightStart),
            (lang.text(.noticePartIssues), settings.weightIssues), (lang.text(.noticePartVisits), settings.weightVisits),
            (lang.text(.noticePartAttraction), settings.weightAttraction),
        ]
            + (settings.weightBenefits > 0 ? [(lang.text(.noticePartBenefits), settings.weightBenefits)] : [])
    }

    public func title(_ lang: Lang) -> String {
        let zone = zoneName.trimmingSpaces
        return zone.isEmpty ? lang.text(.noticeTitleWithoutZone) : lang.text(.noticeTitle, zone)
    }

    public func markdown(_ lang: Lang) -> String {
        func cell(_ s: String) -> String { Sanitizer.display(s).replacingAll("|", with: "\\|") }
        let ranked = scores.filter { $0.rank > 0 }
        var out = "# " + Sanitizer.display(title(lang)) + "\n\n"
        out += lang.text(.noticeIntroduction, asOf.iso)
        out += lang.text(.noticeRankingHeading)
        let names = partNames(lang)
        out +=
            "| " + [lang.text(.columnRank), lang.text(.columnUnit), lang.text(.noticeColumnTotal)].joined(separator: " | ")
            + " | " + names.map { "\($0.name) \($0.weight)" }.joined(separator: " | ") + " | " + lang.text(.noticeColumnDeducted) + " |\n"
        out += "|---:|---|---:|" + String(repeating: "---:|", count: names.count + 1) + "\n"
        for score in ranked {
            let name = cell(score.stats.unit.displayName) + (score.isLagging ? lang.text(.noticeLaggingMark) : "")
            out +=
                "| \(score.rank) | \(name) | \(pointsText(score.total)) | "
                + parts(score, lang).map { pointsText($0.points) }.joined(separator: " | ")
                + " | \(pointsText(score.deductions)) |\n"
        }
        out += "\n"
        out += lang.text(.noticeLaggingHeading)
        let lagging = ranked.filter(\.isLagging)
        if lagging.isEmpty { out += lang.text(.noticeNoLaggingUnit) }
        for score in lagging {
            let short = parts(score, lang).filter { $0.points < $0.weight * 100 }
                .sorted { ($0.weight * 100 - $0.points) > ($1.weight * 100 - $1.points) }.prefix(2)
                .map { lang.text(.noticePartPoints, $0.name, pointsText($0.points), $0.weight) }
            let deducted = score.deductions
            let reasons = short + (deducted > 0 ? [lang.text(.noticePointsDeducted, pointsText(deducted))] : [])
            out += lang.text(
                .noticeLaggingUnit, cell(score.stats.unit.displayName), score.rank, pointsText(score.total),
                reasons.joined(separator: lang.text(.listSeparator)))
        }
        let unranked = scores.filter { $0.rank == 0 }
        if !unranked.isEmpty {
            out +=
                "\n" + lang.text(.noticeUnranked)
                + unranked.map { cell($0.stats.unit.displayName) }.joined(separator: lang.text(.listSeparator)) + lang.text(.sentenceEnd)
        }
        if !footer.isEmpty { out += "\n---\n\n" + footer.map { Sanitizer.display($0) + "\n" }.joined() }
        return out
    }
}
