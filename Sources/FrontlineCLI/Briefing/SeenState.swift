import FrontlineCore
import FrontlineStore
import FrontlineSystem
import FrontlineUI

#if canImport(Glibc)
    import Glibc
#endif

/// What one person has already seen of one store: when `frontline brief` last briefed them, up to when they have
/// seen the 催办 on their items on the board (the badge on 我的), and up to which revision of the store they have
/// seen colleagues' changes to their items on 我的. Kept in their own state directory, never in the store, so that a
/// login writes nothing shared (docs/command-line.md, "brief").
///
/// The file is `$XDG_STATE_HOME/frontline/seen-<key>.json` (else `~/.local/state/frontline/…`), `<key>` the first
/// 16 hex digits of the SHA-256 of the store's address (its real path for a directory). It is read without
/// following links and only when it is a regular file of the account; it is written to a new temp file
/// (`O_EXCL | O_NOFOLLOW`, mode 0600), fsynced and renamed over the old one.
struct SeenState: Equatable {
    var lastBrief: Timestamp?
    var urgesSeen: Timestamp?
    var newsSeen: Int?

    /// Where the state of `store` is kept for the account running the command.
    struct Place {
        var directory: String
        var name: String

        init(store: StoreAddress, environment: [String: String]) {
            if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
                directory = xdg + "/frontline"
            } else {
                directory = (environment["HOME"] ?? "") + "/.local/state/frontline"
            }
            var address = store.text
            if store.scheme == nil, let real = realpath(address, nil) {
                address = String(cString: real)
                free(real)
            }
            name = "seen-" + SHA256.hex(Array(address.utf8)).prefix(16) + ".json"
        }

        var path: String { directory + "/" + name }
    }

    /// Why the state could not be read or written, in both languages.
    struct Failure: Error {
        /// What went wrong, with the file's path and, for a failed system call, its error.
        var problem: TextKey
        var path: String
        var errno: Errno?

        func message(_ lang: Lang) -> String { lang.text(problem, path, errno?.text(lang) ?? "") }
    }

    /// The state kept at `place`; none yet is an empty state. A file that is not the account's own regular file,
    /// or is damaged, is a failure (the caller says so and carries on as if it were empty).
    static func load(_ place: Place) throws(Failure) -> SeenState {
        let fd = SystemCall.restarting { openat(AT_FDCWD, place.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        if fd < 0 {
            let error = Errno.current
            if error.code == ENOENT || error.code == ENOTDIR { return SeenState() }
            throw Failure(problem: .seenCannotRead, path: place.path, errno: error)
        }
        let file = Descriptor(fd)
        defer { file.close() }
        let bytes: [UInt8]
        do throws(Errno) {
            let info = try file.status()
            guard info.st_mode & S_IFMT == S_IFREG, info.st_uid == getuid() else { throw Errno(EPERM) }
            bytes = try file.readToEnd(limit: 4096)
        } catch {
            if error.code == EPERM {
                throw Failure(problem: .seenNotOwnFile, path: place.path)
            }
            throw Failure(problem: .seenCannotRead, path: place.path, errno: error)
        }
        return try parse(bytes, place: place)
    }

    private static func parse(_ bytes: [UInt8], place: Place) throws(Failure) -> SeenState {
        let damaged = Failure(problem: .seenDamaged, path: place.path)
        guard let document = try? JSONDocument(bytes: bytes), case .object(let members) = document.root.value() else { throw damaged }
        var state = SeenState()
        for member in members {
            if member.key == "newsSeen" {
                guard let revision = member.value.intValue, revision >= 0 else { throw damaged }
                state.newsSeen = revision
                continue
            }
            guard case .string(let text) = member.value, let time = Timestamp(iso: text) else { throw damaged }
            switch member.key {
            case "lastBrief": state.lastBrief = time
            case "urgesSeen": state.urgesSeen = time
            default: throw damaged
            }
        }
        return state
    }

    /// What the board has shown at `place` (an unreadable state counts as nothing seen).
    static func board(_ place: Place) -> SeenState {
        (try? load(place)) ?? SeenState()
    }

    /// Keeps `mark` as what 我的 has shown on the board; the reason it could not, or nil.
    static func keep(_ mark: SeenMark, at place: Place, lang: Lang) -> String? {
        var state = board(place)
        switch mark {
        case .urges(let time): state.urgesSeen = time
        case .news(let revision): state.newsSeen = revision
        }
        do throws(Failure) {
            try state.save(place)
            return nil
        } catch {
            return error.message(lang)
        }
    }

    var json: JSONValue {
        var members: [JSONMember] = []
        if let lastBrief { members.append(JSONMember("lastBrief", .string(lastBrief.iso))) }
        if let urgesSeen { members.append(JSONMember("urgesSeen", .string(urgesSeen.iso))) }
        if let newsSeen { members.append(JSONMember("newsSeen", .int(newsSeen))) }
        return .object(members)
    }

    /// Writes the state at `place`, making the directory (0700) if needed.
    func save(_ place: Place) throws(Failure) {
        func failure(_ what: String, _ error: Errno) -> Failure {
            Failure(problem: .seenCannotSave, path: what, errno: error)
        }
        var made = ""
        for component in place.directory.split(separator: "/") {
            made += "/" + component
            if mkdir(made, 0o700) != 0, errno != EEXIST { throw failure(made, Errno.current) }
        }
        let directory = SystemCall.restarting { open(place.directory, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
        guard directory >= 0 else { throw failure(place.directory, Errno.current) }
        defer { _ = close(directory) }
        let temp = "\(place.name).tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let fd = SystemCall.restarting { openat(directory, temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0o600) }
        guard fd >= 0 else { throw failure(place.path, Errno.current) }
        let file = Descriptor(fd)
        do {
            try file.writeAll(JSONWriter.compact(json) + [0x0A])
            try file.sync()
        } catch {
            file.close()
            _ = unlinkat(directory, temp, 0)
            throw failure(place.path, error)
        }
        do {
            try file.closeAfterWriting()
        } catch {
            _ = unlinkat(directory, temp, 0)
            throw failure(place.path, error)
        }
        guard renameat(directory, temp, directory, place.name) == 0 else {
            let error = Errno.current
            _ = unlinkat(directory, temp, 0)
            throw failure(place.path, error)
        }
    }
}
