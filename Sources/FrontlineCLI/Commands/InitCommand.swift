import ArgumentParser
import FrontlineCore
import FrontlineStore

#if canImport(Glibc)
    import Glibc
#endif

/// `frontline init DIR [--group G | --guarded --admin LOGIN] [--sample]`: a new store and its first administrator.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a store; the account that runs this (or --admin) becomes its first administrator.")
    @OptionGroup var global: GlobalOptions
    @Argument(
        help: "The directory to create, or a PostgreSQL database as postgresql://… (default: the --data store). Missing parent directories are made.")
    var directory: String?
    @Option(help: "Share the store with this Unix group: the directory becomes setgid 2770.") var group: String?
    @Flag(help: "Make a guarded store (run as root): owned by the store account, reached only through the installed set-user-ID frontline.")
    var guarded = false
    @Option(help: "The login of the first administrator (default: the account running init; required with --guarded).") var admin: String?
    @Option(help: "The account that owns a guarded store.") var account = "frontline"
    @Flag(help: "Fill the store with the bundled sample data.") var sample = false
    @Option(help: "The zone's name, shown in the board's header and the 半月报's title (e.g. 潍坊高新区).") var zone: String?
    @Option(name: .customLong("document-lang"), help: "The language of the zone's documents (the 半月报): zh or en (default zh).")
    var documentLang: Lang?

    func run() throws {
        let context = CLIContext.current
        let lang = context.lang(global.lang)
        let path = directory.map(StoreAddress.init) ?? global.storeAddress(context)
        let sharing = try self.sharing()
        let login = admin ?? context.login
        var board = try sample ? SampleData.board() : Board()
        try InitCommand.apply(zone: zone, documentLang: documentLang, to: &board.settings)
        let name = admin == nil ? InitCommand.realName(uid: uid_t(context.uid)) ?? login : login
        let person = SampleData.makeAdministrator(&board, login: login, name: name)
        try context.stores.create(at: path, board: board, sharing: sharing)
        if person.role == .admin {
            context.console.write(lang.text(.initCreated, path, login))
        } else {
            let admins = board.people.rows.filter { $0.role == .admin }.map { "\($0.name)（\($0.login ?? "-")）" }.joined(separator: "、")
            context.console.write(
                Sanitizer.display(lang.text(.initCreatedAccountInSample, path, login, person.name, person.role.label(lang), admins)))
        }
    }

    /// Who may reach the new store's files, from `--group` and `--guarded`.
    func sharing() throws -> StoreSharing {
        if guarded {
            guard group == nil else { throw CLIError.usage(.cliGuardedOrGroup) }
            guard getuid() == 0 else {
                throw CLIError(.notAllowed, .cliGuardedNeedsRoot)
            }
            guard admin != nil else {
                throw CLIError.usage(.cliGuardedNeedsAdmin)
            }
            guard let entry = getpwnam(account) else {
                throw CLIError.usage(.cliNoAccount, "\(Sanitizer.display(account))")
            }
            return .guarded(owner: entry.pointee.pw_uid, group: entry.pointee.pw_gid)
        }
        return try group.map { .group(try InitCommand.groupId($0)) } ?? .personal
    }

    /// The zone name and document language asked for, into the new store's settings.
    static func apply(zone: String?, documentLang: Lang?, to settings: inout Settings) throws {
        if let zone {
            let name = zone.trimmingSpaces
            guard !name.isEmpty, Sanitizer.isSafe(name) else {
                throw CLIError.usage(.cliZoneName)
            }
            settings.zoneName = name
        }
        if let documentLang { settings.documentLanguage = documentLang }
    }

    static func groupId(_ name: String) throws -> gid_t {
        if let group = getgrnam(name) { return group.pointee.gr_gid }
        if let number = gid_t(name), getgrgid(number) != nil { return number }
        throw CLIError.usage(.cliNoGroup, "\(Sanitizer.display(name))")
    }

    /// The first part of the account's GECOS field, when it has one.
    static func realName(uid: uid_t) -> String? {
        guard let entry = getpwuid(uid), let gecos = entry.pointee.pw_gecos else { return nil }
        let name = String(cString: gecos).split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }
}
