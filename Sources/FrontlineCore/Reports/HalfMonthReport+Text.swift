/// The half-month report as Markdown (the document officials circulate) and as CSV (for Excel).
extension HalfMonthReport {
    /// `潍坊高新区重点项目建设进展情况（2026年11月下半月）`; without a zone name, the title alone.
    public func title(_ lang: Lang) -> String {
        let zone = zoneName.trimmingSpaces
        return lang.pick("\(zone)重点项目建设进展情况（\(period.label(.zh))）",
                         zone.isEmpty ? "Key projects: progress report, \(period.label(.en))" : "\(zone) key projects: progress report, \(period.label(.en))")
    }

    public func markdown(_ lang: Lang) -> String {
        func money(_ m: Money) -> String { lang.pick("\(m.text) 万元", "\(m.text) (10k CNY)") }
        func cell(_ s: String) -> String { Sanitizer.display(s).replacingAll("|", with: "\\|") }
        var out = "# " + Sanitizer.display(title(lang)) + "\n\n"
        out += lang.pick("截至 \(asOf.iso)\n\n", "As of \(asOf.iso)\n\n")

        out += lang.pick("## 一、总体情况\n\n", "## 1. Overview\n\n")
        let types = AnnualType.allCases.map { "\($0.label(lang)) \(byAnnualType[$0] ?? 0)" }.joined(separator: lang.pick("、", ", "))
        out += lang.pick("纳入监测的重点项目 \(projectCount) 个（\(types)）。", "\(projectCount) key projects are supervised (\(types)). ")
        out += lang.pick("总投资 \(money(total))，年度计划投资 \(money(plan))，本年累计完成 \(money(ytd))，占年度计划的 \(percentText(planRate))；",
                         "Total investment \(money(total)); annual plan \(money(plan)); done this year \(money(ytd)), \(percentText(planRate)) of the plan; ")
        out += lang.pick("按序时进度应完成 \(money(target))，完成序时进度的 \(percentText(targetRate))。",
                         "by the time-elapsed target \(money(target)) was due: \(percentText(targetRate)) of it done. ")
        out += lang.pick("本期完成投资 \(money(periodDone))。", "Invested this period: \(money(periodDone)). ")
        out += lang.pick("新开工项目应开工 \(startsDue) 个，已开工 \(started) 个，开工率 \(percentText(startRate))。",
                         "New projects due to start: \(startsDue); started: \(started); start rate \(percentText(startRate)).")
        out += "\n\n"
        out += lang.pick("灯色：红灯 \(lights[.red] ?? 0) 个，黄灯 \(lights[.yellow] ?? 0) 个，绿灯 \(lights[.green] ?? 0) 个，灰灯 \(lights[.gray] ?? 0) 个。\n\n",
                         "Lights: red \(lights[.red] ?? 0), yellow \(lights[.yellow] ?? 0), green \(lights[.green] ?? 0), gray \(lights[.gray] ?? 0).\n\n")

        out += lang.pick("## 二、红黄灯项目及滞后单位\n\n", "## 2. Red and yellow projects, lagging units\n\n")
        for (heading, lines) in [(lang.pick("红灯项目", "Red projects"), red), (lang.pick("黄灯项目", "Yellow projects"), yellow)] {
            out += "### \(heading)（\(lines.count)）\n\n"
            guard !lines.isEmpty else { out += lang.pick("无。\n\n", "None.\n\n"); continue }
            out += lang.pick("| 项目 | 帮包单位 | 帮包领导 | 原因 |\n", "| Project | Unit | Leader | Why |\n") + "|---|---|---|---|\n"
            for line in lines {
                let why = line.light.reasons.filter { $0.light == line.light.light }.map { $0.text(lang) }.joined(separator: lang.pick("；", "; "))
                out += "| \(line.id) \(cell(line.name)) | \(cell(line.unit)) | \(cell(line.leader)) | \(cell(why)) |\n"
            }
            out += "\n"
        }
        out += lang.pick("### 滞后单位\n\n", "### Lagging units\n\n")
        if lagging.isEmpty {
            out += lang.pick("无。\n\n", "None.\n\n")
        } else {
            out += lagging.map { lang.pick("\(cell($0.stats.unit.displayName))（第 \($0.rank) 名，\(pointsText($0.total)) 分）", "\(cell($0.stats.unit.displayName)) (rank \($0.rank), \(pointsText($0.total)) points)") }
                .joined(separator: lang.pick("、", ", ")) + "\n\n"
        }

        out += lang.pick("## 三、问题办理\n\n", "## 3. Issues\n\n")
        out += lang.pick("| 单位 | 本期新增 | 本期办结 | 本期销号 | 逾期未办结 | 按时办结率 |\n", "| Unit | New | Resolved | Closed | Overdue | Closed on time |\n")
        out += "|---|---:|---:|---:|---:|---:|\n"
        for line in issues + [issueTotal] {
            let name = line.unit.isEmpty ? lang.pick("合计", "Total") : cell(line.unit)
            out += "| \(name) | \(line.new) | \(line.resolved) | \(line.closed) | \(line.overdue) | \(percentText(line.onTimeRate)) |\n"
        }
        out += "\n"

        out += lang.pick("## 四、下步工作\n\n", "## 4. Next steps\n\n")
        if nextSteps.isEmpty { out += lang.pick("无。\n", "None.\n") }
        for step in nextSteps {
            out += "- \(step.id) \(cell(step.name))：\(cell(step.text))\n"
        }
        return out
    }

