import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// S7 (docs/store-format.md): a store shared by a Unix group. `init --group G` makes a setgid 2770
/// directory; two accounts of the group, each under umask 077 and 022, take turns saving and folding, and
/// every file stays 0660 in group G so that the other can go on; each journal line names who wrote it.
/// A sticky store directory is refused. (A store on NFS is refused too: NFS cannot be mounted in CI, so the
/// file system detection is unit-tested in FrontlineStoreTests/FileStoreTests.swift, `networkFileSystemsAreNamed`.)
struct SharedStoreTests {
    /// Every entry of the store is in `gid`: files 0660, directories setgid 2770.
    static func expectShared(_ path: String, gid: UInt32, _ when: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let tree = Faults.tree(path)
        #expect(
            tree["board.json"] != nil && tree["journal.jsonl"] != nil && tree["lock"] != nil && tree["history"] != nil,
            "\(when): the store's files are there: \(tree.keys.sorted())", sourceLocation: sourceLocation)
        for (name, node) in tree.sorted(by: { $0.key < $1.key }) {
            let mode = node.type == "d" ? 0o2770 : 0o660
            #expect(
                node.mode == mode && node.gid == gid,
                "\(when): \(name) is \(String(node.mode, radix: 8)) group \(node.gid), not \(String(mode, radix: 8)) group \(gid)",
                sourceLocation: sourceLocation)
        }
        var st = stat()
        #expect(
            stat(path, &st) == 0 && st.st_mode & 0o7777 == 0o2770 && st.st_gid == gid,
            "\(when): the store directory is \(String(st.st_mode & 0o7777, radix: 8)) group \(st.st_gid), not 2770 group \(gid)",
            sourceLocation: sourceLocation)
    }

    /// Two accounts of one group take turns through the real binary, dropped to with setpriv: visits under
    /// umask 077 and 022, a compaction by each, and a read of the other's change after every save.
    @Test(.needs(.root), .needs(.setpriv), arguments: [0o077, 0o022])
    func twoAccountsOfOneGroupTakeTurns(initUmask: Int) throws {
        try Faults.withGroupAndUsers(2) { group, gid, users in
            let dir = TempDirectory("frontline-shared")
            let exe = Faults.publicFrontline(in: dir)
            let path = dir.at("store")

            // init as root under the umask: a setgid directory of the group, every file 0660.
            let made = Faults.run(umask: initUmask, executable: exe, ["init", path, "--group", group])
            try #require(made.code == 0, "init --group \(group): \(made)")
            Self.expectShared(path, gid: gid, "after init under umask \(String(initUmask, radix: 8))")

            // The administrator init made (this account) adds the two colleagues as administrators, and a project.
            let store = try FileStore(directory: path)
            let admin = try #require(store.board.person(login: Binary.login))
            func save(_ intent: Intent) throws -> String {
                let entry = try store.perform(intent, login: Binary.login, uid: Int(getuid()), today: TestBoard.today, now: TestBoard.now)
                return try #require(entry.changes.first?.id)
            }
            var person: [String: String] = [:]
            for (i, user) in users.enumerated() {
                person[user.name] = try save(
                    .create(
                        .person, id: nil,
                        fields: [
                            "name": .string("同事\(i + 1)"), "unit": .string(admin.unit), "login": .string(user.name),
                            "role": .string(Role.admin.rawValue),
                        ]))
            }
            let project = try save(
                .create(
                    .project, id: nil,
                    fields: [
                        "name": .string("共享数据测试项目"), "leader": .string(admin.id), "unit": .string(admin.unit),
                    ]))
            Self.expectShared(path, gid: gid, "after the administrator's changes")

            var notes: [String] = []
            func visit(_ u: Int, umask: Int) {
                let user = users[u], other = users[1 - u]
                let when = "after \(user) saved under umask \(String(umask, radix: 8))"
                let note = "第\(notes.count + 1)次走访，\(user.name)，umask \(String(umask, radix: 8))"
                let saved = Faults.run(as: user, umask: umask, executable: exe, ["visit", project, "--note", note, "--data", path])
                #expect(saved.code == 0, "\(when): \(saved)")
                guard saved.code == 0 else { return }
                notes.append(note)
                Self.expectShared(path, gid: gid, when)
                // The journal line names who ran it: the account, its uid, and its person.
                let last = try? AuditLog.read(directory: path).last?.entry
                #expect(
                    last?.login == user.name && last?.uid == Int(user.uid) && last?.person == person[user.name],
                    "\(when): the line says \(last?.login ?? "?") uid \(last?.uid ?? -1) person \(last?.person ?? "?")")
                // The other one reads it.
                let shown = Faults.run(as: other, umask: 0o077, executable: exe, ["show", project, "--data", path])
                #expect(shown.code == 0 && shown.out.contains(note), "\(when): \(other) reads it: \(shown)")
                let verified = Faults.run(as: other, umask: 0o022, executable: exe, ["log", "--verify", "--data", path])
                #expect(verified.code == 0, "\(when): \(other) verifies the log: \(verified)")
            }
            func compact(_ u: Int, umask: Int) {
                let user = users[u]
                let when = "after \(user) compacted under umask \(String(umask, radix: 8))"
                let folded = Faults.run(as: user, umask: umask, executable: exe, ["compact", "--data", path])
                #expect(folded.code == 0, "\(when): \(folded)")
                Self.expectShared(path, gid: gid, when)
                var st = stat()
                #expect(stat(path + "/board.json", &st) == 0 && st.st_uid == user.uid, "\(when): the new board.json is \(user)'s")
                #expect(Faults.names(in: path + "/history").contains { $0.hasPrefix("journal-") }, "\(when): the journal was folded")
            }

            visit(0, umask: 0o077)
            visit(1, umask: 0o022)
            visit(0, umask: 0o022)
            visit(1, umask: 0o077)
            compact(0, umask: 0o077)
            visit(1, umask: 0o077)
            visit(0, umask: 0o022)
            compact(1, umask: 0o022)
            visit(0, umask: 0o077)
            visit(1, umask: 0o022)

            // Everything is there, in order, each line by the one who saved it.
            let final = try FileStore(directory: path)
            #expect(notes.count == 8)
            #expect(final.board.visits.filter { $0.project == project }.map(\.note) == notes)
            let lines = try AuditLog.read(directory: path)
            // The administrator's three changes, the visits, and the line each of the two compactions wrote.
            #expect(lines.count == 3 + notes.count + 2)
            #expect(lines.filter { $0.entry.action == "store.compact" }.count == 2)
            for line in lines.dropFirst(3) {
                let user = users.first { $0.name == line.entry.login }
                #expect(user != nil && line.entry.uid == Int(user!.uid) && line.entry.person == person[line.entry.login], "\(line.entry.login)")
            }
            #expect(try AuditLog.verify(directory: path).problem == nil)
            // check passes, and says plainly what a group store does not protect against.
            let check = Binary.run(["check", "--data", path, "--lang", "en"])
            #expect(
                check.code == 0 && check.out.contains("Every member can rewrite its files directly") && check.out.contains("guarded store"),
                "\(check)")
            print(
                "S7 init umask \(String(initUmask, radix: 8)): \(users.map(\.description).joined(separator: " and ")) of group \(group) (gid \(gid)) "
                    + "saved \(notes.count) visits and 2 compactions in turns under umask 077 and 022; every file 0660, every directory 2770")
        }
    }

    /// `init --group` with a group that does not exist: a usage error, and nothing made.
    @Test func initWithAnUnknownGroupMakesNothing() throws {
        let dir = TempDirectory()
        let outcome = Binary.run(["init", dir.at("store"), "--group", "no-such-group-frontline"])
        #expect(outcome.code == 64, "\(outcome)")
        #expect(outcome.err.contains("no-such-group-frontline"))
        #expect(!FileManager.default.fileExists(atPath: dir.at("store")))
    }

    /// A store directory with the sticky bit (like /tmp): only a file's owner could replace it, so colleagues'
    /// saves would fail. Reading and changing commands alike are refused with exit 73 and the reason; nothing changes.
    @Test func aStickyStoreDirectoryIsRefused() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir, admin: Binary.login)
        let path = store.directory
        #expect(chmod(path, 0o1777) == 0)
        let before = Faults.tree(path)
        let commands: [[String]] = [
            ["visit", "P-001", "--note", "粘滞目录中走访"],
            ["issue", "move", "I-0001", "申请办结", "--note", "粘滞目录中办结"],
            ["compact"],
            ["projects"],
            ["issues"],
            ["show", "P-001"],
            ["check"],
            ["log", "--verify"],
        ]
        for (i, command) in commands.enumerated() {
            let lang = i % 2 == 0 ? "en" : "zh"
            let outcome = Binary.run(command + ["--data", path, "--lang", lang])
            #expect(outcome.code == 73, "\(command): \(outcome)")
            #expect(outcome.err.contains(path), "\(command): names the directory: \(outcome.err)")
            #expect(lang == "zh" ? outcome.err.contains("粘滞") : outcome.err.contains("sticky"), "\(command): says why: \(outcome.err)")
            #expect(outcome.out.isEmpty, "\(command): \(outcome.out)")
            #expect(Faults.controlCharacters(in: outcome.err).isEmpty)
        }
        #expect(Faults.differences(before, Faults.tree(path)).isEmpty)
    }
}
