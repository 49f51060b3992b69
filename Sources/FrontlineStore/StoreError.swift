#if canImport(Glibc)
import Glibc
#endif
import FrontlineCore

/// Why the store could not be read or written. Each case says what and where, in both languages.
public enum StoreError: Error, Equatable, Sendable {
    /// No store at the path.
    case noStore(path: String)
    /// A file holds something the store cannot accept; `line`/`column` are 1-based.
    case badData(file: String, line: Int, column: Int, zh: String, en: String)
    /// A system call failed: `operation` is open, write, fsync, rename …
    case io(operation: String, path: String, errno: Int32)
    case lockTimeout(path: String, seconds: Int)
    /// The directory cannot hold a shared store safely.
    case unsafeLocation(path: String, zh: String, en: String)
    case exists(path: String)
    /// Something in the store that must not be there, or not like that (a link, a FIFO, another account's file).
    case unsafeEntry(path: String, zh: String, en: String)
    /// The account may not read the store: a matter of Unix permissions, not of a missing store.
    case notPermitted(path: String, group: String?)
    /// The new board.json was already in place when a later step failed: the data is intact, and running
    /// the command again finishes the job.
    case unfinished(operation: String, path: String, errno: Int32)

    public func message(_ lang: Lang) -> String {
        switch self {
        case .noStore(let path):
            return lang.pick("\(path) 不是 Frontline 数据目录（没有 board.json）。新建：frontline init \(path)；试用示例：frontline demo",
                             "no Frontline store at \(path) (no board.json). Create one with `frontline init \(path)`, or try `frontline demo`")
        case .badData(let file, let line, let column, let zh, let en):
            return lang.pick("\(file):\(line):\(column): \(zh)", "\(file):\(line):\(column): \(en)")
        case .io(let operation, let path, let errno):
            let (name, zh, en) = StoreError.describe(errno)
            return lang.pick("无法\(StoreError.verb(operation))\(path)：\(zh)（\(name)）；数据未改动", "cannot \(operation) \(path): \(en) (\(name)); nothing was changed")
        case .lockTimeout(let path, let seconds):
            return lang.pick("等待 \(path) 的锁超过 \(seconds) 秒：有人正在保存，请稍后重试", "waited \(seconds) s for the lock on \(path): someone is saving; try again")
        case .unsafeLocation(let path, let zh, let en):
            return lang.pick("\(path)：\(zh)", "\(path): \(en)")
        case .exists(let path):
            return lang.pick("\(path) 已有数据，未做任何改动", "\(path) already holds a store; nothing was changed")
        case .unsafeEntry(let path, let zh, let en):
            return lang.pick("\(path)：\(zh)；未做任何改动", "\(path): \(en); nothing was changed")
        case .notPermitted(let path, let group):
            let ask = group.map { lang.pick("请管理员把你的账号加入用户组 \($0)（加入后重新登录）", "ask the administrator to add your account to the group \($0) (then log in again)") }
                ?? lang.pick("请管理员为你的账号开通访问权限", "ask the administrator to give your account access")
            return lang.pick("没有权限读取数据目录 \(path)：数据目录存在，但你的账号无权访问。\(ask)；如果它是受保护的数据目录，请用安装的 /usr/bin/frontline 打开",
                             "permission denied for the store \(path): it exists, but your account may not read it; \(ask). If it is a guarded store, open it with the installed /usr/bin/frontline")
        case .unfinished(let operation, let path, let errno):
            let (name, zh, en) = StoreError.describe(errno)
            return lang.pick("新的 board.json 已就位，但随后\(StoreError.verb(operation))\(path) 失败：\(zh)（\(name)）；数据完好，请再运行一次本命令以完成",
                             "the new board.json is in place, but then \(operation) \(path) failed: \(en) (\(name)); the data is intact: run the command again to finish")
        }
    }

    private static func verb(_ operation: String) -> String {
        switch operation {
        case "open": "打开"
        case "read": "读取"
        case "write": "写入"
        case "fsync": "同步到磁盘"
        case "rename": "替换"
        case "create": "创建"
        case "lock": "锁定"
        case "truncate": "截断"
        default: operation
        }
    }

    /// The errno's symbolic name, and what it means in Chinese and English.
    public static func describe(_ code: Int32) -> (String, String, String) {
        switch code {
        case ENOSPC: ("ENOSPC", "磁盘空间不足", "no space left on the device")
        case EDQUOT: ("EDQUOT", "超出磁盘配额", "disk quota exceeded")
        case EIO: ("EIO", "磁盘读写错误", "input/output error")
        case EACCES: ("EACCES", "没有权限", "permission denied")
        case EPERM: ("EPERM", "操作不被允许", "operation not permitted")
        case EROFS: ("EROFS", "文件系统为只读", "read-only file system")
        case ENOENT: ("ENOENT", "文件不存在", "no such file or directory")
        case EEXIST: ("EEXIST", "文件已存在", "file exists")
        case ENOTDIR: ("ENOTDIR", "不是目录", "not a directory")
        case EISDIR: ("EISDIR", "是一个目录", "is a directory")
        default: ("errno \(code)", systemText(code), systemText(code))
        }
    }

    private static func systemText(_ code: Int32) -> String {
        strerror(code).map { String(cString: $0) } ?? "error \(code)"
    }

    /// The exit code of cli.md for this error.
    public var exitCode: Int32 {
        switch self {
        case .noStore: 66
        case .badData: 65
        case .io, .unsafeLocation, .exists, .unfinished: 73
        case .unsafeEntry: 65
        case .notPermitted: 77
        case .lockTimeout: 75
        }
    }
}

/// Something the store noticed while loading that did not stop it, e.g. a torn journal tail.
public struct StoreWarning: Equatable, Sendable {
    public var zh: String
    public var en: String
    public func message(_ lang: Lang) -> String { lang.pick(zh, en) }
}

extension StoreError {
    /// The same failure, said of a step that came after the new snapshot was renamed into place.
    static func unfinishedAfterRename(_ error: StoreError) -> StoreError {
        if case .io(let operation, let path, let errno) = error { return .unfinished(operation: operation, path: path, errno: errno) }
        return error
    }
}
