import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline report half-month`: the 半月报, live or as published.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports.",
        subcommands: [HalfMonthCommand.self, SupervisionSheetCommand.self, ReportWithdrawCommand.self, AttractionReportCommand.self])
}

struct HalfMonthCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, csv, docx, pdf }

    static let configuration = CommandConfiguration(
        commandName: "half-month",
        abstract: "The half-month report (半月报): overview, red/yellow projects and lagging units, issues by unit, next steps.",
        discussion:
            "Written in the store's document language (settings documentLanguage, set by init --document-lang); --lang reads a live report in another. A published period is frozen: it prints as it was published, whatever changed since."
    )
    @OptionGroup var global: GlobalOptions
    @Option(help: "The period: YYYY-MM-1 (days 1–15) or YYYY-MM-2 (16 to month end); default: the one containing today.") var period: String?
    @Option(
        help:
            "md (Markdown), csv, docx (a Word document for filing and printing) or pdf (the Word document printed by LibreOffice); docx and pdf need --output."
    ) var format: Format = .md
    @Option(help: "Write to this file instead of standard output.") var output: String?
    @Flag(help: "Publish and freeze this period's report (administrators).") var publish = false

    func run() throws {
        try DocumentOutput.check(format.rawValue, output: output)
        let session = try Session.open(global)
        let period = try HalfMonthCommand.period(period, session: session)
        if let frozen = session.board.reports[id: period.text] {
            if publish {
                throw CLIError(.problemsFound, .cliReportPublished, "\(period.text)", "\(frozen.meta.updatedAt?.day.iso ?? "")")
            }
            return try write(markdown: frozen.markdown, csv: frozen.csv, lang: Lang(rawValue: frozen.lang) ?? documentLanguage(session), session)
        }
        var report = HalfMonthReport(period: period, today: session.today, timeline: session.timeline)
        // The chain's head the figures were read at: a printed copy can later be checked against the store
        // (frontline log --verify --anchor), so a history rewritten since is caught (docs/security.md).
        let head = try session.store.head
        // A 半月报 is the zone's document: it is written in the store's document language; `--lang`
        // given explicitly reads a live one in another, but what is published is always the former.
        let documentLang = session.board.settings.documentLanguage
        if publish {
            var record = PublishedReport(id: period.text)
            record.asOf = report.asOf
            record.lang = documentLang.rawValue
            report.footer = HalfMonthCommand.footer(head, documentLang)
            record.markdown = report.markdown(documentLang)
            record.csv = report.csv(documentLang)
            try session.perform(.publishReport(record))
            return try write(markdown: record.markdown, csv: record.csv, lang: documentLang, session)
        }
        let lang = global.lang ?? documentLang
        report.footer = HalfMonthCommand.footer(head, lang)
        try write(markdown: report.markdown(lang), csv: report.csv(lang), lang: lang, session)
    }

    private func documentLanguage(_ session: Session) -> Lang { session.board.settings.documentLanguage }

    /// The report in the format asked for, to standard output or `--output`; a published report prints as it was
    /// published in every format.
    private func write(markdown: String, csv: String, lang: Lang, _ session: Session) throws {
        try DocumentOutput.write(markdown: markdown, csv: csv, format: format.rawValue, lang: lang, to: output, session)
    }

    /// The footer line that pins the history the report was made from.
    static func footer(_ head: ChainHead, _ lang: Lang) -> [String] {
        [lang.text(.logChainHead, head)]
    }

    static func period(_ text: String?, session: Session) throws -> Period {
        guard let text else { return Period(containing: session.today) }
        guard let period = Period(text: text) else {
            throw CLIError.usage(.cliPeriodExpected, "\(Sanitizer.display(text))")
        }
        guard Limits.dates.contains(period.first) else {
            let (low, high) = (Limits.dates.lowerBound.iso, Limits.dates.upperBound.iso)
            throw CLIError.usage(.cliOptionOutOfRange, "--period", "\(Sanitizer.display(text))", "\(low)", "\(high)")
        }
        return period
    }
}

/// `frontline rank`: the unit ranking with every part of each score.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank", abstract: "The unit ranking with its score breakdown; the bottom units are marked 后进.")
    /// A listing (table, json, csv), or the 通报 as a document (md, docx).
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv, md, docx, pdf }

    @OptionGroup var global: GlobalOptions
    @Option(help: "table, json or csv (the ranking), md, docx or pdf (the 通报 naming the 后进 units; docx and pdf need --output).") var format: Format =
        .table
    @Option(help: "Write to this file instead of standard output.") var output: String?
    @Option(help: "Rank as of the end of this period (YYYY-MM-1|2); default: today.") var period: String?
    @Option(help: "Explain one unit's score (id or name): every part with the records behind it.") var explain: String?

    func run() throws {
        try DocumentOutput.check(format.rawValue, output: output)
        let session = try Session.open(global)
        let asOf = try period.map { min(session.today, try HalfMonthCommand.period($0, session: session).last) } ?? session.today
        let index = session.index(asOf: asOf)
        let settings = index.board.settings
        let lang = session.lang
        if let explain {
            let unit = try session.resolve(.unit, explain, option: "--explain")
            guard let explanation = index.scoreExplanation(ofUnit: unit, today: asOf, lang: lang) else {
                throw CLIError.usage(.cliExplainNoUnit, "\(Sanitizer.display(explain))")
            }
            return session.write(explanation.text(lang))
        }
        let scores = Ranking.scores(index.unitStats(today: asOf), settings: settings)
        if format == .md || format == .docx || format == .pdf {
            var notice = RankingNotice(zoneName: settings.zoneName, asOf: asOf, scores: scores, settings: settings)
            let documentLang = global.lang ?? settings.documentLanguage
            notice.footer = HalfMonthCommand.footer(try session.store.head, documentLang)
            return try DocumentOutput.write(notice.markdown(documentLang), format: format.rawValue, lang: documentLang, to: output, session)
        }
        let listing: OutputFormat = format == .json ? .json : format == .csv ? .csv : .table
        func points(_ key: String, _ header: Phrase, _ value: @escaping (UnitScore) -> Int) -> Column<UnitScore> {
            Column(
                key, header, alignment: .right, unit: .listingUnitPoints, text: { pointsText(value($0)) }, json: { .number(pointsText(value($0))) })
        }
        let benefits =
            settings.weightBenefits > 0
            ? [points("benefits", Phrase(.listingBenefitsPoints, "\(settings.weightBenefits)"), \.benefits)] : []
        let columns: [Column<UnitScore>] =
            [
                Column(
                    "rank", .listingRank, alignment: .right, text: { $0.rank == 0 ? "—" : "\($0.rank)" },
                    json: { $0.rank == 0 ? .null : .int($0.rank) }),
                Column("unit", .listingUnit, text: { $0.stats.unit.displayName }),
                points("total", Phrase(.listingTotal), \.total),
                points("schedule", Phrase(.listingSchedulePoints, "\(settings.weightSchedule)"), \.schedule),
                points("start", Phrase(.listingStartPoints, "\(settings.weightStart)"), \.start),
                points("issues", Phrase(.listingIssuesPoints, "\(settings.weightIssues)"), \.issues),
                points("visits", Phrase(.listingVisitsPoints, "\(settings.weightVisits)"), \.visits),
                points("attraction", Phrase(.listingAttractionPoints, "\(settings.weightAttraction)"), \.attraction),
            ] + benefits + [
                points("deductions", Phrase(.listingDeducted), { $0.deductions }),
                Column("lagging", .listingLagging, text: { $0.isLagging ? lang.text(.rankLagging) : "" }, json: { .bool($0.isLagging) }),
            ]
        if listing == .table { session.write(lang.text(.rankTitle, asOf.iso)) }
        try DocumentOutput.write(Listing.render(scores, columns, format: listing, lang: lang), to: output, session)
    }
}
