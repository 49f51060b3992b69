import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// `frontline attachment add|list|get` (issue 14, item 3) on a copy of the sample: 韩立群 (hanliqun) leads P-029,
/// whose visit V-0269 and issue I-0055 (handled by U-05) he may attach to; 董晓宇 (dongxiaoyu) is of U-05.
struct AttachmentCommandTests {
    static let photo: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("现场照片：基坑支护".utf8)

    static func setUp(_ dir: TempDirectory) throws -> (data: String, photo: String) {
        let data = try UrgeCommandTests.sampleCopy(dir)
        let photo = dir.at("IMG_0001.png")
        Files.write(AttachmentCommandTests.photo, to: photo)
        return (data, photo)
    }

    static func blobPath(_ data: String, _ content: [UInt8]) -> String { data + "/attachments/" + SHA256.hex(content) }

    @Test("add to a visit and an issue; list, show and get them back; check and log --verify pass")
    func addListGet() throws {
        let dir = TempDirectory()
        let (data, photo) = try Self.setUp(dir)
        let added = cli(["attachment", "add", "V-0269", photo, "--data", data, "--lang", "zh"], login: "hanliqun")
        #expect(added.code == 0 && added.out.hasPrefix("已保存 #1：V-0269 附件：IMG_0001.png（35 字节"), "\(added)")
        let named = cli(["attachment", "add", "I-0055", photo, "--name", "施工许可证扫描件.png", "--data", data, "--lang", "zh"], login: "dongxiaoyu")
        #expect(named.code == 0, "\(named)")
        // The same content on two records is kept once.
        #expect(Files.bytes(Self.blobPath(data, Self.photo)) == Self.photo)
        #expect((try FileManager.default.contentsOfDirectory(atPath: data + "/attachments")) == [SHA256.hex(Self.photo)])
        #expect(Files.mode(Self.blobPath(data, Self.photo)) == 0o600)

        let list = cli(["attachment", "list", "V-0269", "--data", data, "--lang", "zh"], login: "hanliqun")
        #expect(list.code == 0, "\(list)")
        #expect(list.out.contains("名称") && list.out.contains("添加人"), "\(list.out)")
        #expect(
            list.out.contains("IMG_0001.png") && list.out.contains("35 B") && list.out.contains("韩立群") && list.out.contains("image/png"),
            "\(list.out)")
        let json = cli(["attachment", "list", "I-0055", "--format", "json", "--data", data], login: "hanliqun")
        #expect(json.out.contains(SHA256.hex(Self.photo)) && json.out.contains("35"), "\(json.out)")

        let issue = cli(["show", "I-0055", "--data", data, "--lang", "zh"], login: "hanliqun")
        #expect(issue.out.contains("附件（1）\n  施工许可证扫描件.png  35 B  董晓宇  "), "\(issue.out)")
        let visit = cli(["show", "V-0269", "--data", data, "--lang", "en"], login: "hanliqun")
        #expect(visit.code == 0 && visit.out.contains("Attachments (1)\n  IMG_0001.png  35 B  韩立群  "), "\(visit)")
        let project = cli(["show", "P-029", "--data", data, "--lang", "zh"], login: "hanliqun")
        #expect(project.out.contains("[附件 1 · V-0269]"), "\(project.out)")

        let out = dir.at("out.png")
        let got = cli(["attachment", "get", "V-0269", "IMG_0001.png", "--output", out, "--data", data, "--lang", "zh"], login: "viewer-none")
        #expect(got.code == 0 && got.out.contains("已将附件“IMG_0001.png”（35 B）写入"), "\(got)")
        #expect(Files.bytes(out) == Self.photo)
        // By hash prefix; an existing file is kept unless --force.
        let again = cli(["attachment", "get", "I-0055", String(SHA256.hex(Self.photo).prefix(10)), "--output", out, "--data", data, "--lang", "en"])
        #expect(again.code == 73 && again.err.contains("exists; add --force"), "\(again)")
        Files.write("mine", to: out)
        let forced = cli(["attachment", "get", "I-0055", SHA256.hex(Self.photo), "--output", out, "--force", "--data", data])
        #expect(forced.code == 0 && Files.bytes(out) == Self.photo, "\(forced)")
        let unknown = cli(["attachment", "get", "I-0055", "nope.png", "--output", dir.at("x"), "--data", data, "--lang", "en"])
        #expect(unknown.code == 64 && unknown.err.contains("has no attachment named"), "\(unknown)")

