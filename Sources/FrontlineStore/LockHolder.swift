import FrontlineCore
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// Finding the processes that hold a store's lock in `/proc/locks`.
extension LockHolder {
    /// The holders of the `flock` on the file at `path` (empty where `/proc/locks` is missing).
    static func holders(of path: String) -> [LockHolder] {
        var st = stat()
        guard stat(path, &st) == 0, let table = text(of: "/proc/locks") else { return [] }
        return holders(in: table, inode: UInt64(st.st_ino))
    }

    /// Parses `/proc/locks` lines like `1: FLOCK  ADVISORY  WRITE 24955 fe:00:16220263 0 EOF`; waiting
    /// requests (`1: -> FLOCK …`) are not holders.
    static func holders(in table: String, inode: UInt64, login: (Int32) -> String? = LockHolder.login(of:)) -> [LockHolder] {
        var result: [LockHolder] = []
        for line in table.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.count >= 6, words[1] == "FLOCK", let pid = Int32(words[4]),
                let device = words[5].split(separator: ":").last, UInt64(device) == inode
            else { continue }
            result.append(LockHolder(pid: pid, login: login(pid), writing: words[3] == "WRITE"))
        }
        return result
    }

    /// The account of a process, from the real uid in `/proc/<pid>/status`.
    static func login(of pid: Int32) -> String? {
        guard let status = text(of: "/proc/\(pid)/status") else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("Uid:") {
            guard let uid = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).dropFirst().first.flatMap({ UInt32($0) }),
                let entry = getpwuid(uid), let name = entry.pointee.pw_name
            else { return nil }
            return String(cString: name)
        }
        return nil
    }

    /// A small kernel-made text file (at most 1 MiB read), or nil when it cannot be read.
    private static func text(of path: String) -> String? {
        (try? Descriptor.contents(of: path, limit: 1 << 20)).map { String(decoding: $0, as: UTF8.self) }
    }
}
