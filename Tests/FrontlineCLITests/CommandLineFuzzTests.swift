import Foundation
import FrontlineCore
import FrontlineRandom
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Property: whatever is typed on the command line, the program never crashes or hangs, exits with one of
/// docs/command-line.md's codes, changes nothing when it refuses, and writes nothing a terminal would act on (issue 9
/// "done when", issue 10 item 6). Random command lines (`CommandLineFuzz`) run in process through
/// `Frontline.main`, as every role; a smaller sample runs through the real binary under a time limit.
struct CommandLineFuzzTests {
    static let codes: Set<Int32> = [0, 1, 64, 65, 66, 73, 75, 77]
    static let logins = RoleMatrix.logins

    /// Ledger files for `import`: good, out of range, mixed encodings, random bytes, empty.
    static func ledgerFiles(in dir: TempDirectory, random: inout SplitMix64) -> [String] {
        var files: [(String, [UInt8])] = [
            ("projects.csv", Array("项目编号,进度,本年累计完成,计划开工\nP-001,55,9100.5,2027-01-01\n".utf8)),
            ("huge.csv", Array("项目编号,进度,总投资,计划开工\nP-001,9223372036854775807,99999999999999999,9999-12-31\n".utf8)),
            ("units.csv", Array("单位,简称,排序\n新区,新,9223372036854775807\n北海,北,1\n".utf8)),
            ("mixed.csv", Array("单位,简称\n新区,新\n".utf8) + [0xB1, 0xB1, 0xBA, 0xA3, 0x2C, 0x78, 0x0A]),
            ("people.csv", Array("姓名,单位,账号,角色\n\u{1B}[31m某人,U-02,\u{202E}x,管理员\n".utf8)),
            ("empty.csv", []),
        ]
        files.append(("random.csv", (0..<random.int(in: 1...400)).map { _ in UInt8(truncatingIfNeeded: random.next()) }))
        return files.map { name, bytes in
            Files.write(bytes, to: dir.at(name))
            return dir.at(name)
        }
    }

    /// What a terminal would act on: ESC, C1 controls (CSI 0x9B), BEL, backspace, a CR that is not part of a CRLF.
    static func terminalControls(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.compactMap { i in
            let v = scalars[i].value
            let bareCR = v == 0x0D && (i + 1 == scalars.count || scalars[i + 1] != "\n")
            return v == 0x1B || v == 0x07 || v == 0x08 || (0x80...0x9F).contains(v) || bareCR ? String(v, radix: 16) : nil
        }
    }

    @Test(.timeLimit(.minutes(10)), arguments: [UInt64(2026), 1127, 9, 42])
    func inProcess(seed: UInt64) throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir).directory
        var random = SplitMix64(seed: seed, stream: 1)
        var fuzz = CommandLineFuzz(
            values: HostileValues(seed: seed), files: Self.ledgerFiles(in: dir, random: &random),
            output: dir.at("out.csv"))
        var codes: [Int32: Int] = [:]
        for _ in 0..<300 {
            let arguments = fuzz.next() + ["--data", store]
            let login = random.pick(Self.logins)
            let before = Files.snapshot(store)
            let result = cli(arguments, login: login)
            codes[result.code, default: 0] += 1
            #expect(Self.codes.contains(result.code), "\(arguments) as \(login): \(result)")
            if result.code != 0 {
                let after = Files.snapshot(store)
                let changed = Set(before.keys).union(after.keys).filter {
                    before[$0]?.bytes != after[$0]?.bytes || before[$0]?.mode != after[$0]?.mode
                }
                #expect(changed.isEmpty, "\(arguments) as \(login) was refused (\(result.code)) but changed \(changed.sorted()): \(result.err)")
            }
            let warnings = (try? FileStore(directory: store).warnings.map { $0.message(.en) }) ?? ["cannot open"]
            #expect(warnings.isEmpty, "after \(arguments) as \(login) (\(result.code)): \(warnings)")
            #expect(Self.terminalControls(result.err).isEmpty, "\(arguments): stderr \(Self.terminalControls(result.err))")
            #expect(Self.terminalControls(result.out).isEmpty, "\(arguments): stdout \(Self.terminalControls(result.out))")
        }
        #expect(codes[0, default: 0] > 10 && codes[64, default: 0] > 10, "both accepted and refused lines were tried: \(codes)")
        #expect(try AuditLog.verify(directory: store).problem == nil, "what was saved is a sound journal")
        #expect(cli(["check", "--data", store]).code == 0, "and the store passes check")
    }

    @Test(.timeLimit(.minutes(10)))
    func throughTheRealBinary() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir, admin: Binary.login).directory
        var random = SplitMix64(seed: 7, stream: 2)
        var fuzz = CommandLineFuzz(values: HostileValues(seed: 7), files: Self.ledgerFiles(in: dir, random: &random), output: dir.at("out.csv"))
        for _ in 0..<40 {
            let arguments = fuzz.next() + ["--data", store]
            let before = Files.snapshot(store)
            // timeout(1): 124 when the program hangs; 128 + n when a signal ended it.
            let result = Binary.execute("timeout", ["-s", "KILL", "120", Binary.frontline] + arguments)
            #expect(result.code != 124 && result.code < 128 && !result.signaled, "\(arguments): hung or crashed: \(result)")
            #expect(Self.codes.contains(result.code), "\(arguments): \(result)")
            if result.code != 0 { #expect(Files.same(before, Files.snapshot(store)), "\(arguments) refused but changed the store") }
        }
    }

    /// The crashes of the issues, as they were reported.
    @Test(arguments: [
        ["issue", "extend", "I-0001", "--days", "9223372036854775807", "--reason", "x"],
        ["issue", "new", "--project", "P-001", "--title", "x", "--unit", "U-02", "--due", "+9223372036854775807"],
        ["absence", "M-003", "--from", "+9223372036854775807", "--to", "+1", "--reason", "出差"],
        ["log", "--since", "-9223372036854775808"],
        ["edit", "P-001", "progressPct=9223372036854775807"],
        ["issues", "--due-within", "9223372036854775807"],
        ["progress", "P-001", "--pct", "9223372036854775807", "--note", "x"],
        ["report", "half-month", "--period", "9999-12-2", "--publish"],
        ["rank", "--period", "0001-01-1"],
    ])
    func theReportedCrashesAreUsageErrors(_ arguments: [String]) throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir).directory
        let before = Files.snapshot(store)
        let result = cli(arguments + ["--data", store])
        #expect(result.code == 64, "\(result)")
        #expect(!result.err.isEmpty)
        #expect(Files.same(before, Files.snapshot(store)))
    }
}

/// Found by the fuzz: `edit P-001 name=a name=b` saved a journal line naming the field twice, which the
/// strict reader then took for a torn line and moved aside on the next save.
struct EditTwiceTests {
    @Test func aFieldGivenTwiceIsRefused() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir).directory
        let before = Files.snapshot(store)
        let result = cli(["edit", "P-001", "name=甲", "name=乙", "--data", store])
        #expect(result.code == 64, "\(result)")
        #expect(result.err.contains("name: the same field is given twice"))
        #expect(Files.same(before, Files.snapshot(store)))
    }
}
