#if canImport(Glibc)
    import Glibc
#endif

/// Refuses directories where a shared store cannot keep its promises (docs/store-format.md: network file systems
/// and sticky directories).
enum StoreLocation {
    static func check(_ path: String) throws(StoreError) {
        if let type = fileSystemType(of: path), let name = networkName(type) {
            throw .unsafeLocation(
                path: path,
                zh: "位于 \(name) 网络文件系统上。多人同时保存依赖本机文件锁和原子替换，网络文件系统不能保证，数据可能丢失。请把数据目录放在服务器本地磁盘上（如 /srv/frontline）",
                en:
                    "is on \(name), a network file system. Saving safely with several people at once needs local file locks and atomic renames, which \(name) does not guarantee. Put the store on a local disk of the server (e.g. /srv/frontline)"
            )
        }
        var st = stat()
        if stat(path, &st) == 0 && st.st_mode & S_ISVTX != 0 {
            throw .unsafeLocation(
                path: path,
                zh: "设置了粘滞位（sticky，如 /tmp）。粘滞目录中只有文件所有者能替换文件，同事保存时会失败。请用 frontline init 新建专用目录",
                en:
                    "has the sticky bit (like /tmp). In a sticky directory only a file's owner may replace it, so colleagues' saves would fail. Create a dedicated directory with `frontline init`"
            )
        }
    }

    /// The display name of a network or user-space file system type (`nfs4` → NFS), nil for local ones.
    static func networkName(_ type: String) -> String? {
        switch type {
        case "nfs", "nfs4": "NFS"
        case "cifs", "smb3", "smbfs": "SMB/CIFS"
        case "9p", "afs", "ceph", "glusterfs", "lustre": type
        case _ where type.hasPrefix("fuse"): "FUSE (\(type))"
        default: nil
        }
    }

    /// The type of the file system holding `path`, from the longest matching mount point in /proc/self/mounts.
    static func fileSystemType(of path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        let absolute = String(cString: resolved)
        free(resolved)
        guard let bytes = Posix.readSystemFile("/proc/self/mounts") else { return nil }
        var best: (length: Int, type: String)?
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let mountPoint = unescapeMount(String(fields[1]))
            let contains = mountPoint == "/" || absolute == mountPoint || absolute.hasPrefix(mountPoint + "/")
            if contains && mountPoint.count >= (best?.length ?? -1) { best = (mountPoint.count, String(fields[2])) }
        }
        return best?.type
    }

    /// /proc/mounts writes space, tab, newline and backslash as octal escapes (`\040`).
    static func unescapeMount(_ text: String) -> String {
        var result = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i] == "\\", i + 3 < chars.count, let code = UInt8(String(chars[(i + 1)...(i + 3)]), radix: 8) {
                result.append(Character(Unicode.Scalar(code)))
                i += 4
            } else {
                result.append(chars[i])
                i += 1
            }
        }
        return result
    }
}
