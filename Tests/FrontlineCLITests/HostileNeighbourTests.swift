import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Two real accounts of one group store: a neighbour plants links, a FIFO and temp-file links in the store, and a
/// colleague runs ordinary commands. The colleague's commands refuse the store with a message naming what was
/// planted, and the colleague's own files (a stand-in `~/.bashrc` and `~/.ssh`) are never written, truncated,
/// chmodded or read into the store. (The same attacks, within one account, are in FrontlineStoreTests/HostileStoreTests.)
@Suite(.needs(.root), .needs(.setpriv))
struct HostileNeighbourTests {
    /// A group store with the colleague as administrator and the neighbour as a unit official, and the colleague's home.
    struct Setup {
        let dir = TempDirectory("frontline-hostile")
        let group: String
        let neighbour: Faults.Account
        let colleague: Faults.Account
        let exe: String
        let base: String
        let home: String

        init(group: String, users: [Faults.Account]) throws {
            self.group = group
            neighbour = users[0]
            colleague = users[1]
            exe = Faults.publicFrontline(in: dir)
            base = dir.at("base")
            let made = Binary.execute(exe, ["init", base, "--group", group])
            guard made.code == 0 else { throw Faults.Failure("init --group: \(made)") }
            let store = try FileStore(directory: base)
            let admin = try #require(store.board.person(login: Binary.login))
            for (user, role) in [(colleague, Role.admin), (neighbour, Role.unit)] {
                try store.perform(
                    .create(
                        .person, id: nil,
                        fields: [
                            "name": .string(user.name), "unit": .string(admin.unit), "login": .string(user.name), "role": .string(role.rawValue),
                        ]), login: Binary.login, uid: 0, today: TestBoard.today, now: TestBoard.now)
            }
            try store.perform(
                .create(.project, id: nil, fields: ["name": .string("邻居测试项目"), "leader": .string(admin.id), "unit": .string(admin.unit)]),
                login: Binary.login, uid: 0, today: TestBoard.today, now: TestBoard.now)
            home = dir.at("home-\(colleague.name)")
            try FileManager.default.createDirectory(atPath: home + "/.ssh", withIntermediateDirectories: true)
            Files.write("export PATH=/usr/bin # the colleague's own\n", to: home + "/.bashrc")
            for (path, mode) in [(home, 0o700), (home + "/.ssh", 0o700), (home + "/.bashrc", 0o600)] {
                chown(path, colleague.uid, colleague.gid)
                chmod(path, mode_t(mode))
            }
        }

        /// A fresh copy of the store for one attack.
        func store(_ name: String) -> String {
            let path = dir.at(name)
            Faults.copy(base, to: path)
            return path
        }

        /// Runs a shell script as the neighbour.
        func neighbour(_ script: String) {
            let done = Binary.execute("setpriv", ["--reuid=\(neighbour.uid)", "--regid=\(neighbour.gid)", "--init-groups", "/bin/sh", "-c", script])
            precondition(done.code == 0, "the neighbour's script failed: \(done)")
        }

        /// Runs frontline as the colleague, with a time limit (a FIFO must never make it hang).
        func colleague(_ arguments: [String]) -> Outcome {
            Binary.execute(
                "timeout", ["20", "setpriv", "--reuid=\(colleague.uid)", "--regid=\(colleague.gid)", "--init-groups", exe] + arguments,
                environment: ["HOME": home])
        }

        var homeTree: [String: Faults.Node] { Faults.tree(home) }
    }

    func expectRefusal(_ outcome: Outcome, naming name: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(outcome.code == 65 && outcome.err.contains(name) && outcome.err.contains(what), "\(outcome)", sourceLocation: sourceLocation)
        #expect(Faults.controlCharacters(in: outcome.err).isEmpty, sourceLocation: sourceLocation)
    }

