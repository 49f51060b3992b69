import Foundation
import FrontlineTestSupport
import Testing

/// The Debian package (issue 8, item 1) that `scripts/build-deb` builds and `$FRONTLINE_TEST_DEB` names:
/// installed with apt-get and with dpkg on this machine, its files, account and set-user-ID statoverride
/// checked, the installed program run from /usr/bin (also with the Swift toolchain's libraries hidden), and
/// purged again: the account and group go, a store made meanwhile stays. The package is purged on every way
/// out; the test refuses to start where frontline is installed already or a `frontline` account exists,
/// since its purge would remove them.
@Suite(.serialized)
struct DebianPackageTests {
    static let account = "frontline"

    /// Installs, checks, reinstalls and purges the package, twice over: with apt-get, then with dpkg.
    @Test(.needs(.root), .needs(.debianPackage), .needs(.setpriv), .needs(.unshare))
    func installsRunsAndPurges() throws {
        let deb = try #require(Requirement.debianPackagePath, "FRONTLINE_TEST_DEB names no readable .deb")
        try #require(
            DebianPackage.status() == nil, "frontline is installed on this machine already: the test would purge it (dpkg --purge frontline first)")
        try #require(
            getpwnam(Self.account) == nil && getgrnam(Self.account) == nil,
            "an account or group \(Self.account) exists already: the test's purge would remove it")
        defer { DebianPackage.purgeAndCleanUp() }

        let info = try DebianPackage.Info(deb)
        let clock = ContinuousClock(), started = clock.now
        /// Where the time goes, in the CI log: dpkg runs man-db's trigger and waits for other dpkg runs.
        func step(_ what: String) {
            print("deb: \(what) after \((clock.now - started).formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1))))")
        }

        // apt-get install ./…deb: apt resolves the dependencies (all present here) and installs it.
        let viaApt = Faults.withAccountsLocked {
            Binary.execute(
                "apt-get",
                [
                    "install", "-y", "-q", "-o", "DPkg::Lock::Timeout=300",
                    "-o", "DPkg::Options::=\(DebianPackage.includeEverything)", deb,
                ],
                environment: ["DEBIAN_FRONTEND": "noninteractive"])
        }
        try #require(viaApt.code == 0, "apt-get install \(deb): \(viaApt)")
        step("installed with apt-get")
        #expect(DebianPackage.status() == info.version, "after apt-get install: dpkg says \(DebianPackage.status() ?? "not installed")")
        let ranAfterApt = Binary.execute("/usr/bin/frontline", ["--version"])
        #expect(ranAfterApt.code == 0 && ranAfterApt.out == info.version + "\n", "frontline --version after apt-get: \(ranAfterApt)")
        let purgedApt = DebianPackage.dpkg(["--purge", "frontline"])
        try #require(purgedApt.code == 0 && DebianPackage.status() == nil, "dpkg --purge after apt-get: \(purgedApt)")
        step("purged")

        // dpkg -i, the checks, dpkg -i again (an upgrade to the same version keeps account and override).
        let installed = DebianPackage.dpkg([DebianPackage.includeEverything, "-i", deb])
        try #require(installed.code == 0, "dpkg -i \(deb): \(installed)")
        #expect(DebianPackage.status() == info.version)
        step("installed with dpkg -i")
        let uid = try checkInstalled(info)
        step("checked")
        let reinstalled = DebianPackage.dpkg([DebianPackage.includeEverything, "-i", deb])
        #expect(reinstalled.code == 0, "dpkg -i a second time: \(reinstalled)")
        #expect(getpwnam(Self.account)?.pointee.pw_uid == uid, "reinstalling keeps the account's uid")
        step("installed again")
        _ = try checkInstalled(info)
        step("checked again")

        // The guarded store through the installed binary: an administrator and two unit accounts, and what root can
        // still do (GuardedStoreTests runs the same on a copy of the binary installed the same way).
        let frontlineAccount = try #require(
            getpwnam(Self.account).map { Faults.Account(name: Self.account, uid: $0.pointee.pw_uid, gid: $0.pointee.pw_gid) })
        try Faults.withGroupAndUsers(3) { _, _, users in
            try GuardedStoreTests.onlyThroughTheBinary(
                GuardedStoreTests.Setup(storeAccount: frontlineAccount, users: users, installed: "/usr/bin/frontline"))
            try GuardedStoreTests.rootsChangesAreCaught(
                GuardedStoreTests.Setup(storeAccount: frontlineAccount, users: users, installed: "/usr/bin/frontline"))
        }
        step("used a guarded store as three accounts")

        // A store the package did not make, as a guarded store will be: owned by the account.
        let dir = TempDirectory("frontline-deb")
        let zone = try Self.zone(in: dir)
        let store = zone + "/kept"
        let made = Binary.execute("/usr/bin/frontline", ["init", store])
        try #require(made.code == 0, "frontline init \(store): \(made)")
        #expect(Binary.execute("chown", ["-R", "\(Self.account):\(Self.account)", store]).code == 0)
        let before = Faults.tree(zone)

        let purged = DebianPackage.dpkg(["--purge", "frontline"])
        step("purged")
        #expect(purged.code == 0, "dpkg --purge frontline: \(purged)")
        #expect(DebianPackage.status() == nil, "after the purge dpkg still lists frontline")
        #expect(getpwnam(Self.account) == nil, "the purge removes the account \(Self.account)")
        #expect(getgrnam(Self.account) == nil, "the purge removes the group \(Self.account)")
        #expect(DebianPackage.statoverride() == nil, "the purge removes the statoverride: \(DebianPackage.statoverride() ?? "")")
        for path in ["/usr/bin/frontline", "/usr/share/frontline", "/usr/share/doc/frontline", "/usr/share/man/man1/frontline.1.gz"] {
            #expect(!FileManager.default.fileExists(atPath: path), "\(path) is left after the purge")
        }
        let after = Faults.tree(zone)
        #expect(
            Faults.differences(before, after).isEmpty,
            "the purge touched a store it did not make: \(Faults.differences(before, after))")
        #expect(after["kept/board.json"]?.uid == uid, "the store keeps its files, owned by the old uid \(uid)")
        #expect(purged.err.contains("uid \(uid)"), "the purge says which uid the kept stores belong to: \(purged)")
    }

    /// lintian finds no error or warning (the overrides, each with its reason, are in packaging/deb/lintian-overrides).
    @Test(.needs(.debianPackage), .needs(.lintian))
    func lintianIsClean() throws {
        let deb = try #require(Requirement.debianPackagePath)
        let result = Binary.execute("lintian", ["--fail-on", "error,warning", "--info", deb])
        let tags = result.out.split(separator: "\n").filter { $0.hasPrefix("E: ") || $0.hasPrefix("W: ") }
        #expect(result.code == 0 && tags.isEmpty, "lintian \(deb): \(result)")
    }

    /// Reading the sample (demo, init --sample) changes nothing in it, even as its owner: an installed sample is
    /// root's, and a lock reset to 0660 by root's `demo` would shut every other account out of it.
    @Test(.needs(.root))
    func readingTheSampleChangesNothingInIt() throws {
        let dir = TempDirectory("frontline-sample")
        let sample = dir.at("sample")
        Faults.copy(Repository.sample, to: sample)
        #expect(Binary.execute("chmod", ["-R", "u=rwX,go=rX", sample]).code == 0)
        let before = Faults.tree(sample)
        let made = Binary.run(["init", dir.at("store"), "--sample"], environment: ["FRONTLINE_SAMPLE": sample])
        #expect(made.code == 0, "init --sample: \(made)")
        #expect(
            Faults.differences(before, Faults.tree(sample)).isEmpty,
            "init --sample run by the sample's owner changed it: \(Faults.differences(before, Faults.tree(sample)))")
    }

    // MARK: What an installed package must be

    /// Checks files, modes, account, statoverride and the program from /usr/bin; returns the account's uid.
    private func checkInstalled(_ info: DebianPackage.Info, sourceLocation: SourceLocation = #_sourceLocation) throws -> uid_t {
        // The account and group: system ones, no shell, no home; the group is the account's.
        let user = try #require(getpwnam(Self.account), "postinst made no account \(Self.account)", sourceLocation: sourceLocation)
        let group = try #require(getgrnam(Self.account), "postinst made no group \(Self.account)", sourceLocation: sourceLocation)
        let uid = user.pointee.pw_uid, gid = group.pointee.gr_gid
        let shell = String(cString: user.pointee.pw_shell), home = String(cString: user.pointee.pw_dir)
        #expect(
            uid > 0 && uid < 1000 && gid > 0 && gid < 1000, "\(Self.account) is uid \(uid) gid \(gid), not a system account",
            sourceLocation: sourceLocation)
        #expect(
            user.pointee.pw_gid == gid, "the account's group is \(user.pointee.pw_gid), not \(Self.account) (\(gid))", sourceLocation: sourceLocation)
        #expect(["/usr/sbin/nologin", "/bin/false"].contains(shell), "the account's shell is \(shell)", sourceLocation: sourceLocation)
        #expect(
            home == "/nonexistent" && !FileManager.default.fileExists(atPath: home), "the account's home is \(home)", sourceLocation: sourceLocation)

        // /usr/bin/frontline: root:root 0755 in the package; set-user-ID frontline by statoverride when built so.
        let program = DebianPackage.stat("/usr/bin/frontline")
        if info.setuid {
            #expect(
                program?.uid == uid && program?.gid == 0 && program?.mode == 0o4755,
                "/usr/bin/frontline is \(program.map(String.init(describing:)) ?? "missing"), not frontline:root 4755", sourceLocation: sourceLocation
            )
            #expect(
                DebianPackage.statoverride() == "frontline root 4755 /usr/bin/frontline",
                "statoverride: \(DebianPackage.statoverride() ?? "none")", sourceLocation: sourceLocation)
        } else {
            #expect(
                program?.uid == 0 && program?.gid == 0 && program?.mode == 0o755,
                "/usr/bin/frontline is \(program.map(String.init(describing:)) ?? "missing"), not root:root 0755", sourceLocation: sourceLocation)
        }

        // The other files: root's, 0644 (directories 0755); the sample writable by no one but root.
        let files = [
            "/usr/share/man/man1/frontline.1.gz", "/usr/share/bash-completion/completions/frontline",
            "/usr/share/zsh/vendor-completions/_frontline", "/usr/share/fish/vendor_completions.d/frontline.fish",
            "/usr/share/doc/frontline/copyright", "/usr/share/doc/frontline/changelog.gz",
            "/usr/share/frontline/sample/board.json", "/usr/share/frontline/sample/journal.jsonl", "/usr/share/frontline/sample/lock",
        ]
        for path in files {
            let st = DebianPackage.stat(path)
            #expect(
                st?.uid == 0 && st?.gid == 0 && st?.mode == 0o644, "\(path) is \(st.map(String.init(describing:)) ?? "missing"), not root:root 0644",
                sourceLocation: sourceLocation)
        }
        for (name, node) in Faults.tree("/usr/share/frontline") {
            #expect(
                node.uid == 0 && node.mode & 0o022 == 0, "/usr/share/frontline/\(name) is \(node): others could change the sample",
                sourceLocation: sourceLocation)
        }

        // The program runs from /usr/bin and says the package's version.
        let version = Binary.execute("/usr/bin/frontline", ["--version"])
        #expect(version.code == 0 && version.out == info.version + "\n", "frontline --version: \(version)", sourceLocation: sourceLocation)

        // It needs only the system's libraries: no Swift library, no rpath.
        let dynamic = Binary.execute("readelf", ["-d", "/usr/bin/frontline"])
        #expect(dynamic.code == 0, "readelf -d /usr/bin/frontline (binutils): \(dynamic)", sourceLocation: sourceLocation)
        let needed = Set(
            dynamic.out.split(separator: "\n").compactMap { line -> String? in
                guard line.contains("(NEEDED)"), let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else { return nil }
                return String(line[line.index(after: open)..<close])
            })
        let system: Set = [
            "libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1",
            "libstdc++.so.6", "libgcc_s.so.1", "libncursesw.so.6", "libtinfo.so.6",
            // zlib (Debian's zlib1g, priority required: on every system) for the .docx container, and
            // libxml2 through Foundation's XML parser, which reads .xlsx workbooks.
            "libz.so.1", "libxml2.so.2",
            // libpq (Debian's libpq5), PostgreSQL's client, for stores kept in PostgreSQL (docs/postgresql.md).
            "libpq.so.5",
        ]
        #expect(
            !needed.isEmpty && needed.isSubset(of: system), "/usr/bin/frontline needs \(needed.subtracting(system).sorted())",
            sourceLocation: sourceLocation)
        #expect(!dynamic.out.contains("RPATH") && !dynamic.out.contains("RUNPATH"), "/usr/bin/frontline has an rpath", sourceLocation: sourceLocation)

        // Used from /usr/bin: a store from the installed sample, checked; as root and as another account, and
        // the installed sample stays as it was.
        let dir = TempDirectory("frontline-deb")
        let zone = try Self.zone(in: dir)
        let sampleBefore = Faults.tree("/usr/share/frontline/sample")
        let made = Binary.execute("/usr/bin/frontline", ["init", zone + "/root", "--sample"])
        #expect(made.code == 0, "frontline init --sample as root: \(made)", sourceLocation: sourceLocation)
        let checked = Binary.execute("/usr/bin/frontline", ["check", "--data", zone + "/root"])
        #expect(checked.code == 0, "frontline check: \(checked)", sourceLocation: sourceLocation)
        let listed = Binary.execute("/usr/bin/frontline", ["projects", "--data", zone + "/root", "--format", "csv"])
        #expect(listed.code == 0 && listed.out.contains("P-001"), "frontline projects: \(listed)", sourceLocation: sourceLocation)
        // Set-user-ID at work: a guarded store made by root belongs to the account, another account cannot read
        // its files but reads it through the program (the attacks are GuardedStore tests' business).
        let guarded = zone + "/guarded"
        if info.setuid {
            let made = Binary.execute("/usr/bin/frontline", ["init", guarded, "--guarded", "--admin", "root"])
            #expect(made.code == 0, "frontline init --guarded as root: \(made)", sourceLocation: sourceLocation)
            let st = DebianPackage.stat(guarded)
            #expect(
                st?.uid == uid && st.map { $0.mode & 0o077 == 0 } == true,
                "the guarded store is \(st.map(String.init(describing:)) ?? "missing"), not the account's alone", sourceLocation: sourceLocation)
        }
        try Faults.withGroupAndUsers(1) { _, _, users in
            let theirs = Faults.run(as: users[0], umask: 0o022, executable: "/usr/bin/frontline", ["init", zone + "/theirs", "--sample"])
            #expect(theirs.code == 0, "frontline init --sample as \(users[0]): \(theirs)", sourceLocation: sourceLocation)
            if info.setuid {
                let read = Faults.run(as: users[0], umask: 0o022, executable: "/bin/cat", [guarded + "/board.json"])
                #expect(
                    read.code != 0 && read.err.contains("Permission denied"), "\(users[0]) read the guarded store's file: \(read)",
                    sourceLocation: sourceLocation)
                let checked = Faults.run(as: users[0], umask: 0o022, executable: "/usr/bin/frontline", ["check", "--data", guarded])
                #expect(
                    checked.code == 0, "\(users[0]) checks the guarded store through /usr/bin/frontline: \(checked)", sourceLocation: sourceLocation)
            }
        }
        #expect(
            Faults.differences(sampleBefore, Faults.tree("/usr/share/frontline/sample")).isEmpty,
            "using the sample changed it: \(Faults.differences(sampleBefore, Faults.tree("/usr/share/frontline/sample")))",
            sourceLocation: sourceLocation)
        // Faults.tree leaves caches out: the installed sample must not get one either (the purge would leave it).
        #expect(
            !FileManager.default.fileExists(atPath: "/usr/share/frontline/sample/board.cache"), "a cache was written into the installed sample",
            sourceLocation: sourceLocation)

        // With the toolchain's Swift libraries hidden (a mount namespace), the installed program still runs,
        // and a program that needs them (this build's frontline) does not: the hiding works.
        let hidden = try Self.swiftLibraryDirectories()
        let hiddenRun = Self.withoutSwiftLibraries(
            hidden, dir, "/usr/bin/frontline --version && /usr/bin/frontline init \"$1/hidden\" && /usr/bin/frontline check --data \"$1/hidden\"",
            zone)
        #expect(
            hiddenRun.code == 0 && hiddenRun.out.hasPrefix(info.version + "\n"),
            "/usr/bin/frontline with \(hidden) hidden: \(hiddenRun)", sourceLocation: sourceLocation)
        let control = Self.withoutSwiftLibraries(hidden, dir, "exec \"$2\" --version", zone, Binary.frontline)
        #expect(
            control.code != 0 && control.err.contains("libswift"),
            "\(Binary.frontline), which needs the Swift libraries, ran with them hidden: the hiding did not work: \(control)",
            sourceLocation: sourceLocation)

        // The manual page: found by man, renders without warnings, UTF-8 kept, every command in it.
        let manPage = "/usr/share/man/man1/frontline.1.gz"
        if Binary.which("man") != nil {
            let found = Binary.execute("man", ["-w", "frontline"])
            #expect(found.code == 0 && found.out == manPage + "\n", "man -w frontline: \(found)", sourceLocation: sourceLocation)
            let warnings = Binary.execute("man", ["--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", manPage])
            #expect(warnings.code == 0 && warnings.err.isEmpty, "man --warnings: \(warnings.err)", sourceLocation: sourceLocation)
            let shown = Binary.execute("man", ["-l", manPage], environment: ["MANWIDTH": "200", "MANPAGER": "cat", "PAGER": "cat"])
            // groff may print a hyphen as U+2010 and a minus as U+2212.
            let text = shown.out.replacingOccurrences(of: "\u{2010}", with: "-").replacingOccurrences(of: "\u{2212}", with: "-")
            #expect(text.contains("一线工作法") && text.contains("申请办结"), "the manual page lost its Chinese words", sourceLocation: sourceLocation)
            for command in try Self.commands() {
                #expect(text.contains(command), "the manual page does not describe \(command)", sourceLocation: sourceLocation)
            }
        } else {
            let page = Binary.execute("/bin/sh", ["-c", "gzip -dc \(manPage)"])
            #expect(page.code == 0 && page.out.contains(".TH FRONTLINE 1"), "\(manPage): \(page)", sourceLocation: sourceLocation)
        }

        // The bash completion loads and completes frontline.
        let completion = Binary.execute("bash", ["-c", "source /usr/share/bash-completion/completions/frontline && complete -p frontline"])
        #expect(completion.code == 0 && completion.out.contains("frontline"), "bash completion: \(completion)", sourceLocation: sourceLocation)
        return uid
    }

    /// A directory for stores made by root and by another account (the program runs as the real user outside
    /// guarded stores): 0777, not sticky.
    private static func zone(in dir: TempDirectory) throws -> String {
        let zone = dir.at("zone")
        try FileManager.default.createDirectory(atPath: zone, withIntermediateDirectories: true)
        chmod(zone, 0o777)
        return zone
    }

    /// The command paths of the installed program ("frontline issue move", ...), from its own description.
    private static func commands() throws -> [String] {
        let dump = Binary.execute("/usr/bin/frontline", ["--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.out.utf8)) as? [String: Any])
        var paths: [String] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            paths.append(path.joined(separator: " "))
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                walk(sub, path + [sub["commandName"] as? String ?? "?"])
            }
        }
        let root = try #require(json["command"] as? [String: Any])
        walk(root, [root["commandName"] as? String ?? "frontline"])
        #expect(paths.count > 10, "frontline --experimental-dump-help lists \(paths)")
        return paths
    }

    /// The directories of the toolchain's Swift libraries: where this test's own libswiftCore.so comes from,
    /// and its static sibling.
    private static func swiftLibraryDirectories() throws -> [String] {
        // Read by cat: Foundation reads only the first page of a /proc file.
        let maps = Binary.execute("cat", ["/proc/\(getpid())/maps"]).out
        let core = try #require(
            maps.split(separator: "\n").lazy.compactMap { line -> String? in
                guard let slash = line.firstIndex(of: "/"), line.hasSuffix("/libswiftCore.so") else { return nil }
                return String(line[slash...])
            }.first, "this test is not linked with libswiftCore.so: cannot tell where the toolchain's libraries are")
        // …/usr/lib/swift/linux/libswiftCore.so: hide …/usr/lib/swift and …/usr/lib/swift_static.
        let swift = URL(fileURLWithPath: core).deletingLastPathComponent().deletingLastPathComponent().path
        return [swift, swift + "_static"].filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Runs `script` (with `arguments` as $1, $2 …) in a private mount namespace in which each of `directories`
    /// is replaced by an empty one.
    private static func withoutSwiftLibraries(_ directories: [String], _ dir: TempDirectory, _ script: String, _ arguments: String...) -> Outcome {
        let empty = dir.at("empty")
        try? FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let mounts = directories.map { "mount --bind \"$EMPTY\" '\($0)' && test ! -e '\($0)/linux/libswiftCore.so'" }.joined(separator: " && ")
        return Binary.execute(
            "unshare",
            [
                "--mount", "--propagation", "private", "/bin/sh", "-c",
                "set -e; \(mounts); \(script)", "sh",
            ] + arguments,
            environment: ["EMPTY": empty, "LD_LIBRARY_PATH": directories.map { $0 + "/linux" }.joined(separator: ":")])
    }
}

