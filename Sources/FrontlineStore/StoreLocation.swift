import FrontlineCore

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
                reason: Phrase(.storeNetworkFileSystem, "\(name)")
            )
        }
        var st = stat()
        if stat(path, &st) == 0 && st.st_mode & S_ISVTX != 0 {
            throw .unsafeLocation(
                path: path,
                reason: Phrase(.storeStickyDirectory)
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
