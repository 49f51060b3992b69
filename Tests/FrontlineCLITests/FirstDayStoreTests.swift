import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// The first day with a store: the sample read by anyone without changing it, `init` on a fresh account, a store one
/// may not read, and what `init --sample` says about who you are.
struct FirstDayStoreTests {
    let dir = TempDirectory()

    /// A read-only copy of the bundled sample as a package installs it: root's, 0555/0444, its lock unreadable.
    func installedSample() -> String {
        let path = dir.at("sample")
        Faults.copy(Repository.sample, to: path)
        for name in Faults.names(in: path) { chmod(path + "/" + name, 0o444) }
        chmod(path + "/lock", 0o600)
        chmod(path, 0o555)
        return path
    }

    @Test(.needs(.root), .needs(.setpriv))
    func anyAccountUsesAReadOnlySampleAndReadingItChangesNothing() throws {
        let sample = installedSample()
        let before = Faults.tree(sample)
        // Root first (the demo fails only when it reaches the terminal, after reading the sample), then an ordinary account.
        let demo = Binary.run(["demo"], environment: ["FRONTLINE_SAMPLE": sample, "TMPDIR": dir.path])
        #expect(demo.code == 64 && demo.err.contains("terminal"), "\(demo)")
        #expect(Binary.run(["init", dir.at("root-store"), "--sample"], environment: ["FRONTLINE_SAMPLE": sample]).code == 0)
        chmod(dir.path, 0o777)
        let exe = Faults.publicFrontline(in: dir)
        let other = Binary.execute(
            "setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", exe, "init", dir.at("nobody-store"), "--sample"],
            environment: ["FRONTLINE_SAMPLE": sample, "HOME": dir.path])
        #expect(other.code == 0, "\(other)")
        #expect(Faults.differences(before, Faults.tree(sample)) == [], "the sample is as it was, lock included")
    }

    @Test func initWithTheDefaultLocationMakesMissingParents() throws {
        let home = dir.at("fresh-home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false)
        let made = cli(["init"], environment: ["HOME": home])
        #expect(made.code == 0, "\(made)")
        #expect(FileManager.default.fileExists(atPath: home + "/.local/share/frontline/board.json"))
        #expect(cli(["check"], environment: ["HOME": home]).code == 0)
    }

    @Test(.needs(.root), .needs(.setpriv))
    func aStoreOneMayNotReadIsAPermissionProblemNotAMissingStore() throws {
        let store = try TestBoard.store(in: dir)
        chmod(dir.path, 0o755)
        let exe = Faults.publicFrontline(in: dir)
        let outcome = Binary.execute(
            "setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", exe, "projects", "--data", store.directory, "--lang", "en"])
        #expect(outcome.code == 77, "\(outcome)")
        #expect(
            outcome.err.contains("permission denied") && outcome.err.contains("administrator") && !outcome.err.contains("frontline init"),
            "\(outcome.err)")
        let zh = Binary.execute(
            "setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", exe, "projects", "--data", store.directory, "--lang", "zh"])
        #expect(zh.err.contains("没有权限") && zh.err.contains("管理员"), "\(zh.err)")
    }

    @Test func initSampleSaysWhatRoleALoginAlreadyInTheSampleHas() throws {
        let sample = try FileStore(directory: Repository.sample).board
        let person = try #require(sample.people.rows.first { $0.role == .unit && $0.login != nil })
        let made = cli(["init", dir.at("store"), "--sample", "--lang", "en"], login: person.login!)
        #expect(made.code == 0, "\(made)")
        #expect(made.out.contains(person.name) && made.out.contains("unit") && made.out.contains("not administrator"), "\(made.out)")
        #expect(!made.out.contains("as administrator"))
        let admin = cli(["init", dir.at("store2"), "--sample", "--lang", "en"], login: "newcomer")
        #expect(admin.out.contains("newcomer as administrator"), "\(admin.out)")
    }
}
