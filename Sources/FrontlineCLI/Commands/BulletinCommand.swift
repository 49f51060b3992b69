import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline bulletin new|list`: 通报, the 绩考办's praise or criticism of a unit (docs/domain-rules.md, "通报").
struct BulletinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin", abstract: "通报: praise (表扬) or criticism (批评) of a unit by the 绩考办 (administrators); issue one, list them.",
        subcommands: [BulletinNew.self, BulletinList.self])
}

struct BulletinNew: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Issue a 通报 of a unit (administrators); it stays on the record: not edited, deleted or undone.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The unit (id or name).") var unit: String
    @Option(help: "表扬 or 批评 (praise, criticism).") var kind: String
    @Option(help: "The period it concerns: a half-month YYYY-MM-1|2 or a month YYYY-MM.") var period: String
    @Option(help: "The reason: what the unit did, or failed to do.") var reason: String
    @Option(help: "The day it was issued, when recorded afterwards: YYYY-MM-DD or -days; default today.") var date: String?

    func run() throws {
        let session = try Session.open(global)
        let draft = BulletinDraft(
            verdict: try vocabulary(BulletinVerdict.self, kind, option: "--kind"),
            unit: try session.resolve(.unit, unit, option: "--unit"), period: period, reason: reason,
            date: try date.map { try session.day($0, option: "--date", from: session.changeDay) })
        report(try session.perform(.issueBulletin(draft)), session)
    }
}

struct BulletinList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The 通报 issued, newest first.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this unit's (id or name).") var unit: String?
    @Option(help: "Only 表扬 or 批评 (praise, criticism).") var kind: String?
    @OptionGroup var output: FormatOption

    func run() throws {
        let session = try Session.open(global)
        let board = session.board
        let lang = session.lang
        let unit = try self.unit.map { try session.resolve(.unit, $0, option: "--unit") }
        let kind = try self.kind.map { try vocabulary(BulletinVerdict.self, $0, option: "--kind") }
        let rows = board.bulletins.rows
            .filter { (unit == nil || $0.unit == unit) && (kind == nil || $0.verdict == kind) && $0.date <= session.today }
            .sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        let columns: [Column<Bulletin>] = [
            Column("id", .listingId, text: { $0.id }),
            Column("date", .listingBulletinDate, text: { $0.date.iso }),
            Column("kind", .listingKind, text: { $0.verdict.label(lang) }, json: { .string($0.verdict.rawValue) }),
            Column("unit", .listingUnit, text: { board.units[id: $0.unit]?.displayName ?? $0.unit }, json: { .string($0.unit) }),
            Column("period", .listingPeriodConcerned, text: { $0.periodLabel(lang) }, json: { .string($0.period) }),
            Column("reason", .listingReason, maxWidth: 40, text: { $0.reason }),
            Column("issuer", .listingIssuedBy, text: { board.people[id: $0.issuer]?.name ?? $0.issuer }, json: { .string($0.issuer) }),
        ]
        session.context.console.write(Listing.render(rows, columns, format: output.format, lang: lang))
    }
}
