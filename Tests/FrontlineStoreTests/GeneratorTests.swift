import FrontlineBench
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// The benchmark's store generator: deterministic, consistent, loadable, and varied enough that
/// every light, stage and status shows up even at the tiny size.
struct GeneratorTests {
    let asOf = Day(2026, 11, 27)!

    func write(seed: UInt64, in dir: TempDirectory, benchLogin: String = "bench") throws -> (String, StoreGenerator.Output) {
        let path = dir.at("store")
        let output = try StoreGenerator.write(size: .tiny, seed: seed, asOf: asOf, to: path, benchLogin: benchLogin)
        return (path, output)
    }

    @Test func sameSeedGivesByteIdenticalFiles() throws {
        let (a, b) = (TempDirectory(), TempDirectory())
        let (first, _) = try write(seed: 42, in: a)
        let (second, _) = try write(seed: 42, in: b)
        for name in ["board.json", "journal.jsonl"] {
            let x = Files.bytes(first + "/" + name), y = Files.bytes(second + "/" + name)
            #expect(x != nil && !(x ?? []).isEmpty, "\(name) is empty")
            #expect(x == y, "\(name) differs between two runs with the same seed")
        }
    }

    @Test func differentSeedGivesDifferentData() throws {
        let (a, b) = (TempDirectory(), TempDirectory())
        let (first, _) = try write(seed: 1, in: a)
        let (second, _) = try write(seed: 2, in: b)
        #expect(Files.bytes(first + "/board.json") != Files.bytes(second + "/board.json"))
        #expect(Files.bytes(first + "/journal.jsonl") != Files.bytes(second + "/journal.jsonl"))
        let x = StoreGenerator.board(size: .tiny, seed: 1, asOf: asOf), y = StoreGenerator.board(size: .tiny, seed: 2, asOf: asOf)
        #expect(x.people.map(\.name) != y.people.map(\.name))
        #expect(x.projects.map(\.name) != y.projects.map(\.name))
    }

    @Test(arguments: [1, 2, 3, 17, 2026] as [UInt64])
    func everyReferenceResolves(seed: UInt64) {
        let board = StoreGenerator.board(size: .tiny, seed: seed, asOf: asOf)
        let problems = Integrity.problems(in: board)
        #expect(problems.isEmpty, "\(problems.prefix(5).map { "\($0.id) \($0.field): \($0.message(.en))" })")
    }

    @Test func storeLoadsReplaysToTheSameBoardAndTheJournalVerifies() throws {
        let dir = TempDirectory()
        let (path, output) = try write(seed: 7, in: dir)
        let store = try FileStore(directory: path)
        #expect(store.warnings.isEmpty)
        #expect(store.board.revision == StoreGenerator.Size.tiny.journalChanges)
        #expect(store.history.count == StoreGenerator.Size.tiny.journalChanges)
        #expect(output.journalEntries == StoreGenerator.Size.tiny.journalChanges)
        #expect(output.journalBytes == Files.bytes(path + "/journal.jsonl")?.count)
        // What the generator built in memory is exactly what replaying the journal gives.
        #expect(BoardCodec.encode(store.board, journalHash: "") == BoardCodec.encode(output.board, journalHash: ""))
        let problems = Integrity.problems(in: store.board)
        #expect(problems.isEmpty, "\(problems.prefix(5).map { "\($0.id) \($0.field): \($0.message(.en))" })")
        let verification = try AuditLog.verify(directory: path)
        #expect(verification.problem == nil)
        #expect(verification.lines == StoreGenerator.Size.tiny.journalChanges)
        // Every kind of journal entry occurs, and the bench administrator made some.
        let actions = Set(store.history.map(\.action))
        #expect(actions.isSuperset(of: ["issue.move", "visit", "progress", "edit", "issue.new"]))
        #expect(store.history.contains { $0.login == "bench" })
        let times = store.history.map(\.at.seconds)
        #expect(times == times.sorted())
    }

