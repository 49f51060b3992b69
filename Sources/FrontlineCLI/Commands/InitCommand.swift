#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline init DIR [--group G] [--sample]`: a new store whose creator is its first administrator.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a store; the account that runs this becomes its first administrator.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The directory to create (default: the --data directory).") var directory: String?
    @Option(help: "Share the store with this Unix group: the directory becomes setgid 2770.") var group: String?
    @Flag(help: "Fill the store with the bundled sample data.") var sample = false
    @Option(help: "The zone's name, shown in the board's header and the 半月报's title (e.g. 潍坊高新区).") var zone: String?
    @Option(name: .customLong("document-lang"), help: "The language of the zone's documents (the 半月报): zh or en (default zh).")
    var documentLang: Lang?

    func run() throws {
        let context = CLIContext.current
        let lang = context.lang(global.lang)
        let path = directory ?? global.dataDirectory(context)
        let gid = try group.map(InitCommand.groupId)
        var board = try sample ? SampleData.board() : Board()
        try InitCommand.apply(zone: zone, documentLang: documentLang, to: &board.settings)
        SampleData.makeAdministrator(&board, login: context.login, name: InitCommand.realName(uid: uid_t(context.uid)) ?? context.login)
        try FileStore.create(at: path, board: board, group: gid)
        context.console.write(lang.pick("已创建数据目录 \(path)，管理员为账号 \(context.login)\n",
                                        "created store \(path) with account \(context.login) as administrator\n"))
    }

    /// The zone name and document language asked for, into the new store's settings.
    static func apply(zone: String?, documentLang: Lang?, to settings: inout Settings) throws {
        if let zone {
            let name = zone.trimmingSpaces
            guard !name.isEmpty, Sanitizer.isSafe(name) else {
                throw CLIError.usage("--zone：区名不能为空，不能含控制字符", "--zone: the zone name must not be empty or contain control characters")
            }
            settings.zoneName = name
        }
        if let documentLang { settings.documentLanguage = documentLang }
    }

    static func groupId(_ name: String) throws -> gid_t {
        if let group = getgrnam(name) { return group.pointee.gr_gid }
        if let number = gid_t(name), getgrgid(number) != nil { return number }
        throw CLIError.usage("--group：没有名为“\(Sanitizer.display(name))”的用户组", "--group: no Unix group '\(Sanitizer.display(name))'")
    }

    /// The first part of the account's GECOS field, when it has one.
    static func realName(uid: uid_t) -> String? {
        guard let entry = getpwuid(uid), let gecos = entry.pointee.pw_gecos else { return nil }
        let name = String(cString: gecos).split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }
}