/// dpkg and the state of the `frontline` package on this machine.
enum DebianPackage {
    struct Info {
        var version: String
        /// The package makes /usr/bin/frontline set-user-ID (scripts/build-deb --setuid).
        var setuid: Bool

        init(_ deb: String) throws {
            let version = Binary.execute("dpkg-deb", ["-f", deb, "Version"])
            try #require(version.code == 0, "dpkg-deb -f \(deb) Version: \(version)")
            self.version = version.out.trimmingCharacters(in: .whitespacesAndNewlines)
            let postinst = Binary.execute("dpkg-deb", ["-I", deb, "postinst"])
            try #require(postinst.code == 0, "dpkg-deb -I \(deb) postinst: \(postinst)")
            setuid = postinst.out.contains("dpkg-statoverride --update --add")
            // In the data.tar the program is root:root 0755 and nothing is set-user-ID.
            let contents = Binary.execute("dpkg-deb", ["-c", deb])
            try #require(contents.code == 0, "dpkg-deb -c \(deb): \(contents)")
            let program = contents.out.split(separator: "\n").first { $0.hasSuffix(" ./usr/bin/frontline") }
            #expect(program?.hasPrefix("-rwxr-xr-x root/root ") == true, "in the package: \(program ?? "no ./usr/bin/frontline")")
            for line in contents.out.split(separator: "\n") {
                #expect(line.contains(" root/root ") && !line.prefix(10).contains("s"), "in the package: \(line)")
            }
        }
    }

