import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// S3 (docs/store-format.md): writes fail. Every `write`, `fsync` and `rename` a changing command makes is failed in
/// turn with ENOSPC, EIO and EACCES (strace `-e inject=SYSCALL:error=ERRNO:when=N`), then a 64 KiB tmpfs is filled
/// up, then a store's file system is remounted read-only. Each time: a clear error (exit 73, the file and the reason
/// in words, no control characters), and the store exactly as before, or holding exactly the change reported saved;
/// it loads, `check` and `log --verify` pass, no temp file is left, and the next command works.
struct FaultInjectionTests {
    /// The system calls whose failures are injected. The store renames with `renameat` (a snapshot over the old one)
    /// and `renameat2` (into history/, never replacing); `rename` and `fdatasync` are traced anyway so that a change
    /// to them would show up as new fault points (and be failed too).
    static let injected = ["write", "fsync", "fdatasync", "rename", "renameat", "renameat2"]
    static let renames: Set<String> = ["rename", "renameat", "renameat2"]
    static let errnos = ["ENOSPC", "EIO", "EACCES"]

    /// The changing commands under test.
    enum Command: String, CaseIterable, Sendable, CustomStringConvertible {
        case visit, issueMove, compact, initStore
        var description: String { rawValue }
    }

    /// What one clean run's system call touched.
    enum Target: Equatable, CustomStringConvertible {
        /// A file or directory of the store (the path as traced).
        case store(String)
        case stdout, stderr
        case other(String)

        var description: String {
            switch self {
            case .store(let path): path
            case .stdout: "stdout"
            case .stderr: "stderr"
            case .other(let what): "other: \(what)"
            }
        }
    }

    /// One occurrence of an injected system call in a clean run: the N-th `syscall` of its thread.
    struct Point: CustomStringConvertible {
        var syscall: String
        var occurrence: Int
        var target: Target
        var description: String { "\(syscall)#\(occurrence) on \(target)" }
    }

    /// A command, its store before it runs, and how to recognise that it did its change.
    final class Scenario {
        let command: Command
        let dir = TempDirectory("frontline-faults")
        /// Where the commands act (a fresh copy of `baseline` for each round; nothing there for `init`).
        let work: String
        let baseline: String

