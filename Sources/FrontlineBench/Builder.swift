import FrontlineCore
import FrontlineRandom

/// Builds one generated store: first the snapshot (`build`), then, on top of it, the journal.
struct Builder {
    let size: StoreGenerator.Size
    let seed: UInt64
    let asOf: Day
    let today: Int
    let benchLogin: String
    /// The last day of the snapshot's data, and the latest minute of day on it.
    let end: Int
    let endCap: Int
    /// 序时进度 on the as-of date, hundredths of a percent.
    let target: Int
    /// When units, people and the roster were entered (early in the year).
    let setupDay: Int

    var units: [UnitModel] = []
    var econ: [Int] = [], streets: [Int] = [], parks: [Int] = [], functional: [Int] = []
    var tagged: [UnitTag: Int] = [:]
    var people: [PersonModel] = []
    var admins: [Int] = [], leaders: [Int] = []
    var bench = 0
    var duties: [DutyModel] = []
    /// Per unit, its roster lines (项目服务 first).
    var dutiesByUnit: [[DutyModel]] = []
    var absences: [AbsenceModel] = []
    /// Who holds what on a day: the core's `Roster` over the roster lines and absences made so far.
    var roster = Roster(Board())
    var projects: [ProjectModel] = []
    var visits: [VisitModel] = []
    /// The issues as the core's lifecycle leaves them (ids are given once they are sorted by the day raised),
    /// each with the template it came from.
    var issues: [Issue] = []
    var issueTemplates: [Int?] = []
    var progress: [ProgressModel] = []

    // Ids, in the order of the arrays above (issues, visits and progress reports sorted by date).
    let unitIds: [String], personIds: [String], projectIds: [String]
    var issueIds: [String] = [], visitIds: [String] = []
    /// Person id → index.
    let personIndex: [String: Int]

    init(size: StoreGenerator.Size, seed: UInt64, asOf: Day, benchLogin: String) {
        precondition(
            size.units >= 4 && size.people >= 3 * size.units + 12 && size.projects >= 1,
            "size too small: at least 4 units, 3 people per unit and a few more, 1 project")
        self.size = size
        self.seed = seed
        self.asOf = asOf
        today = asOf.ordinal
        self.benchLogin = benchLogin
        end = size.journalChanges > 0 ? today - 2 : today
        endCap = size.journalChanges > 0 ? 19 * 60 : 10 * 60 + 30
        target = Schedule.elapsedPercent(asOf)
        let jan5 = Day(asOf.year, 1, 5)!.ordinal
        setupDay = jan5 < end - 7 ? jan5 : end - 60
        unitIds = (0..<size.units).map { makeId("U", $0 + 1, width: idWidth(.unit, count: size.units)) }
        personIds = (0..<size.people).map { makeId("M", $0 + 1, width: idWidth(.person, count: size.people)) }
        projectIds = (0..<size.projects).map { makeId("P", $0 + 1, width: idWidth(.project, count: size.projects)) }
        personIndex = Dictionary(uniqueKeysWithValues: personIds.enumerated().map { ($1, $0) })
    }

    mutating func rng(_ stream: UInt64) -> SplitMix64 { SplitMix64(seed: seed, stream: stream) }

    mutating func build() -> Board {
        makeUnits()
        makePeople()
        makeRoster()
        makeProjects()
        makeVisits()
        makeIssues()
        makeProgress()
        return assemble()
    }

    // MARK: Time

    /// A minute on `day` between `from` and `to` (minutes of day), never past the snapshot's end.
    func minute(_ rng: inout SplitMix64, _ day: Int, _ from: Int, _ to: Int) -> Int {
        var hi = to
        if day == end { hi = min(hi, endCap) }
        let lo = min(from, hi)
        return day * 1440 + rng.int(in: lo...hi)
    }

    /// The next minute after `previous` on `day`: a fresh time of day, or a little later the same day.
    func minute(after previous: Int?, _ rng: inout SplitMix64, _ day: Int, _ from: Int, _ to: Int) -> Int {
        var t = minute(&rng, day, from, to)
        if let previous, t <= previous {
            t = previous + rng.int(in: 6...75)
            let latest = day * 1440 + 23 * 60 + 50
            if t > latest { t = previous + 1 }
        }
        return t
    }

    // MARK: Names

    func personName(_ rng: inout SplitMix64) -> (String, String) {
        let (surname, sp) = Vocabulary.surnames[rng.skewed(Vocabulary.surnames.count)]
        let (g1, p1) = rng.pick(Vocabulary.given)
        if rng.chance(300) { return (surname + g1, sp + p1) }
        let (g2, p2) = rng.pick(Vocabulary.given)
        return (surname + g1 + g2, sp + p1 + p2)
    }

