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
        out += urgesMarkdown(lang, cell: cell)

        out += lang.pick("## 四、下步工作\n\n", "## 4. Next steps\n\n")
        if nextSteps.isEmpty { out += lang.pick("无。\n", "None.\n") }
        for step in nextSteps {
            out += "- \(step.id) \(cell(step.name))：\(cell(step.text))\n"
        }
        if !footer.isEmpty { out += "\n---\n\n" + footer.map { Sanitizer.display($0) + "\n" }.joined() }
        return out
    }

    /// The report as CSV for Excel: the Markdown's tables one under the other, every column of them
    /// (section 二's reasons too), headers in `lang` with the unit in the header, numbers as numbers
    /// (a rate of 66.7% is the number 66.7 under "按时办结率（%）"), nothing where there is nothing to
    /// measure. Rows are padded to one width (RFC 4180).
    public func csv(_ lang: Lang) -> String {
        func number(_ rate: Ratio?) -> String { rate.map { ($0 * 100).text(decimals: 1) } ?? "" }
        func count(_ zh: String, _ en: String) -> String { lang.pick("\(zh)（个）", "\(en) (count)") }
        func money(_ zh: String, _ en: String) -> String { lang.pick("\(zh)（万元）", "\(en) (10k CNY)") }
        func percent(_ zh: String, _ en: String) -> String { lang.pick("\(zh)（%）", "\(en) (%)") }
        var rows: [[String]] = [[title(lang)], [lang.pick("截至", "As of"), asOf.iso], []]

        rows.append([lang.pick("一、总体情况", "1. Overview")])
        rows.append([lang.pick("指标", "Measure"), lang.pick("数值", "Value")])
        rows.append([count("纳入监测的重点项目", "Key projects supervised"), "\(projectCount)"])
        for type in AnnualType.allCases {
            rows.append([count(type.rawValue, "Annual type: \(type.english)"), "\(byAnnualType[type] ?? 0)"])
        }
        rows += [
            [money("总投资", "Total investment"), total.text],
            [money("年度计划投资", "Annual plan"), plan.text],
            [money("本年累计完成", "Done this year"), ytd.text],
            [percent("占年度计划", "Share of the plan"), number(planRate)],
            [money("按序时进度应完成", "Due by the time-elapsed target"), target.text],
            [percent("完成序时进度", "Share of the target done"), number(targetRate)],
            [money("本期完成投资", "Invested this period"), periodDone.text],
            [count("新开工项目应开工", "New projects due to start"), "\(startsDue)"],
            [count("已开工", "Started"), "\(started)"],
            [percent("开工率", "Start rate"), number(startRate)],
        ]
        for light in [Light.red, .yellow, .green, .gray] {
            rows.append([count("\(light.rawValue)灯", "Projects with a \(light.english) light"), "\(lights[light] ?? 0)"])
        }
        rows.append([])

        rows.append([lang.pick("二、红黄灯项目及滞后单位", "2. Red and yellow projects, lagging units")])
        rows.append([lang.pick("灯色", "Light"), lang.pick("项目编号", "Project id"), lang.pick("项目名称", "Project"),
                     lang.pick("帮包单位", "Unit"), lang.pick("帮包领导", "Leader"), lang.pick("原因", "Why")])
        for line in red + yellow {
            let why = line.light.reasons.filter { $0.light == line.light.light }.map { $0.text(lang) }.joined(separator: lang.pick("；", "; "))
            rows.append([line.light.light.label(lang), line.id, line.name, line.unit, line.leader, why])
        }
        rows.append([])
        rows.append([lang.pick("滞后单位", "Lagging units")])
        rows.append([lang.pick("名次", "Rank"), lang.pick("单位", "Unit"), lang.pick("得分（分）", "Points")])
        for score in lagging { rows.append(["\(score.rank)", score.stats.unit.displayName, pointsText(score.total)]) }
        rows.append([])

        rows.append([lang.pick("三、问题办理", "3. Issues")])
        rows.append([lang.pick("单位", "Unit"), count("本期新增", "New"), count("本期办结", "Resolved"), count("本期销号", "Closed"),
                     count("逾期未办结", "Overdue"), percent("按时办结率", "Closed on time")])
        for line in issues + [issueTotal] {
            rows.append([line.unit.isEmpty ? lang.pick("合计", "Total") : line.unit, "\(line.new)", "\(line.resolved)", "\(line.closed)",
                         "\(line.overdue)", number(line.onTimeRate)])
        }
        rows.append([])
        rows += urgesCSV(lang)

        rows.append([lang.pick("四、下步工作", "4. Next steps")])
        rows.append([lang.pick("项目编号", "Project id"), lang.pick("项目名称", "Project"), lang.pick("下步工作", "Next steps")])
        for step in nextSteps { rows.append([step.id, step.name, step.text]) }
        if !footer.isEmpty { rows += [[]] + footer.map { [$0] } }

        let width = rows.map(\.count).max() ?? 0
        let padded = rows.map { row in (row + Array(repeating: "", count: width - row.count)).map(LedgerCell.exportedText) }
        return String(decoding: CSVWriter.document(padded), as: UTF8.self)
    }
}

extension String {
    /// Every occurrence of `target` replaced.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
