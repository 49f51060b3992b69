import Foundation
import FrontlineProcess
import Synchronization
import Testing

/// A private PostgreSQL cluster for one test suite: `initdb` into a temp directory, `pg_ctl start` on a Unix socket in
/// that directory and on 127.0.0.1 at a free port; stopped and removed when the suite ends (`.privateCluster`).
///
/// PostgreSQL refuses to run as root: run as root (as CI runs), the directory is given to `nobody` and the server
/// programs run as that account (`runuser`); the tests connect over the socket as the cluster's superuser `postgres`
/// (local connections are trusted, TCP ones need a SCRAM password). Nothing outside the temp directory is touched,
/// and nothing is synced to disk (`fsync=off`): a test's cluster is thrown away.
public final class PostgresCluster: @unchecked Sendable {
    /// The cluster of the running suite (`.privateCluster`).
    @TaskLocal public static var current: PostgresCluster?

    public static let superuser = "postgres"
    public let directory: TempDirectory
    public let port: Int
    private let programs: String
    private let account: String?
    private let databases = Mutex(0)

    /// The directory holding initdb, pg_ctl, postgres and psql: `$FRONTLINE_PG_BIN`, else the newest
    /// `/usr/lib/postgresql/<version>/bin` (Debian's postgresql package).
    public static var programsDirectory: String? {
        if let bin = ProcessInfo.processInfo.environment["FRONTLINE_PG_BIN"], !bin.isEmpty { return bin }
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        return versions.compactMap(Int.init).sorted().reversed().map { "/usr/lib/postgresql/\($0)/bin" }
            .first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }
    }

    private init(directory: TempDirectory, port: Int, programs: String, account: String?) {
        self.directory = directory
        self.port = port
        self.programs = programs
        self.account = account
    }

    /// Makes and starts a cluster; a port taken between choosing and binding it is tried again with another.
    public static func start() throws -> PostgresCluster {
        guard let programs = programsDirectory else { throw Failure("no PostgreSQL server programs: apt-get install postgresql") }
        let account = geteuid() == 0 ? "nobody" : nil
        _ = sweptOnce
        var failure = Failure("")
        for _ in 1...3 {
            let directory = TempDirectory("frontline-pg")
            let cluster = PostgresCluster(directory: directory, port: try freePort(), programs: programs, account: account)
            do {
                try cluster.initialise()
                try cluster.startServer()
                return cluster
            } catch let error as Failure {
                failure = error
                cluster.stop()
            }
        }
        throw failure
    }

    /// Clusters that a test process left running when it died (a crash skips `stop`), swept once per process before
    /// the first cluster starts: each cluster's directory names the process that made it (`owner`); one whose process
    /// is gone is stopped and removed. Clusters of test processes still running are left alone.
    private static let sweptOnce: Void = {
        let temporary = NSTemporaryDirectory()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []
        let programs = programsDirectory
        let account = geteuid() == 0 ? "nobody" : nil
        for name in entries where name.hasPrefix("frontline-pg-") {
            let path = temporary + "/" + name
            guard
                let owner = (try? String(contentsOfFile: path + "/owner", encoding: .utf8)).flatMap({
                    Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
                }),
                kill(owner, 0) != 0, errno == ESRCH
            else { continue }
            if let programs, FileManager.default.fileExists(atPath: path + "/data/postmaster.pid") {
                let stop = [programs + "/pg_ctl", "-D", path + "/data", "-m", "immediate", "-w", "stop"]
                _ =
                    if let account { Binary.execute("runuser", ["-u", account, "--"] + stop) } else {
                        Binary.execute(stop[0], Array(stop.dropFirst()))
                    }
            }
            try? FileManager.default.removeItem(atPath: path)
        }
    }()

    private func initialise() throws {
        guard FileManager.default.createFile(atPath: directory.at("owner"), contents: Data("\(getpid())\n".utf8)) else {
            throw Failure("cannot write \(directory.at("owner"))")
        }
        if let account, let entry = getpwnam(account) {
            guard chown(directory.path, entry.pointee.pw_uid, entry.pointee.pw_gid) == 0 else {
                throw Failure("chown \(directory.path) to \(account)")
            }
        }
        let password = directory.at("password")
        guard FileManager.default.createFile(atPath: password, contents: Data("secret\n".utf8)) else { throw Failure("cannot write \(password)") }
        if let account, let entry = getpwnam(account) { chown(password, entry.pointee.pw_uid, entry.pointee.pw_gid) }
        try run(
            "initdb",
            [
                "-D", dataDirectory, "-U", PostgresCluster.superuser, "-E", "UTF8", "--no-locale", "--no-sync", "--auth-local=trust",
                "--auth-host=scram-sha-256", "--pwfile=\(password)",
            ])
    }

    private func startServer() throws {
        let options = [
            "-c listen_addresses=127.0.0.1", "-c port=\(port)", "-c unix_socket_directories=\(directory.path)", "-c fsync=off",
            "-c full_page_writes=off", "-c max_connections=60", "-c shared_buffers=16MB",
        ]
        try run("pg_ctl", ["-D", dataDirectory, "-l", directory.at("server.log"), "-w", "-t", "60", "-o", options.joined(separator: " "), "start"])
    }

    /// Stops the server (`fast`: sessions are ended, as an administrator's restart ends them) and leaves the cluster in
    /// place, to be started again with `restart` or `startAgain`: a server gone mid-session.
    public func stopServer() throws {
        try run("pg_ctl", ["-D", dataDirectory, "-m", "fast", "-w", "stop"])
    }

    /// Starts a server stopped by `stopServer` on the same port and socket.
    public func startAgain() throws { try startServer() }

    /// `pg_ctl restart`: every session is ended and the server comes back on the same port and socket.
    public func restart() throws {
        try stopServer()
        try startServer()
    }

    /// Lets `role` connect over the cluster's Unix socket only as the Unix account of the same name (peer
    /// authentication: the server asks the kernel who the client is), before the trust the other local roles have;
    /// and logs how every new connection was authenticated (`connectionLog`). Returns once new sessions see it.
    public func allowPeer(role: String) throws {
        let rules = directory.at("data/pg_hba.conf")
        let now = try String(contentsOfFile: rules, encoding: .utf8)
        try ("local all \(role) peer\n" + now).write(toFile: rules, atomically: false, encoding: .utf8)
        try psql("ALTER SYSTEM SET log_connections = on")
        try psql("SELECT pg_reload_conf()")
        guard Self.poll(seconds: 10, { (try? self.psql("SHOW log_connections")) == "on" }) else { throw Failure("the server did not reload") }
    }

    /// What the server logged so far (with `allowPeer`: `connection authenticated: identity="…" method=peer`).
    public var connectionLog: String { (try? String(contentsOfFile: directory.at("server.log"), encoding: .utf8)) ?? "" }

    /// Asks `condition` until it holds or `seconds` passed.
    private static func poll(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
        }
        return false
    }

    /// Stops the server at once and removes the cluster (the temp directory goes with the value).
    public func stop() {
        guard FileManager.default.fileExists(atPath: dataDirectory + "/postmaster.pid") else { return }
        _ = try? run("pg_ctl", ["-D", dataDirectory, "-m", "immediate", "-w", "stop"])
    }

    deinit { stop() }

    private var dataDirectory: String { directory.at("data") }

    /// A libpq URI for `database` over the cluster's Unix socket, as `user`.
    public func uri(_ database: String, user: String = PostgresCluster.superuser) -> String {
        "postgresql:///\(database)?host=\(directory.path)&port=\(port)&user=\(user)"
    }

    /// A libpq URI for `database` over TCP on 127.0.0.1 (SCRAM: the superuser's password is `secret`).
    public func tcpURI(_ database: String, user: String = PostgresCluster.superuser, password: String = "secret") -> String {
        "postgresql://\(user):\(password)@127.0.0.1:\(port)/\(database)"
    }

    /// A new empty UTF-8 database with a name no other test of the suite uses.
    public func createDatabase() throws -> String {
        let name =
            "test_"
            + String(
                databases.withLock {
                    $0 += 1; return $0
                })
        try psql("CREATE DATABASE \(name) ENCODING 'UTF8' TEMPLATE template0")
        return name
    }

    /// Runs SQL with psql as the superuser (a client of its own, not the code under test); fails on the first error.
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres", user: String = PostgresCluster.superuser) throws -> String {
        let outcome = Binary.execute(
            programs + "/psql",
            ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", directory.path, "-p", "\(port)", "-U", user, "-d", database, "-c", sql])
        guard outcome.code == 0 else { throw Failure("psql \(sql): \(outcome)") }
        return outcome.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs one of the server's programs, as the unprivileged account when the tests run as root.
    @discardableResult
    private func run(_ program: String, _ arguments: [String]) throws -> Outcome {
        let path = programs + "/" + program
        let outcome =
            if let account { Binary.execute("runuser", ["-u", account, "--", path] + arguments) } else { Binary.execute(path, arguments) }
        guard outcome.code == 0 else {
            let log = (try? String(contentsOfFile: directory.at("server.log"), encoding: .utf8)) ?? ""
            throw Failure("\(program) \(arguments.joined(separator: " ")): \(outcome)\nserver.log: \(log)")
        }
        return outcome
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket: \(errno)") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure("bind: \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}

extension Requirement {
    /// PostgreSQL's server programs, for the tests that run a private cluster.
    public static let postgres = Requirement(
        met: PostgresCluster.programsDirectory != nil,
        reason: "needs PostgreSQL's server programs (initdb, pg_ctl): apt-get install postgresql (.ci/run installs it)")
}

/// Gives a suite its own PostgreSQL cluster (`PostgresCluster.current`), started before its first test and stopped
/// after its last.
public struct PrivateClusterTrait: SuiteTrait, TestScoping {
    public var isRecursive: Bool { false }

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        try await PostgresCluster.$current.withValue(cluster) { try await function() }
    }
}

extension Trait where Self == PrivateClusterTrait {
    /// A private PostgreSQL cluster for the suite (`PostgresCluster`).
    public static var privateCluster: Self { Self() }
}
