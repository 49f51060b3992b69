import FrontlineCore
import FrontlineSystem

/// Why the store could not be read or written. Each case says what and where, in both languages; what that means
/// for the program's exit is the command line's business (`ExitStatus` in FrontlineCLI).
public enum StoreError: Error, Equatable, Sendable {
    /// No store at the path.
    case noStore(path: String)
    /// A file holds something the store cannot accept; `line`/`column` are 1-based.
    case badData(file: String, line: Int, column: Int, zh: String, en: String)
    /// A system call failed: `operation` is open, write, fsync, rename …
    case io(operation: String, path: String, errno: Errno)
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
    case unfinished(operation: String, path: String, errno: Errno)
    /// No kind of store this program knows is kept at that address (`postgresql://…` before that backend exists).
    case unknownKind(address: String)

    public func message(_ lang: Lang) -> String {
        switch self {
        case .noStore(let path):
            return lang.pick("\(path) 不是 Frontline 数据目录（没有 board.json）。新建：frontline init \(path)；试用示例：frontline demo",
                             "no Frontline store at \(path) (no board.json). Create one with `frontline init \(path)`, or try `frontline demo`")
        case .badData(let file, let line, let column, let zh, let en):
            return lang.pick("\(file):\(line):\(column): \(zh)", "\(file):\(line):\(column): \(en)")
        case .io(let operation, let path, let errno):
            return lang.pick("无法\(StoreError.verb(operation))\(path)：\(errno.zh)（\(errno.name)）；数据未改动",
                             "cannot \(operation) \(path): \(errno.en) (\(errno.name)); nothing was changed")
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
            return lang.pick("新的 board.json 已就位，但随后\(StoreError.verb(operation))\(path) 失败：\(errno.zh)（\(errno.name)）；数据完好，请再运行一次本命令以完成",
                             "the new board.json is in place, but then \(operation) \(path) failed: \(errno.en) (\(errno.name)); the data is intact: run the command again to finish")
        case .unknownKind(let address):
            return lang.pick("无法打开 \(address)：本程序只能打开目录中的数据（没有处理这种地址的存储方式）",
                             "cannot open \(address): this program keeps stores in directories only (no kind of store takes such an address)")
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
