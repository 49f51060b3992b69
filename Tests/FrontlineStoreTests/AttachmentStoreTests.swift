import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// The content of attachments in a file store (issue 14, item 3; docs/store-format.md, "attachments/"): kept once,
/// named by its SHA-256, never overwritten, written like the store's other files, verified by the audit.
struct AttachmentStoreTests {
    let dir = TempDirectory()
    static let scan = Array("批复文件扫描件 第1页".utf8)

    func attach(
        _ store: FileStore, _ content: [UInt8] = scan, to id: String = "I-0001", name: String = "批复.pdf",
        login: String = "admin"
    ) throws -> Entry {
        try store.attach(
            AttachmentDraft(kind: .issue, id: id, name: name, size: content.count, sha256: SHA256.hex(content)),
            content: content, login: login, uid: 0, today: TestBoard.today, now: TestBoard.now)
    }

    func blob(_ store: FileStore, _ content: [UInt8] = scan) -> String { store.directory + "/attachments/" + SHA256.hex(content) }

    func inode(_ path: String) -> UInt64 {
        var st = stat()
        return lstat(path, &st) == 0 ? UInt64(st.st_ino) : 0
    }

    @Test("the content is kept once under its SHA-256, with the store's modes, before the entry that names it")
    func keptOnceByHash() throws {
        let store = try TestBoard.store(in: dir)
        let entry = try attach(store)
        #expect(entry.action == "attachment.add" && entry.changes.first?.fields.first?.name == "attachments")
        #expect(Files.bytes(blob(store)) == Self.scan)
        #expect(Files.mode(blob(store)) == 0o600 && Files.mode(store.directory + "/attachments") == 0o700)
        let first = inode(blob(store))
        // The same content under another name: one file, not rewritten.
        _ = try attach(store, name: "批复（复印件）.pdf")
        #expect(Faults.names(in: store.directory + "/attachments") == [SHA256.hex(Self.scan)])
        #expect(inode(blob(store)) == first)
        // Another session sees both; the layout accepts the directory; the audit proves the store and the content.
        let reopened = try FileStore(directory: store.directory, inspecting: true)
        #expect(reopened.board.issues[id: "I-0001"]?.attachments.map(\.name) == ["批复.pdf", "批复（复印件）.pdf"])
        #expect(try AuditLog.verify(reopened).problem == nil)
        #expect(AttachmentAudit.problems(of: reopened, board: reopened.board).isEmpty)
        #expect(try reopened.attachmentContent(SHA256.hex(Self.scan)) == Self.scan)
        #expect(Faults.tempFiles(under: store.directory).isEmpty)
    }

    @Test("in a group store the content is 0660 in a setgid 2770 directory, whatever the umask")
    func groupStoreModes() throws {
        let store = try FileStore.create(at: dir.at("group"), board: TestBoard.make(), sharing: .group(getegid()))
        let old = umask(0o077)
        defer { umask(old) }
        _ = try attach(store)
        #expect(Files.mode(blob(store)) == 0o660)
        #expect(Files.mode(store.directory + "/attachments") == 0o2770)
    }

    @Test("a refused attachment keeps nothing: no content, no directory, no line")
    func refusedKeepsNothing() throws {
        let store = try TestBoard.store(in: dir)
        let before = Faults.tree(store.directory)
        #expect(throws: DomainError.self) { _ = try attach(store, login: "viewer") }
        #expect(throws: DomainError.self) { _ = try attach(store, to: "I-0404") }
        #expect(Faults.differences(before, Faults.tree(store.directory)).isEmpty)
        _ = try attach(store)
        let after = Faults.tree(store.directory)
        #expect(throws: DomainError.self) { _ = try attach(store, Array("另一份".utf8)) } // same name
        #expect(Faults.differences(after, Faults.tree(store.directory)).isEmpty)
    }

