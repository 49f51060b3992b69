import FrontlineCore
import FrontlineStore

#if canImport(Glibc)
    import Glibc
#endif

/// The bundled sample store (`data/sample`), found beside the program.
enum SampleData {
    /// The sample's directory: `$FRONTLINE_SAMPLE`, else `data/sample` in an ancestor of the executable
    /// (a build tree), else `../share/frontline/sample` next to an installed executable.
    static func directory() throws -> String {
        let context = CLIContext.current
        if let path = context.environment["FRONTLINE_SAMPLE"], !path.isEmpty { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            let exe = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            var dir = exe
            while let slash = dir.lastIndex(of: "/"), slash != dir.startIndex {
                dir = String(dir[..<slash])
                if access(dir + "/data/sample/board.json", R_OK) == 0 { return dir + "/data/sample" }
            }
            let installed = String(exe[..<(exe.lastIndex(of: "/") ?? exe.endIndex)]) + "/../share/frontline/sample"
            if access(installed + "/board.json", R_OK) == 0 { return installed }
        }
        throw CLIError(.noStore, .cliNoSampleData)
    }

    /// The sample's board. Reading it changes nothing, so any account can use a read-only installed copy.
    static func board() throws -> Board {
        // The sample is an ordinary read-only store: no privilege is ever used for it.
        Privilege.dropPermanently()
        return try CLIContext.current.stores.open(StoreAddress(try directory())).board
    }

    /// Makes `login` an administrator: the sample's placeholder account `demo` becomes it; a store
    /// without one gets a performance office and an administrator for the account. A login that is already
    /// a person keeps that person and role. Returns the person the login now is.
    @discardableResult
    static func makeAdministrator(_ board: inout Board, login: String, name: String) -> Person {
        if let existing = board.person(login: login) { return existing }
        if var placeholder = board.person(login: "demo") {
            placeholder.login = login
            board.people.upsert(placeholder)
            return placeholder
        }
        var office = board.units.first { $0.name == "绩效考核办公室" }
        if office == nil {
            var unit = Unit(id: IdSource.sequential.next(.unit, board))
            unit.name = "绩效考核办公室"
            unit.shortName = "绩考办"
            unit.unitKind = .functional
            board.units.upsert(unit)
            office = unit
        }
        var admin = Person(id: IdSource.sequential.next(.person, board))
        admin.name = name
        admin.unit = office!.id
        admin.title = "管理员"
        admin.login = login
        admin.role = .admin
        board.people.upsert(admin)
        return admin
    }
}
