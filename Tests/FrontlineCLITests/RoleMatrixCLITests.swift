import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// The role × operation table through the command line: allowed runs exit 0, refused ones exit 77
/// and change nothing. FrontlineUITests runs the same table through the board.
struct RoleMatrixCLITests {
    @Test(arguments: RoleMatrix.cases)
    func commandLine(_ test: RoleMatrix.Case) throws {
        let dir = TempDirectory()
        let store = try FileStore.create(at: dir.at("store"), board: RoleMatrix.board(for: test.operation))
        let before = Files.snapshot(store.directory)
        let result = cli(test.operation.arguments + ["--data", store.directory], login: test.login)
        if test.allowed {
            #expect(result.code == 0, "\(result)")
        } else {
            #expect(result.code == 77, "\(result)")
            #expect(Files.same(before, Files.snapshot(store.directory)))
        }
    }
}
