#if canImport(Glibc)
    import Glibc
#endif

/// A system call's error number, with its symbolic name and what it means in Chinese and English.
///
/// The one table of errno names in the program: every message that reports a failed system call (the store's,
/// the command line's, the board's) takes its words from here.
public struct Errno: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Int32

    public init(_ code: Int32) { self.code = code }

    /// The error of the system call that just failed on this thread.
    public static var current: Errno { Errno(errno) }

    /// The symbolic name (`ENOSPC`), or `errno N` for a number the table does not name.
    public var name: String { Errno.words[code]?.name ?? "errno \(code)" }

    /// What it means, in Chinese (the C library's English text where the table has none).
    public var zh: String { Errno.words[code]?.zh ?? systemText }

    /// What it means, in English.
    public var en: String { Errno.words[code]?.en ?? systemText }

    public var description: String { "\(en) (\(name))" }

    /// The C library's own text (`strerror`).
    private var systemText: String {
        strerror(code).map { String(cString: $0) } ?? "error \(code)"
    }

    private static let words: [Int32: (name: String, zh: String, en: String)] = [
        ENOSPC: ("ENOSPC", "磁盘空间不足", "no space left on the device"),
        EDQUOT: ("EDQUOT", "超出磁盘配额", "disk quota exceeded"),
        EIO: ("EIO", "磁盘读写错误", "input/output error"),
        EACCES: ("EACCES", "没有权限", "permission denied"),
        EPERM: ("EPERM", "操作不被允许", "operation not permitted"),
        EROFS: ("EROFS", "文件系统为只读", "read-only file system"),
        ENOENT: ("ENOENT", "文件不存在", "no such file or directory"),
        EEXIST: ("EEXIST", "文件已存在", "file exists"),
        ENOTDIR: ("ENOTDIR", "不是目录", "not a directory"),
        EISDIR: ("EISDIR", "是一个目录", "is a directory"),
    ]
}
