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
        let points = [score.schedule, score.start, score.issues, score.visits, score.attraction]
        return zip(partNames(lang), points).map { ($0.0.name, $0.1, $0.0.weight) }
    }

    func partNames(_ lang: Lang) -> [(name: String, weight: Int)] {
        [(lang.pick("序时进度", "plan"), settings.weightSchedule), (lang.pick("开工率", "start"), settings.weightStart),
         (lang.pick("问题办结", "issues"), settings.weightIssues), (lang.pick("现场走访", "visits"), settings.weightVisits),
         (lang.pick("招商引资", "attraction"), settings.weightAttraction)]
    }

    public func title(_ lang: Lang) -> String {
        let zone = zoneName.trimmingSpaces
        return lang.pick("关于\(zone)重点项目推进情况排名的通报", zone.isEmpty ? "Ranking of the units" : "\(zone): ranking of the units")
    }

    public func markdown(_ lang: Lang) -> String {
        func cell(_ s: String) -> String { Sanitizer.display(s).replacingAll("|", with: "\\|") }
        let ranked = scores.filter { $0.rank > 0 }
        var out = "# " + Sanitizer.display(title(lang)) + "\n\n"
        out += lang.pick("截至 \(asOf.iso)，按一线工作法考核办法，各单位重点项目推进情况排名如下（满分 100 分）。\n\n",
                         "As of \(asOf.iso), the units ranked by the front-line work method's scoring (100 points).\n\n")
        out += lang.pick("## 一、排名情况\n\n", "## 1. The ranking\n\n")
        let names = partNames(lang)
        out += "| " + [lang.pick("名次", "Rank"), lang.pick("单位", "Unit"), lang.pick("总分", "Total")].joined(separator: " | ")
            + " | " + names.map { "\($0.name) \($0.weight)" }.joined(separator: " | ") + " | " + lang.pick("扣分", "Deducted") + " |\n"
        out += "|---:|---|---:|" + String(repeating: "---:|", count: names.count + 1) + "\n"
        for score in ranked {
            let name = cell(score.stats.unit.displayName) + (score.isLagging ? lang.pick("（后进）", " (lagging)") : "")
            out += "| \(score.rank) | \(name) | \(pointsText(score.total)) | "
                + parts(score, lang).map { pointsText($0.points) }.joined(separator: " | ")
                + " | \(pointsText(score.reopenDeduction + score.redDeduction)) |\n"
        }
        out += "\n"
        out += lang.pick("## 二、后进单位\n\n", "## 2. Lagging units\n\n")
        let lagging = ranked.filter(\.isLagging)
        if lagging.isEmpty { out += lang.pick("本期无后进单位。\n", "No unit is lagging.\n") }
        for score in lagging {
            let short = parts(score, lang).filter { $0.points < $0.weight * 100 }
                .sorted { ($0.weight * 100 - $0.points) > ($1.weight * 100 - $1.points) }.prefix(2)
                .map { lang.pick("\($0.name) \(pointsText($0.points))/\($0.weight) 分", "\($0.name) \(pointsText($0.points))/\($0.weight)") }
            let deducted = score.reopenDeduction + score.redDeduction
            let reasons = short + (deducted > 0 ? [lang.pick("扣 \(pointsText(deducted)) 分", "\(pointsText(deducted)) deducted")] : [])
            out += lang.pick("- \(cell(score.stats.unit.displayName))：第 \(score.rank) 名，\(pointsText(score.total)) 分；失分主要在\(reasons.joined(separator: "、"))。\n",
                             "- \(cell(score.stats.unit.displayName)): rank \(score.rank), \(pointsText(score.total)) points; most points lost in \(reasons.joined(separator: ", ")).\n")
        }
        let unranked = scores.filter { $0.rank == 0 }
        if !unranked.isEmpty {
            out += "\n" + lang.pick("无可考核事项、未参加排名的单位：", "Units with nothing to measure, not ranked: ")
                + unranked.map { cell($0.stats.unit.displayName) }.joined(separator: lang.pick("、", ", ")) + lang.pick("。\n", ".\n")
        }
        if !footer.isEmpty { out += "\n---\n\n" + footer.map { Sanitizer.display($0) + "\n" }.joined() }
        return out
    }
}