    /// Installs every file of the package even where dpkg is told to leave out manual pages and documentation
    /// (slim container images: path-exclude in /etc/dpkg/dpkg.cfg.d), since the test checks them.
    static let includeEverything = "--path-include=*"

    /// The installed version, or nil when frontline is not installed (or only its configuration is left).
    static func status() -> String? {
        let result = Binary.execute("dpkg-query", ["-W", "-f", "${db:Status-Abbrev} ${Version}", "frontline"])
        guard result.code == 0, result.out.hasPrefix("ii ") else { return nil }
        return String(result.out.split(separator: " ").last ?? "")
    }

    /// The statoverride of /usr/bin/frontline, or nil.
    static func statoverride() -> String? {
        let result = Binary.execute("dpkg-statoverride", ["--list", "/usr/bin/frontline"])
        let line = result.out.trimmingCharacters(in: .whitespacesAndNewlines)
        return result.code == 0 && !line.isEmpty ? line : nil
    }

    /// Runs dpkg, waiting (up to 5 minutes) while another dpkg or apt on the machine holds its lock; its
    /// maintainer scripts add or remove accounts, so no other test of this process does meanwhile.
    static func dpkg(_ arguments: [String]) -> Outcome {
        var result: Outcome
        var waited = 0
        repeat {
            result = Faults.withAccountsLocked { Binary.execute("dpkg", arguments, environment: ["DEBIAN_FRONTEND": "noninteractive"]) }
            let locked = ["frontend lock", "lock-frontend", "database is locked"].contains { result.err.contains($0) }
            guard result.code != 0, locked, waited < 300 else { break }
            sleep(2)
            waited += 2
        } while true
        return result
    }