    @Test func theBenchAccountIsAnAdministratorAndCanSave() throws {
        let dir = TempDirectory()
        let (path, _) = try write(seed: 3, in: dir, benchLogin: "someone")
        let store = try FileStore(directory: path)
        let bench = try #require(store.board.person(login: "someone"))
        #expect(bench.role == .admin)
        #expect(store.board.people.filter { $0.login == "bench" }.isEmpty)
        let open = try #require(store.board.issues.first { $0.status == .pendingAssignment })
        let now = Timestamp(iso: "2026-11-27T14:00:00+08:00")!
        try store.perform(.moveIssue(IssueMove(issue: open.id, action: .assign)), login: "someone", uid: 1000, today: asOf, now: now)
        #expect(try FileStore(directory: path).board.issues[id: open.id]?.status == .pendingAcceptance)
        #expect(try AuditLog.verify(directory: path).problem == nil)
    }

    @Test(arguments: [1, 2, 3, 17, 2026] as [UInt64])
    func everyLightStageAndStatusOccursAtTheTinySize(seed: UInt64) {
        let board = StoreGenerator.board(size: .tiny, seed: seed, asOf: asOf)
        let index = BoardIndex(board)
        let projectLights = Set(board.projects.map { index.light(of: $0, today: asOf).light })
        let issueLights = Set(board.issues.map { index.light(of: $0, today: asOf).light })
        #expect(projectLights.isSuperset(of: [.red, .yellow, .green, .gray]), "projects: \(projectLights)")
        #expect(issueLights.isSuperset(of: [.red, .yellow, .green, .gray]), "issues: \(issueLights)")
        #expect(VocabularyCoverage.missing(in: board).isEmpty, "\(VocabularyCoverage.missing(in: board))")
        // Someone is covering for an absent A today.
        #expect(board.duties.contains { index.holder(of: $0, on: asOf).actingFor != nil })
    }

    /// The snapshot's issues are made by the core's lifecycle without planning each step: every step is still one
    /// its person may take (Access), and a responsible leader is named only by an administrator or himself.
    @Test(arguments: [1, 2, 3, 17, 2026] as [UInt64])
    func everyStepOfEveryHandlingLogIsOneItsPersonMayTake(seed: UInt64) throws {
        let board = StoreGenerator.board(size: .tiny, seed: seed, asOf: asOf)
        func actor(_ id: String) throws -> Actor {
            let person = try #require(board.people[id: id])
            return Actor(login: person.login ?? id, uid: 0, person: person)
        }
        for issue in board.issues {
            let raiser = try actor(issue.raisedBy)
            let project = issue.project.flatMap { board.projects[id: $0] }
            #expect(Access.denial(.raiseIssue(project: project, unit: issue.unit), by: raiser, on: board) == nil, "\(issue.id) raised")
            #expect(issue.responsibleLeader == nil || raiser.role == .admin || raiser.person?.id == issue.responsibleLeader, "\(issue.id)")
            for line in issue.log.dropFirst() {
                let action = try #require(IssueAction(rawValue: line.action))
                #expect(Access.denial(.moveIssue(issue, action), by: try actor(line.by), on: board) == nil, "\(issue.id) \(line.action)")
            }
        }
    }

    @Test func countsAreExactAndIdsUnique() {
        let size = StoreGenerator.Size(units: 20, people: 140, projects: 90, issues: 700, visits: 1_000, journalChanges: 0)
        let board = StoreGenerator.board(size: size, seed: 11, asOf: asOf)
        #expect(board.units.count == size.units)
        #expect(board.people.count == size.people)
        #expect(board.projects.count == size.projects)
        #expect(board.issues.count == size.issues)
        #expect(board.visits.count == size.visits)
        #expect(Set(board.units.map(\.name)).count == size.units)
        #expect(Set(board.projects.map(\.name)).count == size.projects)
        #expect(Set(board.people.compactMap(\.login)).count == size.people)
        #expect(Integrity.problems(in: board).isEmpty)
        // About a tenth of the issues are overdue; visits run over the last three months.
        let overdue = board.issues.filter { Lights.isOverdue($0, today: asOf) }.count
        #expect((size.issues * 6 / 100...size.issues * 15 / 100).contains(overdue), "\(overdue) overdue")
        #expect(board.visits.allSatisfy { $0.date <= asOf && $0.date >= asOf.adding(days: -91) })
        #expect(board.issues.allSatisfy { $0.log.first?.action == "新建" && $0.log.last?.status == $0.status })
        let leaders = board.people.filter { $0.role == .leader }.count
        #expect((2...6).contains(leaders * 100 / size.people))
    }
}