    @Test("a missing, altered or linked content is found by the audit, naming the record and the file")
    func auditFindsDamage() throws {
        let store = try TestBoard.store(in: dir)
        let photo = Array("现场照片".utf8)
        _ = try attach(store)
        _ = try attach(store, photo, name: "现场.jpg")
        try FileManager.default.removeItem(atPath: blob(store))
        Files.write(Array("改过的照片".utf8), to: blob(store, photo) + ".x")
        rename(blob(store, photo) + ".x", blob(store, photo))
        var problems = AttachmentAudit.problems(of: store, board: store.board)
        #expect(
            problems.map { $0.message(.en) } == [
                "I-0001: attachment '批复.pdf' is missing: \(blob(store)) is not there",
                "I-0001: attachment '现场.jpg' was altered: \(blob(store, photo)) hashes to \(SHA256.hex(Array("改过的照片".utf8))), not to what the record says",
            ])
        // A link in place of the content is never followed: reported, and a new attachment of that content refused.
        let victim = dir.at("victim")
        Files.write(Self.scan, to: victim)
        symlink(victim, blob(store))
        problems = AttachmentAudit.problems(of: store, board: store.board)
        #expect(problems.first?.message(.en).contains("symbolic link") == true, "\(problems.map { $0.message(.en) })")
        #expect(throws: StoreError.self) { _ = try FileStore(directory: store.directory) }
    }

    @Test("a stray file in attachments/ stops the store, naming it")
    func strayRefused() throws {
        let store = try TestBoard.store(in: dir)
        _ = try attach(store)
        Files.write("x", to: store.directory + "/attachments/notes.txt")
        #expect {
            _ = try FileStore(directory: store.directory)
        } throws: { error in
            (error as? StoreError)?.message(.en).contains("attachments/notes.txt") == true
        }
    }

    @Test("a temp file left by a killed writer is accepted by readers and removed by the next writer")
    func staleTempRemoved() throws {
        let store = try TestBoard.store(in: dir)
        _ = try attach(store)
        let stale = store.directory + "/attachments/" + SHA256.hex(Array("半截".utf8)) + ".tmp-99999-abcdef"
        Files.write(Array("半截".utf8), to: stale)
        chmod(stale, 0o600)
        let reader = try FileStore(directory: store.directory)
        #expect(reader.board.issues[id: "I-0001"]?.attachments.count == 1)
        try reader.perform(
            .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: "现场查看")),
            login: "admin", uid: 0, today: TestBoard.today, now: TestBoard.now)
        #expect(Faults.tempFiles(under: store.directory).isEmpty)
    }

    /// S3 for attachments: a disk too full for the content fails the save; no temp file and no line are left, and the
    /// store is as it was.
    @Test(.needs(.root)) func aFullDiskKeepsNoTempFile() throws {
        let dir = TempDirectory("frontline-attach-full")
        try Faults.withTmpfs(size: "64k", in: dir) { mount in
            let store = try FileStore.create(at: mount + "/store", board: TestBoard.make())
            let before = Faults.tree(store.directory)
            let big = [UInt8](repeating: 0x42, count: 256 * 1024)
            #expect(throws: StoreError.self) { _ = try attach(store, big, name: "大图.tif") }
            #expect(Faults.tempFiles(under: store.directory).isEmpty)
            #expect(Faults.tree(store.directory)["journal.jsonl"] == before["journal.jsonl"])
            #expect(store.board.issues[id: "I-0001"]?.attachments.isEmpty == true)
            #expect(try FileStore(directory: store.directory).board.issues[id: "I-0001"]?.attachments.isEmpty == true)
            // With room, the next one is kept.
            _ = try attach(store)
            #expect(Files.bytes(store.directory + "/attachments/" + SHA256.hex(Self.scan)) == Self.scan)
        }
    }

    @Test("the in-memory store keeps content too, and its audit finds a missing one")
    func inMemory() throws {
        let store = InMemoryStore(board: TestBoard.make())
        _ = try store.attach(
            AttachmentDraft(kind: .issue, id: "I-0001", name: "a.pdf", size: Self.scan.count, sha256: SHA256.hex(Self.scan)),
            content: Self.scan, login: "admin", uid: 0, today: TestBoard.today, now: TestBoard.now)
        #expect(AttachmentAudit.problems(of: store, board: store.board).isEmpty)
        store.blobs = [:]
        #expect(AttachmentAudit.problems(of: store, board: store.board).count == 1)
    }
}
