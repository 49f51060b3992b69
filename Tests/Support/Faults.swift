import Foundation

/// Helpers for the fault-injection and shared-store tests (docs/store-format.md S3, S7): whole-tree
/// snapshots of a store, small tmpfs mounts, throwaway Unix accounts, and checks on messages.
public enum Faults {
    /// True when the tests run as root (CI does): mounting and adding accounts need it.
    public static var isRoot: Bool { geteuid() == 0 }

    // MARK: Trees of files

    /// One entry under a directory: its type, bytes (regular files), permission bits and owners.
    public struct Node: Equatable, Sendable, CustomStringConvertible {
        public var type: Character
        public var bytes: [UInt8]
        public var mode: Int
        public var uid: UInt32
        public var gid: UInt32

        public var description: String {
            "\(type) \(String(mode, radix: 8)) \(uid):\(gid) \(bytes.count) bytes"
        }
    }

    /// Everything under `directory`, recursively, by relative path: files with their bytes, directories,
    /// links and others with their modes and owners. Nothing is left out, `lock` included, but the store's derived
    /// cache `board.cache` (a regular file: any other kind in its place is kept), which any load may write
    /// (`BoardCacheStoreTests` check it).
    public static func tree(_ directory: String) -> [String: Node] {
        var result: [String: Node] = [:]
        func walk(_ relative: String) {
            let path = relative.isEmpty ? directory : directory + "/" + relative
            for name in names(in: path) {
                let child = relative.isEmpty ? name : relative + "/" + name
                var st = stat()
                guard lstat(directory + "/" + child, &st) == 0 else { continue }
                let format = st.st_mode & S_IFMT
                let type: Character = format == S_IFREG ? "f" : format == S_IFDIR ? "d" : format == S_IFLNK ? "l" : "?"
                if type == "f" && child == "board.cache" { continue }
                result[child] = Node(
                    type: type, bytes: type == "f" ? (Files.bytes(directory + "/" + child) ?? []) : [],
                    mode: Int(st.st_mode & 0o7777), uid: st.st_uid, gid: st.st_gid)
                if type == "d" { walk(child) }
            }
        }
        walk("")
        return result
    }

    /// What differs between two trees, one line per path; empty when they are identical.
    public static func differences(_ before: [String: Node], _ after: [String: Node]) -> [String] {
        Set(before.keys).union(after.keys).sorted().compactMap { path in
            switch (before[path], after[path]) {
            case let (a?, b?) where a == b: return nil
            case let (a?, b?): return "\(path): \(a) → \(b)"
            case let (a?, nil): return "\(path): removed (\(a))"
            case let (nil, b?): return "\(path): added (\(b))"
            default: return nil
            }
        }
    }

