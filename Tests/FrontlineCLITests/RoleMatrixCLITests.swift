import Foundation
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
        let store = try TestBoard.store(in: dir, board: RoleMatrix.board(for: test.operation))
        let before = Files.snapshot(store.directory)
        let file = dir.at("批复扫描件.pdf")
        try Data(RoleMatrix.attachmentContent).write(to: URL(fileURLWithPath: file))
        let arguments = test.operation.arguments.map { $0 == RoleMatrix.attachmentFile ? file : $0 }
        let result = cli(arguments + ["--data", store.directory], login: test.login)
        if test.allowed {
            #expect(result.code == 0, "\(result)")
        } else {
            #expect(result.code == 77, "\(result)")
            #expect(Files.same(before, Files.snapshot(store.directory)))
        }
    }
}