    func mobile(_ rng: inout SplitMix64) -> String {
        let digits = String(10_000_000 + rng.int(90_000_000))
        return rng.pick(Vocabulary.mobilePrefixes) + digits
    }

    // MARK: Units

    mutating func makeUnits() {
        var rng = rng(1)
        units.append(UnitModel(name: "绩效考核办公室", short: "绩考办", kind: .functional))
        units.append(UnitModel(name: "高新区党工委管委会", short: "管委会", kind: .functional))
        var places: [String] = []
        for first in Vocabulary.placeFirst {
            for second in Vocabulary.placeSecond where second != first { places.append(first + second) }
        }
        rng.shuffle(&places)
        var placeCursor = 0
        func nextPlace() -> String {
            defer { placeCursor += 1 }
            return places[placeCursor % places.count] + (placeCursor >= places.count ? String(placeCursor / places.count + 1) : "")
        }
        let pattern: [UnitKind] = [
            .subdistrict, .park, .economic, .subdistrict, .park, .functional, .subdistrict, .park,
            .functional, .subdistrict,
        ]
        var parkCursor = 0, econCursor = 0, funcCursor = 0
        for i in 0..<(size.units - 2) {
            let kind = pattern[i % pattern.count]
            let index = units.count
            switch kind {
            case .subdistrict:
                let place = nextPlace()
                units.append(UnitModel(name: place + "街道办事处", short: place + "街道", kind: kind, place: place))
                streets.append(index)
            case .park:
                let theme = Vocabulary.parks[parkCursor % Vocabulary.parks.count]
                let name = parkCursor < Vocabulary.parks.count ? theme.name : nextPlace() + theme.name
                parkCursor += 1
                units.append(UnitModel(name: name + "管理办公室", short: name, kind: kind, sector: theme.sector))
                parks.append(index)
            case .economic:
                if econCursor < Vocabulary.economic.count {
                    let (name, short) = Vocabulary.economic[econCursor]
                    units.append(UnitModel(name: name, short: short, kind: kind))
                } else {
                    let place = nextPlace()
                    units.append(UnitModel(name: place + "片区招商服务中心", short: place + "招商中心", kind: kind))
                }
                econCursor += 1
                econ.append(index)
            case .functional:
                if funcCursor < Vocabulary.functional.count {
                    let (name, short) = Vocabulary.functional[funcCursor]
                    units.append(UnitModel(name: name, short: short, kind: kind))
                } else {
                    let place = nextPlace()
                    units.append(UnitModel(name: place + "片区综合执法中队", short: place + "执法中队", kind: kind))
                }
                funcCursor += 1
                functional.append(index)
            }
        }
        if econ.count > 0 { tagged[.econ] = econ[0] }
        if econ.count > 1 { tagged[.invest] = econ[1] }
        if functional.count > 0 { tagged[.build] = functional[0] }
        if functional.count > 1 { tagged[.city] = functional[1] }
        if functional.count > 2 { tagged[.review] = functional[2] }
        var order = 1
        for group in [econ, streets, parks, functional, [0, 1]] {
            for u in group {
                units[u].sortOrder = order
                order += 1
            }
        }
        for u in econ + streets + parks {
            let plan = Int64(rng.int(in: 50...300)) * 100_000
            units[u].attractionPlan = Money(hundredths: plan)
            units[u].attractionDone = Money(hundredths: plan * Int64(rng.int(in: 5_500...11_000)) / 10_000 + Int64(rng.int(100)))
        }
    }

    // MARK: People