    @Test func plantedLinksFIFOsAndTempFilesNeverReachAColleaguesFiles() throws {
        try Faults.withGroupAndUsers(2) { group, _, users in
            let setup = try Setup(group: group, users: users)
            let before = setup.homeTree
            func quoted(_ s: String) -> String { TmuxSession.shellQuoted(s) }

            // 1. journal.jsonl replaced by a link to the colleague's ~/.bashrc: a save would append a title with $(…) to it.
            var store = setup.store("journal-link")
            setup.neighbour("cd \(quoted(store)) && rm journal.jsonl && ln -s \(quoted(setup.home + "/.bashrc")) journal.jsonl")
            expectRefusal(
                setup.colleague(["visit", "P-001", "--note", "$(touch /tmp/pwned)", "--data", store, "--lang", "en"]), naming: "journal.jsonl",
                "symbolic link")
            expectRefusal(setup.colleague(["projects", "--data", store, "--lang", "en"]), naming: "journal.jsonl", "symbolic link")

            // 2. lock replaced by a link: even a read-only command must not chmod or create its target.
            store = setup.store("lock-link")
            setup.neighbour("cd \(quoted(store)) && rm lock && ln -s \(quoted(setup.home + "/.bashrc")) lock")
            expectRefusal(setup.colleague(["projects", "--data", store, "--lang", "en"]), naming: "lock", "symbolic link")

            // 3. history replaced by a link to ~/.ssh: compaction must not chmod it or move files into it.
            store = setup.store("history-link")
            setup.neighbour("cd \(quoted(store)) && rm -r history && ln -s \(quoted(setup.home + "/.ssh")) history")
            expectRefusal(setup.colleague(["compact", "--data", store, "--lang", "en"]), naming: "history", "symbolic link")

            // 4. a link planted under a temp file's name.
            store = setup.store("temp-link")
            setup.neighbour("cd \(quoted(store)) && ln -s \(quoted(setup.home + "/.bashrc")) board.json.tmp-12345")
            expectRefusal(setup.colleague(["compact", "--data", store, "--lang", "en"]), naming: "board.json.tmp-12345", "symbolic link")

            // 5. journal.jsonl replaced by a FIFO: refused at once, not a hang.
            store = setup.store("journal-fifo")
            setup.neighbour("cd \(quoted(store)) && rm journal.jsonl && mkfifo -m 660 journal.jsonl")
            let fifo = setup.colleague(["issues", "--data", store, "--lang", "en"])
            #expect(fifo.code != 124, "timed out on the FIFO")
            expectRefusal(fifo, naming: "journal.jsonl", "FIFO")

            // 6. journal.jsonl a link to /dev/zero: refused, not read until memory runs out.
            store = setup.store("journal-zero")
            setup.neighbour("cd \(quoted(store)) && rm journal.jsonl && ln -s /dev/zero journal.jsonl")
            expectRefusal(setup.colleague(["issues", "--data", store, "--lang", "en"]), naming: "journal.jsonl", "symbolic link")

            #expect(Faults.differences(before, setup.homeTree) == [], "the colleague's files are untouched")
            #expect(!FileManager.default.fileExists(atPath: "/tmp/pwned"))

            // And the untouched store still works for both.
            let fine = setup.colleague(["visit", "P-001", "--note", "一切正常", "--data", setup.base])
            #expect(fine.code == 0, "\(fine)")
        }
    }

    /// Every journal line names the account that really ran the command, whatever USER or LOGNAME say.
    @Test func journalLinesNameTheRealAccount() throws {
        try Faults.withGroupAndUsers(2) { group, _, users in
            let setup = try Setup(group: group, users: users)
            let store = setup.store("spoof")
            let outcome = Binary.execute(
                "setpriv",
                [
                    "--reuid=\(setup.neighbour.uid)", "--regid=\(setup.neighbour.gid)", "--init-groups",
                    setup.exe, "visit", "P-001", "--note", "冒充", "--data", store,
                ],
                environment: ["USER": setup.colleague.name, "LOGNAME": setup.colleague.name])
            #expect(outcome.code == 0, "\(outcome)")
            let last = try #require(try AuditLog.read(directory: store).last?.entry)
            #expect(last.login == setup.neighbour.name && last.uid == Int(setup.neighbour.uid))
        }
    }
}
