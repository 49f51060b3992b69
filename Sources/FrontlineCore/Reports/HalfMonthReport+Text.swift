/// The half-month report as Markdown (the document officials circulate) and as CSV (for Excel).
extension HalfMonthReport {
    /// `潍坊高新区重点项目建设进展情况（2026年11月下半月）`; without a zone name, the title alone.
    public func title(_ lang: Lang) -> String {
        let zone = zoneName.trimmingSpaces
        return zone.isEmpty ? lang.text(.reportTitleWithoutZone, period.label(lang)) : lang.text(.reportTitle, zone, period.label(lang))
    }

    public func markdown(_ lang: Lang) -> String {
        func money(_ m: Money) -> String { lang.text(.amountIn10kCNY, m.text) }
        func cell(_ s: String) -> String { Sanitizer.display(s).replacingAll("|", with: "\\|") }
        var out = "# " + Sanitizer.display(title(lang)) + "\n\n"
        out += lang.text(.reportAsOfMarkdown, asOf.iso)

        out += lang.text(.reportOverviewMarkdown)
        let types = AnnualType.allCases.map { "\($0.label(lang)) \(byAnnualType[$0] ?? 0)" }.joined(separator: lang.text(.listSeparator))
        out += lang.text(.reportProjectsSupervised, projectCount, types)
        out += lang.text(.reportInvestment, money(total), money(plan), money(ytd), percentText(planRate))
        out += lang.text(.reportTimeElapsedTarget, money(target), percentText(targetRate))
        out += lang.text(.investedThisPeriod, money(periodDone))
        out += lang.text(.reportStartRate, startsDue, started, percentText(startRate))
        out += "\n\n"
        out += lang.text(.reportLights, lights[.red] ?? 0, lights[.yellow] ?? 0, lights[.green] ?? 0, lights[.gray] ?? 0)
        out += benefitsMarkdown(lang, cell: cell)

        out += lang.text(.reportLaggingMarkdown)
        for (heading, lines) in [(lang.text(.redProjects), red), (lang.text(.yellowProjects), yellow)] {
            out += "### \(heading)（\(lines.count)）\n\n"
            guard !lines.isEmpty else { out += lang.text(.reportNoneParagraph); continue }
            out += lang.text(.reportLightsTableHeader) + "|---|---|---|---|\n"
            for line in lines {
                let why = line.light.reasons.filter { $0.light == line.light.light }.map { $0.text(lang) }.joined(
                    separator: lang.text(.reasonSeparator))
                out += "| \(line.id) \(cell(line.name)) | \(cell(line.unit)) | \(cell(line.leader)) | \(cell(why)) |\n"
            }
            out += "\n"
        }
        out += lang.text(.reportLaggingUnitsMarkdown)
        if lagging.isEmpty {
            out += lang.text(.reportNoneParagraph)
        } else {
            out +=
                lagging.map { lang.text(.laggingUnitRankAndPoints, cell($0.stats.unit.displayName), $0.rank, pointsText($0.total)) }
                .joined(separator: lang.text(.listSeparator)) + "\n\n"
        }
        out += bulletinsMarkdown(lang, cell: cell)
        out += cadreWeeksMarkdown(lang, cell: cell)
        out += proceduresMarkdown(lang, cell: cell)

        out += lang.text(.reportIssuesMarkdown)
        out += lang.text(.reportIssuesTableHeader)
        out += "|---|---:|---:|---:|---:|---:|\n"
        for line in issues + [issueTotal] {
            let name = line.unit.isEmpty ? lang.text(.reportTotal) : cell(line.unit)
            out += "| \(name) | \(line.new) | \(line.resolved) | \(line.closed) | \(line.overdue) | \(percentText(line.onTimeRate)) |\n"
        }
        out += "\n"
        out += urgesMarkdown(lang, cell: cell)
        out += followUpsMarkdown(lang, cell: cell)
        out += escalationMarkdown(lang, cell: cell)
        out += instructionsMarkdown(lang, cell: cell)

        out += lang.text(.reportNextStepsMarkdown)
        if nextSteps.isEmpty { out += lang.text(.reportNoneLine) }
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
        func count(_ measure: TextKey, _ values: String...) -> String { lang.text(.csvCountColumn, lang.text(measure, values: values)) }
        func money(_ measure: TextKey) -> String { lang.text(.csvMoneyColumn, lang.text(measure)) }
        func percent(_ measure: TextKey) -> String { lang.text(.csvPercentColumn, lang.text(measure)) }
        var rows: [[String]] = [[title(lang)], [lang.text(.reportAsOf), asOf.iso], []]

        rows.append([lang.text(.reportOverview)])
        rows.append([lang.text(.columnMeasure), lang.text(.columnValue)])
        rows.append([count(.csvKeyProjectsSupervised), "\(projectCount)"])
        for type in AnnualType.allCases {
            rows.append([count(.csvAnnualType, type.label(lang)), "\(byAnnualType[type] ?? 0)"])
        }
        rows += [
            [money(.csvTotalInvestment), total.text],
            [money(.csvAnnualPlan), plan.text],
            [money(.csvDoneThisYear), ytd.text],
            [percent(.csvShareOfPlan), number(planRate)],
            [money(.csvDueByTimeElapsedTarget), target.text],
            [percent(.csvShareOfTargetDone), number(targetRate)],
            [money(.csvInvestedThisPeriod), periodDone.text],
            [count(.csvNewProjectsDueToStart), "\(startsDue)"],
            [count(.csvStarted), "\(started)"],
            [percent(.csvStartRate), number(startRate)],
        ]
        for light in [Light.red, .yellow, .green, .gray] {
            rows.append([count(.csvProjectsWithLight, light.label(lang)), "\(lights[light] ?? 0)"])
        }
        rows.append([])
        rows += benefitsCSV(lang)

        rows.append([lang.text(.reportLagging)])
        rows.append([
            lang.text(.columnLight), lang.text(.columnProjectId), lang.text(.columnProject),
            lang.text(.columnSupervisingUnit), lang.text(.columnLeader), lang.text(.columnWhy),
        ])
        for line in red + yellow {
            let why = line.light.reasons.filter { $0.light == line.light.light }.map { $0.text(lang) }.joined(separator: lang.text(.reasonSeparator))
            rows.append([line.light.light.label(lang), line.id, line.name, line.unit, line.leader, why])
        }
        rows.append([])
        rows.append([lang.text(.reportLaggingUnits)])
        rows.append([lang.text(.columnRank), lang.text(.columnUnit), lang.text(.columnPoints)])
        for score in lagging { rows.append(["\(score.rank)", score.stats.unit.displayName, pointsText(score.total)]) }
        rows.append([])
        rows += bulletinsCSV(lang)
        rows += cadreWeeksCSV(lang)
        rows += proceduresCSV(lang)

        rows.append([lang.text(.reportIssues)])
        rows.append([
            lang.text(.columnUnit), count(.csvIssuesNew), count(.csvIssuesResolved), count(.csvIssuesClosed),
            count(.csvIssuesOverdue), percent(.csvIssuesClosedOnTime),
        ])
        for line in issues + [issueTotal] {
            rows.append([
                line.unit.isEmpty ? lang.text(.reportTotal) : line.unit, "\(line.new)", "\(line.resolved)", "\(line.closed)",
                "\(line.overdue)", number(line.onTimeRate),
            ])
        }
        rows.append([])
        rows += urgesCSV(lang)
        rows += followUpsCSV(lang)
        rows += escalationCSV(lang)
        rows += instructionsCSV(lang)

        rows.append([lang.text(.reportNextSteps)])
        rows.append([lang.text(.columnProjectId), lang.text(.columnProject), lang.text(.columnNextSteps)])
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