    /// The names in a directory, without . and .., sorted; none when it cannot be read.
    public static func names(in path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    /// Temp files of interrupted saves (`*.tmp-*`) anywhere under `directory`.
    public static func tempFiles(under directory: String) -> [String] {
        tree(directory).keys.filter { ($0.split(separator: "/").last ?? "").contains(".tmp-") }.sorted()
    }

    /// Replaces `destination` with a copy of `source` that keeps modes, owners and times (`cp -a`).
    public static func copy(_ source: String, to destination: String) {
        let removed = Binary.execute("rm", ["-rf", destination])
        precondition(removed.code == 0, "rm -rf \(destination): \(removed)")
        let copied = Binary.execute("cp", ["-a", source, destination])
        precondition(copied.code == 0, "cp -a \(source) \(destination): \(copied)")
    }

    /// A copy of the `frontline` executable in `directory`, mode 0755, so that other accounts can run it
    /// even when the build tree lies under a home directory they cannot enter (e.g. /root in CI).
    public static func publicFrontline(in directory: TempDirectory) -> String {
        let path = directory.at("frontline-bin")
        let copied = Binary.execute("cp", [Binary.frontline, path])
        precondition(copied.code == 0, "cp \(Binary.frontline): \(copied)")
        chmod(path, 0o755)
        return path
    }

    // MARK: Messages

    /// Control characters in `text` other than the newline ending a line: C0, DEL and C1.
    public static func controlCharacters(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// What an errno is called in the program's messages: the symbolic name, and the reason in words
    /// in English (compared case-insensitively) and in Chinese.
    public static func words(for errno: String) -> (english: String, chinese: String) {
        switch errno {
        case "ENOSPC": ("no space left", "磁盘空间不足")
        case "EIO": ("input/output error", "磁盘读写错误")
        case "EACCES": ("permission denied", "没有权限")
        case "EROFS": ("read-only file system", "只读")
        default: (errno, errno)
        }
    }

    // MARK: Mounts

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    /// Mounts a tmpfs of `size` (e.g. "64k") on a new directory inside `parent`, runs `body` with its path,
    /// and unmounts it on every way out (a lazy unmount if something still holds it). Needs root.
    public static func withTmpfs<T>(size: String, in parent: TempDirectory, _ body: (String) throws -> T) throws -> T {
        let mountPoint = parent.at("tmpfs-\(size)")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let mounted = Binary.execute("mount", ["-t", "tmpfs", "-o", "size=\(size),mode=0755", "tmpfs", mountPoint])
        guard mounted.code == 0 else { throw Failure("mount -t tmpfs -o size=\(size) failed (root is needed): \(mounted)") }
        defer {
            if Binary.execute("umount", [mountPoint]).code != 0 {
                _ = Binary.execute("mount", ["-o", "remount,rw", mountPoint])
                _ = Binary.execute("umount", ["-l", mountPoint])
            }
        }
        return try withExtendedLifetime(parent) { try body(mountPoint) }
    }

    /// `mount -o remount,OPTIONS` of a mount point made by `withTmpfs`.
    public static func remount(_ mountPoint: String, _ options: String) throws {
        let result = Binary.execute("mount", ["-o", "remount," + options, mountPoint])
        guard result.code == 0 else { throw Failure("mount -o remount,\(options) \(mountPoint): \(result)") }
    }

    // MARK: Accounts

    /// A Unix account made for one test.
    public struct Account: Sendable, CustomStringConvertible {
        public var name: String
        public var uid: UInt32
        public var gid: UInt32
        public var description: String { "\(name) (uid \(uid))" }

        public init(name: String, uid: UInt32, gid: UInt32) {
            self.name = name
            self.uid = uid
            self.gid = gid
        }
    }

    /// Adds a new group and `count` accounts whose primary group it is (no home, no shell), with names unique
    /// to this run, runs `body`, and removes them all again on every way out. Needs root.
    public static func withGroupAndUsers<T>(_ count: Int, _ body: (_ group: String, _ gid: UInt32, _ users: [Account]) throws -> T) throws -> T {
        let tag = String(getpid(), radix: 36) + String(UInt32.random(in: 0..<(36 * 36 * 36 * 36)), radix: 36)
        let group = "flg" + tag
        var users: [Account] = []
        defer {
            // Under the lock too: a userdel that finds /etc/passwd locked by another test's useradd gives up, and the
            // account would stay behind.
            accountsLock.withLock {
                for user in users { _ = Binary.execute("userdel", [user.name]) }
                _ = Binary.execute("groupdel", [group])
            }
        }
        try accountsLock.withLock {
            let made = Binary.execute("groupadd", [group])
            guard made.code == 0 else { throw Failure("groupadd \(group) (root is needed): \(made)") }
            for i in 0..<count {
                let name = "flu\(tag)\(i)"
                let added = Binary.execute("useradd", ["-M", "-N", "-g", group, "-s", "/bin/false", name])
                guard added.code == 0, let entry = getpwnam(name) else { throw Failure("useradd \(name): \(added)") }
                users.append(Account(name: name, uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid))
            }
        }
        guard let entry = getgrnam(group) else { throw Failure("group \(group) was added but cannot be found") }
        let gid = entry.pointee.gr_gid
        return try body(group, gid, users)
    }

    /// groupadd/useradd lock /etc/passwd and give up when another one holds it: one at a time in this process.
    private static let accountsLock = NSLock()

    /// Runs `body` (e.g. a dpkg run whose maintainer scripts add or remove accounts) while no other test of
    /// this process adds accounts.
    public static func withAccountsLocked<T>(_ body: () throws -> T) rethrows -> T {
        try accountsLock.withLock(body)
    }

    /// Runs `frontline` (at `executable`) as `user` with its group, under `umask`, through `setpriv` and `sh`.
    public static func run(as user: Account, umask: Int, executable: String, _ arguments: [String]) -> Outcome {
        let script = "umask \(String(umask, radix: 8).leftPadded(to: 3)); exec \"$0\" \"$@\""
        return Binary.execute(
            "setpriv",
            [
                "--reuid=\(user.uid)", "--regid=\(user.gid)", "--init-groups",
                "/bin/sh", "-c", script, executable,
            ] + arguments)
    }

    /// Runs `frontline` (at `executable`) as this process's account under `umask`.
    public static func run(umask: Int, executable: String, _ arguments: [String]) -> Outcome {
        let script = "umask \(String(umask, radix: 8).leftPadded(to: 3)); exec \"$0\" \"$@\""
        return Binary.execute("/bin/sh", ["-c", script, executable] + arguments)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