    /// One row per figure: section, subject, measure, value.
    public func csv(_ lang: Lang) -> String {
        var rows: [[String]] = [[lang.pick("部分", "section"), lang.pick("对象", "subject"), lang.pick("指标", "measure"), lang.pick("数值", "value")]]
        let overview = lang.pick("一、总体情况", "1. Overview")
        let whole = lang.pick("全区", "zone")
        rows += [
            [overview, whole, lang.pick("重点项目", "projects"), "\(projectCount)"],
            [overview, whole, lang.pick("总投资（万元）", "total (10k CNY)"), total.text],
            [overview, whole, lang.pick("年度计划（万元）", "annual plan (10k CNY)"), plan.text],
            [overview, whole, lang.pick("本年累计完成（万元）", "done this year (10k CNY)"), ytd.text],
            [overview, whole, lang.pick("序时进度应完成（万元）", "time-elapsed target (10k CNY)"), target.text],
            [overview, whole, lang.pick("完成序时进度", "share of target"), percentText(targetRate)],
            [overview, whole, lang.pick("本期完成投资（万元）", "invested this period (10k CNY)"), periodDone.text],
            [overview, whole, lang.pick("开工率", "start rate"), percentText(startRate)],
        ]
        for light in [Light.red, .yellow, .green, .gray] {
            rows.append([overview, whole, light.label(lang), "\(lights[light] ?? 0)"])
        }
        let section2 = lang.pick("二、红黄灯项目及滞后单位", "2. Red and yellow projects")
        for line in red + yellow {
            rows.append([section2, "\(line.id) \(line.name)", lang.pick("灯色", "light"), line.light.light.label(lang)])
        }
        for score in lagging {
            rows.append([section2, score.stats.unit.displayName, lang.pick("后进（得分）", "lagging (points)"), pointsText(score.total)])
        }
        let section3 = lang.pick("三、问题办理", "3. Issues")
        for line in issues + [issueTotal] {
            let name = line.unit.isEmpty ? lang.pick("合计", "total") : line.unit
            rows += [
                [section3, name, lang.pick("本期新增", "new"), "\(line.new)"],
                [section3, name, lang.pick("本期办结", "resolved"), "\(line.resolved)"],
                [section3, name, lang.pick("本期销号", "closed"), "\(line.closed)"],
                [section3, name, lang.pick("逾期未办结", "overdue"), "\(line.overdue)"],
                [section3, name, lang.pick("按时办结率", "closed on time"), percentText(line.onTimeRate)],
            ]
        }
        let section4 = lang.pick("四、下步工作", "4. Next steps")
        for step in nextSteps { rows.append([section4, "\(step.id) \(step.name)", lang.pick("下步工作", "next steps"), step.text]) }
        return String(decoding: CSVWriter.document(rows.map { $0.map(LedgerCell.exportedText) }), as: UTF8.self)
    }
}

extension String {
    /// Every occurrence of `target` replaced.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
