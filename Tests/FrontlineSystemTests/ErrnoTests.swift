import FrontlineSystem
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The one table of errno names: what every message about a failed system call says.
struct ErrnoTests {
    @Test(
        "named errors say their symbol and meaning in both languages",
        arguments: [
            (ENOSPC, "ENOSPC", "磁盘空间不足", "no space left on the device"),
            (EIO, "EIO", "磁盘读写错误", "input/output error"),
            (EACCES, "EACCES", "没有权限", "permission denied"),
            (EROFS, "EROFS", "文件系统为只读", "read-only file system"),
            (EDQUOT, "EDQUOT", "超出磁盘配额", "disk quota exceeded"),
        ])
    func namedErrors(_ code: Int32, _ name: String, _ zh: String, _ en: String) {
        let error = Errno(code)
        #expect(error.name == name)
        #expect(error.zh == zh)
        #expect(error.en == en)
        #expect(error.description == "\(en) (\(name))")
    }

    @Test func anErrorTheTableDoesNotNameKeepsItsNumberAndTheLibrarysText() {
        let error = Errno(EXDEV)
        #expect(error.name == "errno \(EXDEV)")
        #expect(error.en == String(cString: strerror(EXDEV)))
        #expect(error.zh == error.en)
    }

    @Test func theCurrentErrorIsTheLastFailedCall() {
        #expect(open("/nonexistent/frontline-errno-test", O_RDONLY) == -1)
        #expect(Errno.current == Errno(ENOENT))
    }
}