        init(_ command: Command) throws {
            self.command = command
            // The path as the kernel reports it (strace -y), without the doubled slash of "/tmp/" + "/name".
            let real =
                realpath(dir.path, nil).map { pointer in
                    defer { free(pointer) }; return String(cString: pointer)
                } ?? dir.path
            work = real + "/store"
            baseline = real + "/baseline"
            guard command != .initStore else { return }
            let store = try TestBoard.store(in: dir, admin: Binary.login, name: "baseline")
            if command == .compact {
                // A few changes for compaction to fold.
                func save(_ intent: Intent) throws {
                    try store.perform(intent, login: Binary.login, uid: Int(getuid()), today: TestBoard.today, now: TestBoard.now)
                }
                try save(.logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: "折叠前走访一")))
                try save(.moveIssue(IssueMove(issue: "I-0001", action: .extend, note: "折叠前延期", extendDays: 3)))
                try save(.logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: "折叠前走访二")))
            }
        }

        func arguments(note: String, lang: String) -> [String] {
            switch command {
            case .visit: ["visit", "P-001", "--note", note, "--data", work, "--lang", lang]
            case .issueMove: ["issue", "move", "I-0001", "申请办结", "--note", note, "--data", work, "--lang", lang]
            case .compact: ["compact", "--data", work, "--lang", lang]
            case .initStore: ["init", work, "--lang", lang]
            }
        }

        /// Puts the store back as it was before any command ran.
        func reset() {
            if command == .initStore {
                precondition(Binary.execute("rm", ["-rf", work]).code == 0)
            } else {
                Faults.copy(baseline, to: work)
            }
        }

        /// Where a clean run of the command makes the injected system calls, and the store that run leaves.
        func cleanRun() -> (points: [Point], threads: Set<String>, outcome: Outcome, after: [String: Faults.Node]) {
            reset()
            let trace = dir.at("trace")
            let outcome = Binary.execute(
                "strace",
                [
                    "-f", "-qq", "-y", "-o", trace, "-e", "trace=" + injected.joined(separator: ","),
                    Binary.frontline,
                ] + arguments(note: "clean run", lang: "en"))
            var counts: [String: Int] = [:], points: [Point] = [], threads: Set<String> = []
            for line in (Files.text(trace) ?? "").split(separator: "\n") {
                // "609   write(4</dir/journal.jsonl>, "..."..., 435) = 435": the thread, then the call.
                let thread = String(line.prefix { $0 != " " })
                let call = line.dropFirst(thread.count).drop { $0 == " " }
                guard let paren = call.firstIndex(of: "(") else { continue }
                let name = String(call[..<paren])
                guard injected.contains(name) else { continue } // also skips "<... write resumed>"
                threads.insert(thread)
                counts[thread + " " + name, default: 0] += 1
                let arguments = String(call[call.index(after: paren)...])
                points.append(
                    Point(
                        syscall: name, occurrence: counts[thread + " " + name]!,
                        target: FaultInjectionTests.renames.contains(name) ? renameTarget(of: arguments) : target(of: arguments)))
            }
            return (points, threads, outcome, Faults.tree(work))
        }

        /// Whether `path` is in the store, the derived cache aside: a load writes it when it is missing, best effort, and
        /// a failure to write it changes nothing else (the command goes on as if it had not tried).
        func inStore(_ path: String) -> Bool {
            (path == work || path.hasPrefix(work + "/")) && !path.hasPrefix(work + "/board.cache")
        }

        /// The target of a traced call's arguments: `4</path/file>, ...` or `"/from", "/to"`.
        func target(of arguments: String) -> Target {
            if arguments.hasPrefix("\"") {
                let path = String(arguments.dropFirst().prefix { $0 != "\"" })
                return inStore(path) ? .store(path) : .other(path)
            }
            let fd = String(arguments.prefix { $0.isNumber })
            var path = ""
            if let open = arguments.firstIndex(of: "<"), let close = arguments[open...].firstIndex(of: ">") {
                path = String(arguments[arguments.index(after: open)..<close])
            }
            if inStore(path) { return .store(path) }
            return fd == "1" ? .stdout : fd == "2" ? .stderr : .other("fd \(fd) \(path)")
        }

        /// The new name of a traced `renameat(3</dir>, "old", 3</dir>, "new")`: `/dir/new`.
        func renameTarget(of arguments: String) -> Target {
            func pieces(_ open: Character, _ close: Character) -> [String] {
                var found: [String] = [], rest = Substring(arguments)
                while let start = rest.firstIndex(of: open), let end = rest[rest.index(after: start)...].firstIndex(of: close) {
                    found.append(String(rest[rest.index(after: start)..<end]))
                    rest = rest[rest.index(after: end)...]
                }
                return found
            }
            let directories = pieces("<", ">"), names = pieces("\"", "\"")
            guard directories.count == 2, names.count == 2 else { return target(of: arguments) }
            let path = directories[1] + "/" + names[1]
            return inStore(path) ? .store(path) : .other(path)
        }

        /// The tree with what differs between two correct runs made equal: the time in a compaction's journal line.
        func normalized(_ tree: [String: Faults.Node]) -> [String: Faults.Node] {
            guard command == .compact, var journal = tree["journal.jsonl"] else { return tree }
            var bytes: [UInt8] = []
            for line in journal.bytes.split(separator: UInt8(ascii: "\n")) {
                guard var entry = try? EntryCodec.decode(line), entry.action == "store.compact" else {
                    bytes += line + [UInt8(ascii: "\n")]
                    continue
                }
                entry.at = TestBoard.now
                bytes += EntryCodec.encode(entry)
            }
            journal.bytes = bytes
            var result = tree
            result["journal.jsonl"] = journal
            return result
        }

        static let keptFirstSnapshot = "history/board-000000000.json"

        /// `after` without the copy of the first snapshot a compaction keeps in history/ before anything else, when it
        /// is the copy a clean run keeps: a copy of data already there, which leaves the store as it was.
        func withoutKeptCopy(_ after: [String: Faults.Node], reference: [String: Faults.Node], before: [String: Faults.Node]) -> [String: Faults.Node]
        {
            guard command == .compact, before[Self.keptFirstSnapshot] == nil, after[Self.keptFirstSnapshot] == reference[Self.keptFirstSnapshot]
            else { return after }
            var result = after
            result[Self.keptFirstSnapshot] = nil
            return result
        }

        /// Whether `after` is the store holding exactly the change a run with `note` makes, `before` being the
        /// store it started from and `reference` the store a clean run left. Nil when it is; else what is wrong.
        func changeProblem(
            note: String, before: [String: Faults.Node], after: [String: Faults.Node],
            reference: [String: Faults.Node]
        ) -> String? {
            switch command {
            case .visit, .issueMove:
                var others = after
                others["journal.jsonl"] = before["journal.jsonl"]
                if let difference = Faults.differences(before, others).first { return "a file other than the journal changed: \(difference)" }
                let old = before["journal.jsonl"]?.bytes ?? [], new = after["journal.jsonl"]?.bytes ?? []
                guard new.count > old.count, Array(new.prefix(old.count)) == old else { return "the journal was not only appended to" }
                let added = new.dropFirst(old.count)
                guard added.last == UInt8(ascii: "\n"), added.filter({ $0 == UInt8(ascii: "\n") }).count == 1 else {
                    return "the journal gained something other than one complete line"
                }
                guard let store = try? FileStore(directory: work) else { return "the store does not load" }
                if command == .visit {
                    guard store.board.visits.filter({ $0.note == note }).count == 1 else { return "the visit is not in the store once" }
                } else {
                    guard let issue = store.board.issues[id: "I-0001"], issue.status == .pendingVerification,
                        issue.log.last?.note == note
                    else { return "I-0001 is not 待核验 with the note" }
                }
                return nil
            case .compact, .initStore:
                // Both are deterministic but for the time of the compaction line: the store a clean run left is the only
                // right result.
                return Faults.differences(normalized(reference), normalized(after)).first.map { "not the store a clean run leaves: \($0)" }
            }
        }

        /// For compact and init: a failure after the new `board.json` was renamed into place (the directory fsync, or
        /// compaction's later steps) leaves the new snapshot. Nil when `after` is such a state; else what is wrong.
        func committedProblem(before: [String: Faults.Node], after: [String: Faults.Node], reference: [String: Faults.Node]) -> String? {
            guard after["board.json"] == reference["board.json"] else { return "board.json is neither the old nor the new one" }
            switch command {
            case .initStore:
                return Faults.differences(reference, after).first.map { "a half-made store: \($0)" }
            case .compact:
                // The new snapshot (and the first one kept in history/) with the old journal still in place (it holds
                // only entries the snapshot already has); or the journal folded into history/ and the new one, with
                // its compaction line, not yet in place; or everything. Nothing else.
                let after = normalized(after), reference = normalized(reference)
                var snapshotOnly = before
                snapshotOnly["board.json"] = reference["board.json"]
                snapshotOnly[Self.keptFirstSnapshot] = reference[Self.keptFirstSnapshot]
                if Faults.differences(snapshotOnly, after).isEmpty { return nil }
                var folded = reference
                folded["journal.jsonl"] = nil
                if Faults.differences(folded, after).isEmpty || Faults.differences(reference, after).isEmpty { return nil }
                return "a half-compacted store: \(Faults.differences(snapshotOnly, after).joined(separator: "; "))"
            default:
                return "only compact and init commit by renaming a snapshot"
            }
        }
    }

    /// The file a message about a failed call on `path` names: a temp file's target (the temp name holds a pid).
    static func named(_ path: String) -> String {
        guard let range = path.range(of: ".tmp-") else { return path }
        return String(path[..<range.lowerBound])
    }

    static func expectClearError(
        _ outcome: Outcome, naming path: String, errno: String, lang: String, _ place: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let words = Faults.words(for: errno)
        #expect(outcome.code == 73, "\(place): exit 73 (cannot write): \(outcome)", sourceLocation: sourceLocation)
        #expect(outcome.err.contains(path), "\(place): the message names \(path): \(outcome.err)", sourceLocation: sourceLocation)
        #expect(outcome.err.contains(errno), "\(place): the message names \(errno): \(outcome.err)", sourceLocation: sourceLocation)
        if lang == "zh" {
            #expect(
                outcome.err.contains(words.chinese), "\(place): the message says “\(words.chinese)”: \(outcome.err)",
                sourceLocation: sourceLocation)
        } else {
            #expect(
                outcome.err.lowercased().contains(words.english), "\(place): the message says '\(words.english)': \(outcome.err)",
                sourceLocation: sourceLocation)
        }
        #expect(
            Faults.controlCharacters(in: outcome.err).isEmpty, "\(place): control characters in \(outcome.err.debugDescription)",
            sourceLocation: sourceLocation)
    }

    // MARK: Injected failures

    /// Traces one clean run, then for every write, fsync and rename it made (store files, the store directory,
    /// and the output on stdout) and each of ENOSPC, EIO and EACCES, runs the command again on a fresh copy of
    /// the store with that one call failing. A failure on the store: exit 73 naming the file and the reason, the
    /// store as before (or, for compact and init after their new board.json is in place, that new state). A failure
    /// of the output: the change is saved, exactly. Then check and log --verify pass and the command, run again,
    /// works.
    @Test(.needs(.strace), arguments: Command.allCases)
    func everyWriteFsyncAndRenameFailsCleanly(_ command: Command) throws {
        let scenario = try Scenario(command)
        let work = scenario.work
        let clean = scenario.cleanRun()
        try #require(clean.outcome.code == 0 && !clean.outcome.signaled, "the clean traced run: \(clean.outcome)")
        // strace counts `when=N` per syscall and per thread: all these calls come from one thread, so the
        // clean run's numbering is the one the injection uses.
        #expect(clean.threads.count == 1, "the injected calls come from one thread, not \(clean.threads)")
        let storePoints = clean.points.filter { if case .store = $0.target { true } else { false } }
        #expect(!storePoints.isEmpty, "the clean run writes the store")
        #expect(clean.points.contains { $0.target == .stdout }, "the clean run reports on stdout")
        #expect(clean.points.allSatisfy { ["write", "fsync", "renameat", "renameat2"].contains($0.syscall) }, "\(clean.points)")
        if command == .compact || command == .initStore {
            #expect(clean.points.contains { Self.renames.contains($0.syscall) })
        }

        var rounds: [String: Int] = [:]
        var committed: [String] = [], skeletons: [String] = []
        var round = 0
        for point in clean.points {
            for errno in Self.errnos {
                round += 1
                let lang = round % 2 == 0 ? "zh" : "en"
                let place = "\(command) \(point) \(errno) --lang \(lang)"
                let note = "故障-\(point.syscall)\(point.occurrence)-\(errno)"
                scenario.reset()
                let before = Faults.tree(work)
                let outcome = Binary.execute(
                    "strace",
                    [
                        "-f", "-qq", "-o", "/dev/null", "-e", "trace=\(point.syscall)",
                        "-e", "inject=\(point.syscall):error=\(errno):when=\(point.occurrence)",
                        Binary.frontline,
                    ] + scenario.arguments(note: note, lang: lang))
                let after = Faults.tree(work)
                rounds["\(point.syscall)/\(errno)", default: 0] += 1

                #expect(!outcome.signaled, "\(place): the program crashed: \(outcome)")
                #expect(Faults.tempFiles(under: work).isEmpty, "\(place): temp file left: \(Faults.tempFiles(under: work))")
                // A failed init may leave the directory it made with some of the empty files it made first, but no
                // board.json: that is no store (commands say so and point to `frontline init`), and init completes it.
                let skeleton =
                    command == .initStore && after["board.json"] == nil && !after.isEmpty
                    && after.allSatisfy { clean.after[$0.key] == $0.value }
                let unchanged =
                    Faults.differences(before, scenario.withoutKeptCopy(after, reference: clean.after, before: before)).isEmpty || skeleton
                let changed = scenario.changeProblem(note: note, before: before, after: after, reference: clean.after)
                if skeleton { skeletons.append("\(point) \(errno)") }
                switch point.target {
                case .store(let path):
                    // A failed call on the store fails the command: exit 73 with the file and the reason.
                    Self.expectClearError(outcome, naming: Self.named(path), errno: errno, lang: lang, place)
                    if unchanged {
                        #expect(changed != nil, "\(place): the store is as before, so the change must not be in it")
                    } else {
                        // Only compact and init, after their new board.json is in place, may leave it there.
                        let problem = scenario.committedProblem(before: before, after: after, reference: clean.after)
                        let differences = Faults.differences(before, after).joined(separator: "\n")
                        #expect(problem == nil, "\(place): the store is neither as before nor complete: \(problem ?? "")\n\(differences)")
                        committed.append("\(point) \(errno)")
                    }
                case .stdout, .stderr, .other:
                    // The output, after the change was saved: the change must be there. (That the program then
                    // exits 0 and says nothing is a bug: see `aFailedWriteOfTheOutputIsReported`.)
                    #expect(changed == nil, "\(place): the change is not saved exactly: \(changed ?? "")")
                    if outcome.code != 0 {
                        #expect(outcome.code == 73, "\(place): \(outcome)")
                        #expect(Faults.controlCharacters(in: outcome.err).isEmpty, "\(place)")
                    }
                }

                // The store loads and is sound, and the next command works.
                if FileManager.default.fileExists(atPath: work + "/board.json") {
                    let check = Binary.run(["check", "--data", work])
                    #expect(check.code == 0, "\(place): check after the fault: \(check)")
                    let verify = Binary.run(["log", "--verify", "--data", work])
                    #expect(verify.code == 0, "\(place): log --verify after the fault: \(verify)")
                    #expect(Faults.tempFiles(under: work).isEmpty, "\(place): temp file after reopening")
                } else {
                    #expect(command == .initStore, "\(place): board.json is gone")
                    let check = Binary.run(["check", "--data", work])
                    #expect(check.code == 66 && check.err.contains("frontline init"), "\(place): no store, said clearly: \(check)")
                }
                if unchanged {
                    let retry = Binary.run(scenario.arguments(note: note, lang: lang))
                    #expect(retry.code == 0, "\(place): the same command again, without the fault: \(retry)")
                    let problem = scenario.changeProblem(note: note, before: before, after: Faults.tree(work), reference: clean.after)
                    #expect(problem == nil, "\(place): the retry's change: \(problem ?? "")")
                    #expect(Binary.run(["check", "--data", work]).code == 0, "\(place): check after the retry")
                }
            }
        }
        #expect(round == clean.points.count * Self.errnos.count)
        let summary = rounds.keys.sorted().map { "\($0) ×\(rounds[$0]!)" }.joined(separator: ", ")
        print(
            "S3 \(command): \(round) fault rounds over \(clean.points.map(\.description).joined(separator: "; ")) — \(summary)"
                + (committed.isEmpty ? "" : "; failed after the new snapshot was in place: \(committed.joined(separator: ", "))")
                + (skeletons.isEmpty ? "" : "; left an empty directory skeleton (no board.json): \(skeletons.count) rounds"))
    }

    /// A failed write of the output (after the change was saved) must not pass as success: a script that reads
    /// `issue new`'s id or checks `saved #N` would otherwise go on with nothing.
    @Test(.needs(.strace))
    func aFailedWriteOfTheOutputIsReported() throws {
        let scenario = try Scenario(.visit)
        let clean = scenario.cleanRun()
        let output = try #require(clean.points.first { $0.target == .stdout })
        scenario.reset()
        let before = Faults.tree(scenario.work)
        let outcome = Binary.execute(
            "strace",
            [
                "-f", "-qq", "-o", "/dev/null", "-e", "trace=write",
                "-e", "inject=write:error=ENOSPC:when=\(output.occurrence)",
                Binary.frontline,
            ] + scenario.arguments(note: "输出失败", lang: "en"))
        #expect(scenario.changeProblem(note: "输出失败", before: before, after: Faults.tree(scenario.work), reference: clean.after) == nil)
        #expect(outcome.code == 73, "\(outcome)")
        #expect(outcome.err.contains("ENOSPC") && outcome.err.contains("saved"), "says the output failed but the change was saved: \(outcome)")
    }

    /// compact and init commit when their new board.json is renamed into place; a failure after that (the directory
    /// fsync, or folding the journal) must not say "nothing was changed", and compacting again must finish the fold.
    @Test(.needs(.strace), arguments: [Command.compact, Command.initStore])
    func aFailureAfterTheNewSnapshotIsInPlaceSaysSo(_ command: Command) throws {
        let scenario = try Scenario(command)
        let clean = scenario.cleanRun()
        let rename = try #require(clean.points.firstIndex { Self.renames.contains($0.syscall) && "\($0.target)".hasSuffix("/board.json") })
        let directorySync = try #require(clean.points[(rename + 1)...].first { $0.syscall == "fsync" })
        scenario.reset()
        let outcome = Binary.execute(
            "strace",
            [
                "-f", "-qq", "-o", "/dev/null", "-e", "trace=fsync",
                "-e", "inject=fsync:error=EIO:when=\(directorySync.occurrence)",
                Binary.frontline,
            ] + scenario.arguments(note: "", lang: "en"))
        #expect(outcome.code == 73, "\(outcome)")
        #expect(!outcome.err.contains("nothing was changed"), "board.json was replaced, yet: \(outcome.err)")
        if command == .compact {
            let again = Binary.run(scenario.arguments(note: "", lang: "en"))
            #expect(again.code == 0)
            #expect(
                Faults.differences(scenario.normalized(clean.after), scenario.normalized(Faults.tree(scenario.work))).isEmpty,
                "compacting again finishes the fold")
        } else {
            let store = try FileStore(directory: scenario.work)
            #expect(store.board.person(login: Binary.login) != nil)
        }
    }

    // MARK: A full disk

    /// A 64 KiB tmpfs: visits until one does not fit. That one fails with exit 73 and "no space"; every visit
    /// reported saved is there; the store loads and is sound; with room again, saving goes on.
    @Test(.needs(.root)) func aFullDiskFailsOnlyTheSaveThatDoesNotFit() throws {
        let dir = TempDirectory("frontline-full")
        try Faults.withTmpfs(size: "64k", in: dir) { mount in
            let path = mount + "/store"
            try FileStore.create(at: path, board: TestBoard.make(admin: Binary.login))
            let data = ["--data", path]
            var acknowledged: [String] = []
            var failure: (note: String, outcome: Outcome, before: [String: Faults.Node])?
            // About 880 bytes a line: the line that does not fit is usually written in part (a short write), which
            // the program must cut back off.
            let filler = String(repeating: "现场查看施工进度，", count: 16)
            for i in 1...500 {
                let note = "第\(i)次走访：" + filler
                let before = Faults.tree(path)
                let outcome = Binary.run(["visit", "P-001", "--note", note, "--lang", "zh"] + data)
                if outcome.code == 0 {
                    acknowledged.append(note)
                } else {
                    failure = (note, outcome, before)
                    break
                }
            }
            let (lost, outcome, beforeFailure) = try #require(failure, "64 KiB took 500 visits without a failure")
            #expect(acknowledged.count >= 10, "the disk filled only after some visits (\(acknowledged.count))")
            Self.expectClearError(outcome, naming: path + "/journal.jsonl", errno: "ENOSPC", lang: "zh", "full disk, zh")
            let full = Faults.tree(path)
            let changedByFailure = Faults.differences(beforeFailure, full)
            #expect(changedByFailure.isEmpty, "the failed save left the store exactly as before: \(changedByFailure)")

            // The same save in English: the same clear refusal, and still nothing written.
            let english = Binary.run(["visit", "P-001", "--note", lost, "--lang", "en"] + data)
            Self.expectClearError(english, naming: path + "/journal.jsonl", errno: "ENOSPC", lang: "en", "full disk, en")
            #expect(Faults.differences(full, Faults.tree(path)).isEmpty)

            let store = try FileStore(directory: path)
            let notes = store.board.visits.map(\.note)
            #expect(notes == acknowledged, "every acknowledged visit, in order, and nothing else")
            #expect(!notes.contains(lost))
            #expect(store.history.count == acknowledged.count)
            #expect(store.warnings.isEmpty, "no torn line: \(store.warnings)")
            #expect(Binary.run(["check"] + data).code == 0)
            #expect(Binary.run(["log", "--verify"] + data).code == 0)
            #expect(Binary.run(["projects"] + data).code == 0)

            // Folding needs room for a new snapshot: on the full disk it fails as cleanly.
            let compact = Binary.run(["compact", "--lang", "en"] + data)
            #expect(compact.code == 73, "\(compact)")
            // It fails writing the copy of the first snapshot it keeps in history/, or the new board.json.
            #expect(
                compact.err.contains("ENOSPC")
                    && (compact.err.contains(path + "/history/board-000000000.json") || compact.err.contains(path + "/board.json")),
                "\(compact.err)")
            #expect(Faults.differences(full, Faults.tree(path)).isEmpty, "a failed compaction leaves the store as it was")
            #expect(Faults.tempFiles(under: path).isEmpty)

            // Room again: saving goes on where it stopped.
            try Faults.remount(mount, "size=1m")
            #expect(Binary.run(["visit", "P-001", "--note", lost] + data).code == 0)
            #expect(Binary.run(["compact"] + data).code == 0)
            let after = try FileStore(directory: path)
            #expect(after.board.visits.map(\.note) == acknowledged + [lost])
            #expect(Binary.run(["check"] + data).code == 0)
            #expect(Binary.run(["log", "--verify"] + data).code == 0)
            print("S3 full disk: \(acknowledged.count) visits saved on 64 KiB, visit \(acknowledged.count + 1) refused: \(outcome.err)")
        }
    }

    // MARK: A read-only file system

    /// The store's file system remounted read-only: every changing command exits 73 saying so, reading commands
    /// still work, and not a byte changes.
    @Test(.needs(.root)) func aReadOnlyFileSystemRefusesChangesAndStillReads() throws {
        let dir = TempDirectory("frontline-readonly")
        try Faults.withTmpfs(size: "1m", in: dir) { mount in
            let path = mount + "/store"
            // The store is made and changed through a FileStore that is gone before the remount: its open lock file
            // (read-write) would make the kernel refuse it ("mount point is busy").
            func prepare() throws {
                let store = try FileStore.create(at: path, board: TestBoard.make(admin: Binary.login))
                try store.perform(
                    .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: "只读前走访")),
                    login: Binary.login, uid: Int(getuid()), today: TestBoard.today, now: TestBoard.now)
            }
            try prepare()
            try Faults.remount(mount, "ro")
            defer { try? Faults.remount(mount, "rw") }
            let before = Faults.tree(path)
            let data = ["--data", path]

            let changing: [[String]] = [
                ["visit", "P-001", "--note", "只读时走访"] + data,
                ["issue", "move", "I-0001", "申请办结", "--note", "只读时办结"] + data,
                ["issue", "extend", "I-0001", "--days", "2", "--reason", "只读时延期"] + data,
                ["issue", "new", "--project", "P-001", "--title", "只读时新问题", "--unit", "U-02", "--due", "+3"] + data,
                ["progress", "P-001", "--pct", "50", "--note", "只读时填报"] + data,
                ["absence", "M-003", "--from", "+1", "--to", "+2", "--reason", "休假"] + data,
                ["compact"] + data,
                ["init", mount + "/another"],
            ]
            for (i, command) in changing.enumerated() {
                let lang = i % 2 == 0 ? "zh" : "en"
                let outcome = Binary.run(command + ["--lang", lang])
                let named = command[0] == "init" ? mount + "/another" : path
                Self.expectClearError(outcome, naming: named, errno: "EROFS", lang: lang, "\(command[0]) on a read-only file system")
                #expect(Faults.differences(before, Faults.tree(path)).isEmpty, "\(command)")
            }

            let reading: [[String]] = [
                ["projects"], ["issues"], ["units"], ["show", "P-001"], ["show", "I-0001"], ["check"], ["log"], ["log", "--verify"],
            ]
            for command in reading {
                let outcome = Binary.run(command + data)
                #expect(outcome.code == 0, "\(command) on a read-only file system: \(outcome)")
                #expect(outcome.err.isEmpty, "\(command): \(outcome.err)")
            }
            #expect(Binary.run(["show", "P-001"] + data).out.contains("只读前走访"))
            #expect(Faults.differences(before, Faults.tree(path)).isEmpty)
        }
    }
}
