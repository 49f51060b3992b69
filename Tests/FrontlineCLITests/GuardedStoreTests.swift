import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// A guarded store (docs/security.md): owned by the store account, reached only through the set-user-ID binary.
///
/// The binary is installed here as the Debian package installs it (a copy owned by a store account of this test's
/// own, mode 4755); an administrator and two unit accounts use it. A unit account cannot read or write any store
/// file directly, every journal line names the real account whatever `USER` says, what a user writes (an export)
/// is the user's, the privilege reaches no file outside the guarded store, and what root can still do — edit
/// `board.json`, rewrite the whole chain consistently — is caught by `log --verify` and by `--anchor` with a head
/// printed earlier.
@Suite(.needs(.root), .needs(.setpriv))
struct GuardedStoreTests {
    final class Setup {
        let dir = TempDirectory("frontline-guarded")
        let storeAccount: Faults.Account
        let admin: Faults.Account
        let units: [Faults.Account]
        let exe: String
        let store: String

        /// With `installed` (the Debian package's /usr/bin/frontline), that binary; else a copy of the one under test,
        /// owned by the store account and set-user-ID, as the package installs it.
        init(storeAccount: Faults.Account, users: [Faults.Account], installed: String? = nil) throws {
            self.storeAccount = storeAccount
            admin = users[0]
            units = Array(users[1...])
            if let installed {
                exe = installed
            } else {
                exe = dir.at("frontline")
                precondition(Binary.execute("cp", [Binary.frontline, exe]).code == 0)
                chown(exe, storeAccount.uid, 0)
                chmod(exe, 0o4755)
            }
            store = dir.at("zone")
            let made = Binary.execute(
                exe, ["init", store, "--guarded", "--admin", admin.name, "--account", storeAccount.name, "--sample"],
                environment: ["FRONTLINE_SAMPLE": Repository.sample])
            guard made.code == 0 else { throw Faults.Failure("init --guarded: \(made)") }
        }

        /// Runs the installed binary as `user`.
        func run(_ user: Faults.Account, _ arguments: [String], environment: [String: String] = [:]) -> Outcome {
            Binary.execute(
                "setpriv", ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", exe] + arguments + ["--data", store],
                environment: environment)
        }

        /// Runs a shell command as `user`.
        func shell(_ user: Faults.Account, _ script: String) -> Outcome {
            Binary.execute("setpriv", ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", "/bin/sh", "-c", script])
        }

        var board: Board { get throws { try FileStore(directory: store).board } }

        /// What root does to a store file: new content, with the file's owner and mode kept.
        func replace(_ path: String, with bytes: [UInt8]) {
            Files.write(bytes, to: path)
            chown(path, storeAccount.uid, storeAccount.gid)
            chmod(path, 0o600)
        }
    }

    /// A system account of the test's own to own the store, as the package's `frontline` account does.
    static func withStoreAccount<T>(_ body: (Faults.Account) throws -> T) throws -> T {
        let name = "flgs" + String(getpid(), radix: 36) + String(UInt16.random(in: 0...UInt16.max), radix: 36)
        // One account change at a time in this process (`Faults.withAccountsLocked`): useradd and userdel give up on a
        // locked /etc/passwd.
        let added = Faults.withAccountsLocked { Binary.execute("useradd", ["--system", "-M", "-U", "-s", "/usr/sbin/nologin", name]) }
        guard added.code == 0, let entry = getpwnam(name) else { throw Faults.Failure("useradd --system \(name): \(added)") }
        defer {
            Faults.withAccountsLocked {
                _ = Binary.execute("userdel", [name])
                _ = Binary.execute("groupdel", [name])
            }
        }
        return try body(Faults.Account(name: name, uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid))
    }

    /// Maps a 单位 person of the sample whose unit is responsible for a project to each unit account; returns the projects.
    static func mapUnitAccounts(_ setup: Setup) throws -> [String] {
        let board = try setup.board
        var used: Set<String> = [], projects: [String] = []
        for account in setup.units {
            let person = try #require(
                board.people.rows.first { person in
                    person.role == .unit && !used.contains(person.unit) && board.projects.rows.contains { $0.unit == person.unit }
                })
            used.insert(person.unit)
            projects.append(board.projects.rows.first { $0.unit == person.unit }!.id)
            let mapped = setup.run(setup.admin, ["edit", person.id, "login=\(account.name)"])
            #expect(mapped.code == 0, "\(mapped)")
        }
        return projects
    }

