import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Attachments in a guarded store (issue 14, item 3; docs/security.md): through the set-user-ID binary, the file
/// attached is read as the user (a file only the store account may read is refused and nothing is kept), the content
/// is the store account's (0600 in a 0700 directory) and out of the user's direct reach, and what `get` writes is
/// the user's. Uses `GuardedStoreTests`' installation.
@Suite(.needs(.root), .needs(.setpriv))
struct AttachmentGuardedTests {
    @Test func attachmentsThroughTheSetUserIDBinary() throws {
        try GuardedStoreTests.withStoreAccount { storeAccount in
            try Faults.withGroupAndUsers(2) { _, _, users in
                let setup = try GuardedStoreTests.Setup(storeAccount: storeAccount, users: users)
                _ = try GuardedStoreTests.mapUnitAccounts(setup)
                let unit = setup.units[0]
                let board = try setup.board
                let person = try #require(board.people.rows.first { $0.login == unit.name })
                let issue = try #require(board.issues.rows.first { $0.unit == person.unit }).id

                let home = setup.dir.at("home-\(unit.name)")
                try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false)
                chown(home, unit.uid, unit.gid)
                let photo = home + "/现场照片.jpg"
                Files.write(Array("现场照片内容".utf8), to: photo)
                chown(photo, unit.uid, unit.gid)

                // A file the user may not read is not read with the store's privilege.
                let secret = setup.dir.at("secret.pdf")
                Files.write("只有数据目录账号能读", to: secret)
                chown(secret, storeAccount.uid, storeAccount.gid)
                chmod(secret, 0o600)
                let before = Faults.tree(setup.store)
                let refused = setup.run(unit, ["attachment", "add", issue, secret, "--lang", "en"])
                #expect(refused.code == 66 && refused.err.contains("cannot read"), "\(refused)")
                #expect(Faults.differences(before, Faults.tree(setup.store)) == [])

                let added = setup.run(unit, ["attachment", "add", issue, photo])
                #expect(added.code == 0, "\(added)")
                let blob = "attachments/" + SHA256.hex(Array("现场照片内容".utf8))
                let tree = Faults.tree(setup.store)
                #expect(tree[blob]?.uid == storeAccount.uid && tree[blob]?.mode == 0o600, "\(String(describing: tree[blob]))")
                #expect(tree["attachments"]?.uid == storeAccount.uid && tree["attachments"]?.mode == 0o700)
                let direct = setup.shell(unit, "cat " + TmuxSession.shellQuoted(setup.store + "/" + blob))
                #expect(direct.code != 0 && direct.err.contains("Permission denied"), "\(direct)")

                let got = setup.run(unit, ["attachment", "get", issue, "现场照片.jpg", "--output", home + "/取回.jpg"])
                #expect(got.code == 0, "\(got)")
                let written = Faults.tree(home)["取回.jpg"]
                #expect(written?.uid == unit.uid && written?.bytes == Array("现场照片内容".utf8), "\(String(describing: written))")
                #expect(setup.run(setup.admin, ["check"]).code == 0)
            }
        }
    }
}