    /// Purges frontline if it is installed, and removes what a failed purge may leave: the statoverride, the
    /// account and the group (the test made sure none of them existed before it began).
    static func purgeAndCleanUp() {
        if Binary.execute("dpkg-query", ["-W", "frontline"]).code == 0 {
            let purged = dpkg(["--purge", "frontline"])
            if purged.code != 0 { print("cleaning up: dpkg --purge frontline failed: \(purged)") }
        }
        if statoverride() != nil { _ = Binary.execute("dpkg-statoverride", ["--remove", "/usr/bin/frontline"]) }
        Faults.withAccountsLocked {
            if getpwnam(DebianPackageTests.account) != nil { _ = Binary.execute("userdel", [DebianPackageTests.account]) }
            if getgrnam(DebianPackageTests.account) != nil { _ = Binary.execute("groupdel", [DebianPackageTests.account]) }
        }
    }

    struct Stat: CustomStringConvertible {
        var uid: uid_t, gid: gid_t, mode: Int
        var description: String { "\(uid):\(gid) \(String(mode, radix: 8))" }
    }

    static func stat(_ path: String) -> Stat? {
        var st = Glibc.stat()
        guard lstat(path, &st) == 0 else { return nil }
        return Stat(uid: st.st_uid, gid: st.st_gid, mode: Int(st.st_mode & 0o7777))
    }
}