    mutating func makePeople() {
        var rng = rng(2)
        let total = size.people
        let adminCount = min(8, max(3, total / 100))
        let leaderCount = max(3, total * 3 / 100)
        var counts = [Int](repeating: 3, count: units.count)
        counts[0] = adminCount
        counts[1] = leaderCount + 3
        var remaining = total - counts.reduce(0, +)
        precondition(remaining >= 0, "too few people for the units")
        var pool: [Int] = []
        for u in 2..<units.count {
            let weight = units[u].kind == .functional ? 2 : 3
            pool += [Int](repeating: u, count: weight)
        }
        while remaining > 0 {
            counts[rng.pick(pool)] += 1
            remaining -= 1
        }
        var logins = Set<String>([benchLogin])
        func login(_ base: String) -> String {
            if !logins.contains(base) {
                logins.insert(base)
                return base
            }
            var k = 2
            while logins.contains(base + String(k)) { k += 1 }
            logins.insert(base + String(k))
            return base + String(k)
        }
        var office = 8_860_100
        for u in 0..<units.count {
            for k in 0..<counts[u] {
                let (name, pinyin) = personName(&rng)
                var role = Role.unit
                var title: String
                let isHead = k == 0
                switch u {
                case 0:
                    role = .admin
                    title = k == 0 ? "主任" : k == 1 ? "副主任" : rng.pick(["科员", "工作人员", "科员"])
                case 1:
                    if k < leaderCount {
                        role = .leader
                        title = k == 0 ? "党工委书记" : k == 1 ? "党工委副书记、管委会主任" : rng.pick(Vocabulary.leaderTitles)
                    } else if k < leaderCount + 2 {
                        title = "党政办公室秘书"
                    } else {
                        role = .readOnly
                        title = "督查专员"
                    }
                default:
                    let unit = units[u]
                    let (chief, deputy, third): (String, String, String)
                    switch unit.kind {
                    case .subdistrict: (chief, deputy, third) = ("街道办事处主任", "街道办事处副主任", "经济发展办公室主任")
                    case .park: (chief, deputy, third) = ("主任", "副主任", "项目服务科科长")
                    default:
                        if unit.name.hasSuffix("局") {
                            (chief, deputy, third) = ("局长", "副局长", unit.kind == .economic ? "项目科科长" : "综合科科长")
                        } else if unit.name.hasSuffix("科") {
                            (chief, deputy, third) = ("科长", "副科长", "科员")
                        } else {
                            (chief, deputy, third) = ("主任", "副主任", unit.kind == .economic ? "项目科科长" : "综合科科长")
                        }
                    }
                    title = k == 0 ? chief : k == 1 ? deputy : k == 2 ? third : rng.pick(["科员", "工作人员", "项目专员", "科员"])
                    if k >= 3 && rng.chance(60) {
                        role = .readOnly
                        title = "统计员"
                    }
                }
                let index = people.count
                let isBench = u == 0 && k == counts[0] - 1
                var person = PersonModel(
                    name: name, login: isBench ? benchLogin : login(pinyin), unit: u, title: title,
                    mobile: mobile(&rng), office: nil, role: role)
                if isBench { person.title = "工作人员" }
                if isHead || role == .leader {
                    office += 1
                    person.office = "0536-" + String(office)
                }
                people.append(person)
                units[u].members.append(index)
                if isHead { units[u].head = index }
                if role == .admin { admins.append(index) }
                if role == .leader { leaders.append(index) }
                if isBench { bench = index }
                if !isHead && (role == .unit || role == .admin) { units[u].eligible.append(index) }
            }
        }
        for u in 0..<units.count {
            units[u].supervisingLeader = u == 1 ? nil : rng.pick(leaders)
            units[u].liaison = rng.pick(units[u].eligible)
        }
    }

    // MARK: Roster and absences

    mutating func makeRoster() {
        var rng = rng(3)
        var byUnit: [[DutyModel]] = []
        for u in 0..<units.count {
            let eligible = units[u].eligible
            func pair() -> (Int, Int) {
                let a = rng.pick(eligible)
                var b = rng.pick(eligible)
                while b == a { b = rng.pick(eligible) }
                return (a, b)
            }
            var list: [DutyModel] = []
            let (a, b) = pair()
            list.append(DutyModel(unit: u, duty: "项目服务", a: a, b: b))
            let kind = units[u].kind
            if (kind == .economic || kind == .subdistrict || kind == .park) && rng.chance(550) {
                let (a, b) = pair()
                list.append(DutyModel(unit: u, duty: "招商统计", a: a, b: b))
            }
            if rng.chance(300) || u == 0 {
                let (a, b) = pair()
                list.append(DutyModel(unit: u, duty: "综合", a: a, b: b))
            }
            byUnit.append(list)
            duties += list
        }
        dutiesByUnit = byUnit

        var chosen = Set<Int>([bench])
        var drafts: [(person: Int, from: Int, to: Int)] = []
        func add(_ person: Int, _ from: Int, _ to: Int) {
            guard !chosen.contains(person) else { return }
            chosen.insert(person)
            drafts.append((person, from, to))
        }
        // Today an A is away and B covers; elsewhere both are away and the head covers.
        if let street = streets.first, let duty = byUnit[street].first {
            add(duty.a, today - 2, today + 3)
        }
        if let park = parks.first, let duty = byUnit[park].first {
            add(duty.a, today - 4, today + 1)
            add(duty.b, today - 1, today + 2)
        }
        let count = max(4, people.count * 4 / 100)
        var attempts = 0
        while drafts.count < count && attempts < count * 20 {
            attempts += 1
            let person = rng.int(people.count)
            if rng.chance(350) {
                add(person, today - rng.int(in: 0...4), today + rng.int(in: 0...6))
            } else {
                let from = today + rng.int(in: -75...20)
                add(person, from, from + rng.int(in: 0...7))
            }
        }
        drafts.sort { ($0.from, $0.person) < ($1.from, $1.person) }
        for (person, from, to) in drafts {
            let p = people[person]
            let colleagues = units[p.unit].eligible.filter { $0 != person }
            let partner =
                dutiesByUnit[p.unit].first { $0.a == person }.map(\.b)
                ?? (colleagues.isEmpty ? units[p.unit].head : rng.pick(colleagues))
            let cover = people[partner].name
            let reason = AbsenceReason.allCases[rng.weighted([35, 25, 25, 10, 5])]
            var handover: String
            if p.role == .leader {
                handover = fill("赴@参加@；帮包项目日常调度由各专班负责。", rng.pick(Vocabulary.cities), rng.pick(Vocabulary.events))
            } else {
                switch reason {
                case .trip:
                    handover = fill(
                        "赴@参加@；在办问题@件移交@，急事电话联系。", rng.pick(Vocabulary.cities),
                        rng.pick(Vocabulary.events), String(rng.int(in: 1...6)), cover)
                case .study:
                    handover = fill("参加@；在办问题@件移交@。", rng.pick(Vocabulary.schools), String(rng.int(in: 1...6)), cover)
                case .leave: handover = fill("年休假；项目服务工作由@负责，急事电话联系。", cover)
                case .sick: handover = fill("病假；在办问题由@跟进。", cover)
                case .other: handover = fill("家中有事请假；工作交@临时负责。", cover)
                }
            }
            let noted = min(from - rng.int(in: 1...6), end)
            absences.append(
                AbsenceModel(
                    person: person, from: from, to: to, reason: reason, handover: handover,
                    minute: minute(&rng, noted, 9 * 60, 17 * 60 + 30)))
        }
        roster = Roster(rosterBoard())
    }