    @Test func unitAccountsReachTheStoreOnlyThroughTheBinaryAndAsThemselves() throws {
        try Self.withStoreAccount { storeAccount in
            try Faults.withGroupAndUsers(3) { _, _, users in
                try Self.onlyThroughTheBinary(Setup(storeAccount: storeAccount, users: users))
            }
        }
    }

    @Test func whatRootCanStillDoIsCaught() throws {
        try Self.withStoreAccount { storeAccount in
            try Faults.withGroupAndUsers(2) { _, _, users in
                try Self.rootsChangesAreCaught(Setup(storeAccount: storeAccount, users: users))
            }
        }
    }

    /// An administrator and two unit accounts (`setup.units`) on a guarded store.
    static func onlyThroughTheBinary(_ setup: Setup) throws {
        let storeAccount = setup.storeAccount
        let projects = try mapUnitAccounts(setup)
        let unit = setup.units[0]

        // Owned by the store account, closed to everyone else.
        for (name, node) in Faults.tree(setup.store) {
            #expect(node.uid == storeAccount.uid && node.mode == (node.type == "d" ? 0o700 : 0o600), "\(name): \(node)")
        }
        let store = TmuxSession.shellQuoted(setup.store)
        for script in [
            "cat \(store)/board.json", "ls \(store)", "echo '{}' >> \(store)/journal.jsonl", "ln -s /tmp \(store)/x",
            "cp /dev/null \(store)/board.json",
        ] {
            let direct = setup.shell(unit, script)
            #expect(direct.code != 0 && direct.err.contains("Permission denied"), "\(script): \(direct)")
        }

        // Through the binary, as themselves, whatever USER and LOGNAME say.
        let spoof = ["USER": setup.admin.name, "LOGNAME": setup.admin.name]
        let visit = setup.run(unit, ["visit", projects[0], "--note", "受保护数据目录中的走访"], environment: spoof)
        #expect(visit.code == 0, "\(visit)")
        let last = try #require(try AuditLog.read(directory: setup.store).last?.entry)
        #expect(last.login == unit.name && last.uid == Int(unit.uid), "the line names the real account: \(last.login) \(last.uid)")
        let promote = setup.run(unit, ["edit", last.person ?? "?", "role=管理员"], environment: spoof)
        #expect(promote.code == 77, "a unit cannot make itself administrator: \(promote)")

        // What the user writes is the user's.
        let home = setup.dir.at("home-\(unit.name)")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false)
        chown(home, unit.uid, unit.gid)
        let export = setup.run(unit, ["export", "--kind", "issues", "--output", home + "/问题台账.csv"])
        #expect(export.code == 0, "\(export)")
        let exported = Faults.tree(home)["问题台账.csv"]
        #expect(exported?.uid == unit.uid && exported?.gid == unit.gid, "the export belongs to the user: \(String(describing: exported))")
        // The one program the product starts (LibreOffice, for --format pdf) runs as the user alone: here a stand-in
        // that reports its identities and tries to read the store.
        let bin = home + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: false)
        let probe =
            "#!/bin/sh\n{ printf '%%PDF\\n'; grep '^Uid:' /proc/self/status; cat \(store)/board.json 2>&1 | head -c 200; } > \"$TMPDIR/document.pdf\"\n"
        FileManager.default.createFile(atPath: bin + "/soffice", contents: Data(probe.utf8), attributes: [.posixPermissions: 0o755])
        let printed = setup.run(unit, ["rank", "--format", "pdf", "--output", home + "/通报.pdf"], environment: ["PATH": bin + ":/usr/bin:/bin"])
        #expect(printed.code == 0, "\(printed)")
        let seen = Files.text(home + "/通报.pdf") ?? ""
        #expect(seen.contains("Uid:\t\(unit.uid)\t\(unit.uid)\t\(unit.uid)\t") && seen.contains("Permission denied"), "\(seen)")

        // The privilege reaches nothing outside a guarded store: a file only the store account may read…
        let secret = setup.dir.at("secret.csv")
        Files.write("问题编号,项目编号,问题描述\nI-9999,P-001,秘密\n", to: secret)
        chown(secret, storeAccount.uid, storeAccount.gid)
        chmod(secret, 0o600)
        let before = Faults.tree(setup.store)
        let imported = setup.run(setup.admin, ["import", secret, "--kind", "issues"])
        #expect(imported.code != 0 && !imported.out.contains("秘密"), "the import file is read as the user: \(imported)")
        #expect(Faults.differences(before, Faults.tree(setup.store)) == [])
        // …and a store of the user's own is the user's, made and used without it.
        let own = setup.run(unit, ["init", home + "/mine"])
        #expect(own.code == 0, "\(own)")
        #expect(Faults.tree(home)["mine/board.json"]?.uid == unit.uid)
    }

    /// Root edits board.json, or rewrites the whole chain consistently: log --verify and --anchor catch it.
    static func rootsChangesAreCaught(_ setup: Setup) throws {
        let projects = try mapUnitAccounts(setup)
        let unit = setup.units[0]
        for n in 1...3 {
            #expect(setup.run(unit, ["visit", projects[0], "--note", "第\(n)次走访"]).code == 0)
        }
        // The head printed in the footer of a published 半月报, as a leader would keep it on paper.
        let report = setup.run(setup.admin, ["report", "half-month", "--publish", "--lang", "en"])
        #expect(report.code == 0, "\(report)")
        let footer = try #require(report.out.split(separator: "\n").first { $0.hasPrefix("日志链头 ") || $0.hasPrefix("journal chain head ") })
        let printed = String(try #require(footer.split(whereSeparator: { $0 == " " || $0 == "（" }).first { ChainHead(text: String($0)) != nil }))
        #expect(
            setup.run(setup.admin, ["log", "--head"]).out.hasPrefix(String(printed.split(separator: ":")[0])) == false,
            "the report's head is the one before its own publishing line")
        #expect(setup.run(setup.admin, ["log", "--verify", "--anchor", printed]).code == 0)

        // Root rewrites the whole chain consistently: the second visit's note changed, every later prev recomputed.
        let journal = setup.store + "/journal.jsonl"
        var prev: String?
        var rewritten: [UInt8] = []
        for line in try AuditLog.read(directory: setup.store) {
            var entry = line.entry
            if let p = prev { entry.prev = p }
            entry.changes = entry.changes.map { change in
                var change = change
                change.fields = change.fields.map { $0.new == .string("第2次走访") ? FieldChange($0.name, old: $0.old, new: .string("第2次走访（改）")) : $0 }
                return change
            }
            let bytes = EntryCodec.encode(entry)
            rewritten += bytes
            prev = SHA256.hex(bytes.dropLast())
        }
        setup.replace(journal, with: rewritten)
        let consistent = setup.run(setup.admin, ["log", "--verify"])
        #expect(consistent.code == 0, "a consistent rewrite passes the chain alone: \(consistent)")
        let anchored = setup.run(setup.admin, ["log", "--verify", "--anchor", printed, "--lang", "en"])
        #expect(anchored.code == 1 && anchored.err.contains("no longer in the chain"), "the earlier head catches it: \(anchored)")

        // Root edits board.json after a compaction (a unit made administrator): the replay no longer matches.
        #expect(setup.run(setup.admin, ["compact"]).code == 0)
        let person = try #require(try setup.board.person(login: unit.name))
        let snapshot = setup.store + "/board.json"
        let text = try #require(Files.text(snapshot))
        let line = try #require(text.split(separator: "\n").first { $0.contains("\"id\":\"\(person.id)\"") })
        setup.replace(
            snapshot,
            with: Array(
                text.replacingOccurrences(of: String(line), with: line.replacingOccurrences(of: "\"role\":\"单位\"", with: "\"role\":\"管理员\"")).utf8))
        let edited = setup.run(setup.admin, ["log", "--verify", "--lang", "en"])
        #expect(
            edited.code == 1 && edited.err.contains("board.json is not what replaying the journal gives") && edited.err.contains(person.id),
            "\(edited)")
        let check = setup.run(setup.admin, ["check", "--lang", "en"])
        #expect(check.code == 1, "\(check)")
    }
}