        let check = cli(["check", "--data", data, "--lang", "en"], login: "fanlicheng")
        #expect(check.code == 0, "\(check)")
        let verify = cli(["log", "--verify", "--data", data, "--lang", "en"], login: "fanlicheng")
        #expect(verify.code == 0, "\(verify)")
        // Evidence is not taken back.
        let undo = cli(["undo", "--data", data, "--lang", "en"], login: "dongxiaoyu")
        #expect(undo.code != 0 && undo.err.contains("attachments are evidence on file"), "\(undo)")
    }

    @Test("get never writes through a symbolic link, even with --force")
    func getRefusesLinks() throws {
        let dir = TempDirectory()
        let (data, photo) = try Self.setUp(dir)
        #expect(cli(["attachment", "add", "I-0055", photo, "--data", data], login: "hanliqun").code == 0)
        let target = dir.at("victim.txt")
        Files.write("keep me", to: target)
        let link = dir.at("link.png")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        for force in [false, true] {
            let got = cli(
                ["attachment", "get", "I-0055", "IMG_0001.png", "--output", link, "--data", data, "--lang", "zh"] + (force ? ["--force"] : []))
            #expect(got.code == 73, "\(got)")
            #expect(got.err.contains(force ? "是符号链接" : "已存在"), "\(got)")
        }
        #expect(Files.text(target) == "keep me")
    }

    @Test("bad input: missing file, directory, FIFO, empty, too large, unreadable, duplicate name, no such record: a clear error, nothing stored")
    func badInput() throws {
        let dir = TempDirectory()
        let (data, photo) = try Self.setUp(dir)
        #expect(cli(["edit", "settings", "attachmentLimitMB=1", "--data", data], login: "fanlicheng").code == 0)
        let large = dir.at("large.tif")
        Files.write([UInt8](repeating: 7, count: 1024 * 1024 + 1), to: large)
        let empty = dir.at("empty.txt")
        Files.write([], to: empty)
        let before = Files.snapshot(data)
        func refused(
            _ arguments: [String], code: Int32, _ message: String, login: String = "hanliqun", sourceLocation: SourceLocation = #_sourceLocation
        ) {
            let result = cli(["attachment", "add"] + arguments + ["--data", data, "--lang", "en"], login: login)
            #expect(result.code == code && result.err.contains(message), "\(result)", sourceLocation: sourceLocation)
            let unchanged = Files.same(before, Files.snapshot(data))
            #expect(unchanged, "the store changed", sourceLocation: sourceLocation)
            #expect(!FileManager.default.fileExists(atPath: data + "/attachments"), sourceLocation: sourceLocation)
        }
        refused(["I-0055", dir.at("nothing.png")], code: 66, "no such file")
        refused(["I-0055", dir.path], code: 66, "is a directory")
        refused(["I-0055", empty], code: 64, "is empty")
        refused(["I-0055", large], code: 64, "over this store's attachment limit of 1 MB")
        refused(["I-9999", photo], code: 64, "no visit or issue 'I-9999'")
        refused(["P-029", photo], code: 64, "only visits and issues carry attachments")
        refused(["I-0055", photo, "--name", " "], code: 64, "must not be blank")
        refused(["I-0055", photo], code: 77, "read-only role", login: "yanzhengqing")
        let fifo = dir.at("pipe.jpg")
        mkfifo(fifo, 0o600)
        refused(["I-0055", fifo], code: 66, "is not a regular file")
        if !Faults.isRoot {
            let locked = dir.at("locked.pdf")
            Files.write("secret", to: locked)
            chmod(locked, 0)
            refused(["I-0055", locked], code: 66, "cannot read")
        }
        // A name already on the record.
        #expect(cli(["attachment", "add", "I-0055", photo, "--data", data], login: "hanliqun").code == 0)
        let kept = Files.snapshot(data)
        Files.write("另一张照片", to: dir.at("other.png"))
        let same = cli(
            ["attachment", "add", "I-0055", dir.at("other.png"), "--name", "IMG_0001.png", "--data", data, "--lang", "zh"], login: "hanliqun")
        #expect(same.code == 64 && same.err.contains("已有名为“IMG_0001.png”的附件"), "\(same)")
        let unchanged = Files.same(kept, Files.snapshot(data))
        #expect(unchanged)
    }

    @Test("a hostile name (escape sequences, bidi overrides) is kept as given and never reaches the terminal raw")
    func hostileName() throws {
        let dir = TempDirectory()
        let (data, photo) = try Self.setUp(dir)
        let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J报告\u{202E}gpj.exe"
        #expect(cli(["attachment", "add", "I-0055", photo, "--name", hostile, "--data", data], login: "hanliqun").code == 0)
        #expect(try FileStore(directory: data).board.issues[id: "I-0055"]?.attachments.first?.name == hostile)
        for arguments in [["attachment", "list", "I-0055"], ["show", "I-0055"], ["log"]] {
            let result = cli(arguments + ["--data", data], login: "hanliqun")
            #expect(result.code == 0, "\(result)")
            for raw in ["\u{1B}", "\u{07}", "\u{202E}"] {
                #expect(!result.out.contains(raw) && !result.err.contains(raw), "\(arguments): \(result.out.debugDescription)")
            }
            #expect(result.out.contains("报告"), "\(arguments)")
        }
        let out = dir.at("out")
        let got = cli(["attachment", "get", "I-0055", hostile, "--output", out, "--data", data], login: "hanliqun")
        #expect(got.code == 0 && !got.out.contains("\u{1B}") && Files.bytes(out) == Self.photo, "\(got)")
    }

    @Test("check and log --verify name the record and the file of a missing or altered attachment")
    func verification() throws {
        let dir = TempDirectory()
        let (data, photo) = try Self.setUp(dir)
        let scan = dir.at("scan.pdf")
        Files.write("%PDF-1.4 批复", to: scan)
        #expect(cli(["attachment", "add", "V-0269", photo, "--data", data], login: "hanliqun").code == 0)
        #expect(cli(["attachment", "add", "I-0055", scan, "--data", data], login: "hanliqun").code == 0)
        let photoBlob = Self.blobPath(data, Self.photo)
        let scanBlob = Self.blobPath(data, Files.bytes(scan)!)
        try FileManager.default.removeItem(atPath: photoBlob)
        Files.write("%PDF-1.4 改过的批复", to: scanBlob + ".new")
        try FileManager.default.removeItem(atPath: scanBlob)
        try FileManager.default.moveItem(atPath: scanBlob + ".new", toPath: scanBlob)
        for arguments in [["check"], ["log", "--verify"]] {
            let result = cli(arguments + ["--data", data, "--lang", "en"], login: "fanlicheng")
            #expect(result.code == 1, "\(result)")
            #expect(result.err.contains("V-0269: attachment 'IMG_0001.png' is missing: \(photoBlob) is not there"), "\(result.err)")
            #expect(result.err.contains("I-0055: attachment 'scan.pdf' was altered: \(scanBlob) hashes to"), "\(result.err)")
        }
        let check = cli(["check", "--data", data, "--lang", "zh"], login: "fanlicheng")
        let line = check.err.split(separator: "\n").first { $0.contains("V-0269") }
        #expect(line?.hasPrefix(data + "/") == true && line?.contains("附件“IMG_0001.png”缺失") == true, "the record's place: \(check.err)")
        let got = cli(
            ["attachment", "get", "I-0055", "scan.pdf", "--output", dir.at("out.pdf"), "--data", data, "--lang", "zh"], login: "fanlicheng")
        #expect(got.code == 65 && got.err.contains("被改动过") && !FileManager.default.fileExists(atPath: dir.at("out.pdf")), "\(got)")
    }
}