    /// The records the roster rules read: unit heads, roster lines and absences.
    func rosterBoard() -> Board {
        var board = Board()
        board.units = Table(
            units.indices.map { u in
                var unit = Unit(id: unitIds[u])
                unit.head = personIds[units[u].head]
                return unit
            })
        board.duties = Table(duties.indices.map(dutyRecord))
        board.absences = Table(absences.indices.map(absenceRecord))
        return board
    }

    /// The record of roster line `i` (without who entered it).
    func dutyRecord(_ i: Int) -> Duty {
        let model = duties[i]
        var duty = Duty(id: makeId("D", i + 1, width: idWidth(.duty, count: duties.count)))
        duty.unit = unitIds[model.unit]
        duty.duty = model.duty
        duty.a = personIds[model.a]
        duty.b = personIds[model.b]
        duty.validFrom = Day(asOf.year - 1, 1, 1)!
        return duty
    }

    /// The record of absence `i` (entered by the absent person).
    func absenceRecord(_ i: Int) -> Absence {
        let model = absences[i]
        var absence = Absence(id: makeId("L", i + 1, width: idWidth(.absence, count: absences.count)))
        absence.person = personIds[model.person]
        absence.from = Day(ordinal: model.from)
        absence.to = Day(ordinal: model.to)
        absence.reason = model.reason
        absence.handover = model.handover
        absence.meta = RecordMeta(rev: 0, updatedAt: stamp(minutes: model.minute), updatedBy: personIds[model.person])
        return absence
    }

    func isAbsent(_ person: Int, _ day: Int) -> Bool { roster.isAbsent(personIds[person], on: Day(ordinal: day)) }

    /// Who answers on `day` for an issue of `unit` that names nobody (`Roster.responsible`).
    func serviceHolder(_ unit: Int, _ day: Int) -> Int {
        var issue = Issue(id: "")
        issue.unit = unitIds[unit]
        return roster.responsible(for: issue, on: Day(ordinal: day)).map { personIndex[$0.person]! } ?? units[unit].head
    }

    /// An administrator at work on `day`, the bench administrator among them.
    func admin(_ rng: inout SplitMix64, _ day: Int) -> Int {
        for _ in 0..<6 {
            let a = rng.pick(admins)
            if !isAbsent(a, day) { return a }
        }
        return admins[0]
    }

    /// The project's leader when at work, or an administrator: who assigns, verifies and returns.
    func overseer(_ rng: inout SplitMix64, project: Int?, leader: Int?, _ day: Int, adminShare: Int) -> Int {
        var candidates: [Int] = []
        if let project, !isAbsent(projects[project].leader, day) { candidates.append(projects[project].leader) }
        if let leader, !candidates.contains(leader), !isAbsent(leader, day) { candidates.append(leader) }
        if candidates.isEmpty || rng.chance(adminShare) { return admin(&rng, day) }
        return rng.pick(candidates)
    }
}
