/// A calendar month, the period of the 招商引资成绩 (`2026-11`).
public struct AttractionMonth: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "invalid month")
        self.year = year
        self.month = month
    }

    public init(containing day: Day) { self.init(year: day.year, month: day.month) }

    /// Parses `YYYY-MM`.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), (1...9999).contains(y), (1...12).contains(m)
        else { return nil }
        self.init(year: y, month: m)
    }

    public var first: Day { Day(year, month, 1)! }
    public var last: Day { Day(year, month, Day.daysIn(month: month, year: year))! }
    public func contains(_ day: Day?) -> Bool { day.map { first <= $0 && $0 <= last } ?? false }
    public var previous: AttractionMonth { AttractionMonth(containing: first.adding(days: -1)) }

    /// `2026-11`: also the id of its published results (`PublishedReport`), beside the half-months' `2026-11-2`.
    public var text: String { String(first.iso.prefix(7)) }

    /// `2026年11月` / `2026-11`.
    public func label(_ lang: Lang) -> String { lang.text(.attractionMonthLabel, year, month, text) }

    /// A month may be published once it has ended: on its last day the figures can still change.
    public func hasEnded(by today: Day) -> Bool { last < today }

    public static func < (a: AttractionMonth, b: AttractionMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

/// One unit's 招商引资成绩 for a month: the month's plan (the unit's annual attraction plan ÷ 12), what was done (the
/// expected investment of the leads signed in the month), and how many leads were signed and landed in it.
public struct AttractionRow: Hashable, Sendable, FieldValue {
    public var unit: String
    public var plan: Money
    public var done: Money
    public var signed: Int
    public var landed: Int
    /// The leads behind the figures: signed or landed in the month.
    public var leads: [String]

    public init(unit: String, plan: Money, done: Money, signed: Int, landed: Int, leads: [String]) {
        self.unit = unit
        self.plan = plan
        self.done = done
        self.signed = signed
        self.landed = landed
        self.leads = leads
    }

    /// done ÷ plan, exactly; nil without a plan.
    public var rate: Ratio? { Ratio.share(done, of: plan) }

    public init(json: JSONValue) throws(FieldError) {
        let shape = FieldError(Phrase(.fieldExpectedAttractionRow))
        guard case .object(let members) = json else { throw shape }
        var unit: String?, plan: Money?, done: Money?, signed: Int?, landed: Int?, leads: [String] = []
        for member in members {
            switch member.key {
            case "unit": unit = try String(json: member.value)
            case "plan": plan = try Money(json: member.value)
            case "done": done = try Money(json: member.value)
            case "signed": signed = try Int(json: member.value)
            case "landed": landed = try Int(json: member.value)
            case "leads": leads = try [String](json: member.value)
            default: throw shape
            }
        }
        guard let unit, let plan, let done, let signed, let landed else { throw shape }
        guard Limits.counts.contains(signed), Limits.counts.contains(landed) else { throw FieldError.outside(Limits.counts) }
        self.init(unit: unit, plan: plan, done: done, signed: signed, landed: landed, leads: leads)
    }

    public var json: JSONValue {
        .object([
            JSONMember("unit", .string(unit)), JSONMember("plan", plan.json), JSONMember("done", done.json),
            JSONMember("signed", .int(signed)), JSONMember("landed", .int(landed)), JSONMember("leads", leads.json),
        ])
    }
}

/// The monthly 招商引资成绩 (每月公布招商引资成绩): a row per unit with a plan or with a lead signed or landed in the
/// month, in the official listing order. Live from the leads until an administrator publishes it; then it is frozen
/// (`PublishedReport.attraction`) and later changes to leads no longer change it (docs/domain-rules.md, "招商").
public struct AttractionResults: Sendable {
    public var month: AttractionMonth
    public var rows: [AttractionRow]
    /// When published: the frozen rows, and the day.
    public var publishedOn: Day?

    public init(month: AttractionMonth, rows: [AttractionRow], publishedOn: Day? = nil) {
        self.month = month
        self.rows = rows
        self.publishedOn = publishedOn
    }

    /// The month's plan of a unit: its annual attraction plan ÷ 12, rounded half up to the fen.
    public static func monthlyPlan(_ unit: Unit) -> Money {
        guard let annual = unit.attractionPlan else { return .zero }
        return Money(hundredths: Int64(Ratio(Int128(annual.hundredths), 12).rounded(decimals: 0)))
    }

    /// The month's figures from the leads as they stand on `board`.
    public static func live(_ month: AttractionMonth, board: Board) -> AttractionResults {
        var byUnit: [String: AttractionRow] = [:]
        for unit in board.units {
            byUnit[unit.id] = AttractionRow(unit: unit.id, plan: monthlyPlan(unit), done: .zero, signed: 0, landed: 0, leads: [])
        }
        for lead in board.leads {
            let signed = month.contains(lead.signedOn), landed = month.contains(lead.landedOn)
            guard signed || landed, byUnit[lead.unit] != nil else { continue }
            if signed {
                byUnit[lead.unit]!.signed += 1
                byUnit[lead.unit]!.done += lead.investment
            }
            if landed { byUnit[lead.unit]!.landed += 1 }
            byUnit[lead.unit]!.leads.append(lead.id)
        }
        let rows = board.units.rows.sorted { ($0.sortOrder, $0.id) < ($1.sortOrder, $1.id) }
            .compactMap { byUnit[$0.id] }
            .filter { $0.plan > .zero || !$0.leads.isEmpty }
        return AttractionResults(month: month, rows: rows)
    }

    /// As published when it is, else live.
    public static func of(_ month: AttractionMonth, board: Board) -> AttractionResults {
        if let published = board.reports[id: month.text], let rows = published.attraction {
            return AttractionResults(month: month, rows: rows, publishedOn: published.meta.updatedAt?.day)
        }
        return live(month, board: board)
    }

    /// The month's 后进 (docs/domain-rules.md, "招商"): of the units with a plan that fell short of it (rate under 100%),
    /// the `count` lowest rates, lowest first; equal rates in the official listing order (the rows' order). A unit that
    /// met its plan is never named, so fewer (or none) are named when fewer fell short.
    public func lagging(count: Int) -> [AttractionRow] {
        let short = rows.enumerated().compactMap { offset, row -> (offset: Int, rate: Ratio, row: AttractionRow)? in
            guard let rate = row.rate, rate < Ratio(1, 1) else { return nil }
            return (offset, rate, row)
        }
        return Array(short.sorted { ($0.rate, $0.offset) < ($1.rate, $1.offset) }.prefix(max(0, count)).map(\.row))
    }

    /// The 后进 named in one line: `北海街道（完成 0.0%）、新城街道（完成 76.0%）` (`short`: `北海街道 0.0%、新城街道 76.0%`); nil
    /// when none.
    public func laggingText(count: Int, board: Board, _ lang: Lang, short: Bool = false) -> String? {
        let lagging = lagging(count: count)
        guard !lagging.isEmpty else { return nil }
        return lagging.map {
            lang.text(
                short ? .attractionLaggingUnitShort : .attractionLaggingUnit, board.units[id: $0.unit]?.displayName ?? $0.unit, percentText($0.rate))
        }
        .joined(separator: lang.text(.listSeparator))
    }

    public var totalPlan: Money { rows.reduce(.zero) { $0 + $1.plan } }
    public var totalDone: Money { rows.reduce(.zero) { $0 + $1.done } }
    public var totalSigned: Int { rows.reduce(0) { $0 + $1.signed } }
    public var totalLanded: Int { rows.reduce(0) { $0 + $1.landed } }

    /// `潍坊高新区招商引资成绩（2026年10月）`.
    public func title(zone: String, _ lang: Lang) -> String {
        lang.text(.attractionResultsTitle, zone.trimmingSpaces, month.label(lang))
    }

    /// The table as the document published: Markdown, with the leads behind the figures.
    public func markdown(board: Board, _ lang: Lang, footer: [String] = []) -> String {
        func cell(_ s: String) -> String { Sanitizer.display(s).replacingAll("|", with: "\\|") }
        func unitName(_ id: String) -> String { cell(board.units[id: id]?.displayName ?? id) }
        var out = "# " + cell(title(zone: board.settings.zoneName, lang)) + "\n\n"
        out += lang.text(.attractionResultsIntro, month.first.iso, month.last.iso) + "\n\n"
        out +=
            "| "
            + [
                lang.text(.columnUnit), lang.text(.attractionColumnPlan), lang.text(.attractionColumnDone), lang.text(.attractionColumnRate),
                lang.text(.attractionColumnSigned), lang.text(.attractionColumnLanded),
            ].joined(separator: " | ") + " |\n"
        out += "|---|---:|---:|---:|---:|---:|\n"
        for row in rows {
            out += "| \(unitName(row.unit)) | \(row.plan.text) | \(row.done.text) | \(percentText(row.rate)) | \(row.signed) | \(row.landed) |\n"
        }
        out +=
            "| \(lang.text(.attractionTotal)) | \(totalPlan.text) | \(totalDone.text) | \(percentText(Ratio.share(totalDone, of: totalPlan))) | \(totalSigned) | \(totalLanded) |\n\n"
        out += lang.text(.attractionLaggingHeading) + "\n\n"
        if let lagging = laggingText(count: board.settings.laggingCount, board: board, lang) {
            out += lang.text(.attractionLaggingRule, board.settings.laggingCount) + cell(lagging) + "\n\n"
        } else {
            out += lang.text(.attractionLaggingNone) + "\n\n"
        }
        let leads = rows.flatMap(\.leads).compactMap { board.leads[id: $0] }
        out += lang.text(.attractionLeadsHeading) + "\n\n"
        if leads.isEmpty { out += lang.text(.attractionNoLeadsInMonth) + "\n" }
        for lead in leads {
            var what: [String] = []
            if month.contains(lead.signedOn) { what.append(lang.text(.attractionSignedOn, lead.signedOn!.iso)) }
            if month.contains(lead.landedOn) { what.append(lang.text(.attractionLandedOn, lead.landedOn!.iso, lead.project ?? "")) }
            out +=
                "- \(lead.id) \(cell(lead.name))（\(unitName(lead.unit))）：" + what.joined(separator: lang.text(.reasonSeparator))
                + lang.text(.attractionLeadFigures, lead.investment.text, lead.output.text, lead.tax.text, lead.jobs) + "\n"
        }
        if !footer.isEmpty { out += "\n---\n\n" + footer.map(cell).joined(separator: "\n") + "\n" }
        return out
    }

    /// The table as CSV: the same rows, figures as numbers.
    public func csv(board: Board, _ lang: Lang) -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
        }
        var out =
            [
                "unit", lang.text(.columnUnit), lang.text(.attractionColumnPlan), lang.text(.attractionColumnDone), lang.text(.attractionColumnRate),
                lang.text(.attractionColumnSigned), lang.text(.attractionColumnLanded),
            ].map(field).joined(separator: ",") + "\n"
        for row in rows {
            out +=
                [
                    row.unit, board.units[id: row.unit]?.displayName ?? row.unit, row.plan.text, row.done.text, percentText(row.rate),
                    "\(row.signed)", "\(row.landed)",
                ].map { field(Sanitizer.display($0)) }.joined(separator: ",") + "\n"
        }
        return out
    }

    /// The record that freezes it: a `PublishedReport` with the month as its id and the rows beside the text.
    public func published(board: Board, lang: Lang, asOf: Day, footer: [String]) -> PublishedReport {
        var record = PublishedReport(id: month.text)
        record.asOf = asOf
        record.lang = lang.rawValue
        record.markdown = markdown(board: board, lang, footer: footer)
        record.csv = csv(board: board, lang)
        record.attraction = rows
        return record
    }
}

extension Board {
    /// The published months of `year` whose results were frozen on this board, oldest first.
    public func publishedAttraction(year: Int) -> [(month: AttractionMonth, rows: [AttractionRow])] {
        reports.rows.compactMap { report in
            guard let rows = report.attraction, let month = AttractionMonth(text: report.id), month.year == year else { return nil }
            return (month, rows)
        }.sorted { $0.month < $1.month }
    }

    /// The squad's leads, and a unit's.
    public func leads(ofSquad squad: String) -> [Lead] { leads.rows.filter { $0.squad == squad } }

    /// The lead that became `project`, if one did.
    public func lead(landedAs project: String) -> Lead? { leads.rows.first { $0.project == project } }
}
