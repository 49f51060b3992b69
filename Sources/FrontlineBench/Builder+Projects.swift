import FrontlineCore
import FrontlineRandom

extension Builder {
    /// The investment profile of a project against 序时进度.
    enum Pace { case onTrack, behind, farBehind }

    mutating func makeProjects() {
        var rng = rng(4)
        var names = Set<String>()
        let bySector = Dictionary(grouping: Vocabulary.subjects.indices, by: { Vocabulary.subjects[$0].sector })
        let nonPublic = Vocabulary.subjects.indices.filter { Vocabulary.subjects[$0].sector != .publicWorks }
        let forced: [Stage] = [
            .building, .signed, .building, .operating, .started, .negotiating, .planning, .completed,
            .suspended, .terminated,
        ]
        let stageWeights = [6, 9, 10, 10, 38, 8, 6, 7, 3] // Stage.allCases order
        let yearStart = Day(asOf.year, 1, 1)!.ordinal
        for i in 0..<size.projects {
            var p = ProjectModel()
            p.stage = i < forced.count ? forced[i] : Stage.allCases[rng.weighted(stageWeights)]
            // Where and who.
            let inPark = !parks.isEmpty && (streets.isEmpty || rng.chance(550))
            p.area = inPark ? rng.pick(parks) : rng.pick(streets)
            let area = units[p.area]
            if let sector = area.sector, rng.chance(700), let list = bySector[sector] {
                p.subject = rng.pick(list)
            } else if area.kind == .subdistrict && rng.chance(350), let list = bySector[.publicWorks] {
                p.subject = rng.pick(list)
            } else {
                p.subject = rng.pick(nonPublic)
            }
            let subject = Vocabulary.subjects[p.subject]
            p.civil = subject.sector == .service || subject.sector == .publicWorks || subject.sector == .digital
            p.tags = subject.tags
            p.unit = p.area
            if rng.chance(300) {
                p.unit = !econ.isEmpty && rng.chance(700) ? rng.pick(Array(econ.prefix(4))) : (streets.isEmpty ? p.area : rng.pick(streets))
            }
            var co: [Int] = []
            for _ in 0..<rng.weighted([30, 45, 20, 5]) {
                let candidates = [tagged[.econ], tagged[.invest], tagged[.build], tagged[.city], tagged[.review], p.area].compactMap { $0 }
                let c = rng.pick(candidates)
                if c != p.unit && !co.contains(c) { co.append(c) }
            }
            p.coUnits = co
            p.leader = rng.pick(leaders)
            p.level = ProjectLevel.allCases[rng.weighted([8, 27, 65])]
            // Name and owner.
            var name = ""
            for attempt in 0..<12 {
                var prefix = ""
                if area.kind == .park && rng.chance(250) { prefix = area.short }
                if let place = area.place, subject.sector == .publicWorks ? rng.chance(500) : rng.chance(100) {
                    prefix = subject.sector == .publicWorks && rng.chance(500) ? area.short : place
                }
                var suffix: String
                if p.civil || subject.sector == .digital {
                    suffix = rng.pick(Vocabulary.otherSuffixes)
                } else {
                    let (s, retro) = rng.pick(Vocabulary.industrialSuffixes)
                    suffix = s
                    if retro { p.tags.insert(.retro) }
                }
                name = prefix + subject.name + suffix
                if attempt >= 8 { name += "（" + String(attempt - 6) + "号地块）" }
                if !names.contains(name) { break }
            }
            if names.contains(name) { name += "（" + String(i + 1) + "）" }
            names.insert(name)
            p.name = name
            p.owner = owner(&rng, subject, area: area)
            p.scope = scope(&rng, subject)
            // Stage, schedule and money.
            var schedule: Pace = [.onTrack, .behind, .farBehind][rng.weighted([70, 20, 10])]
            if i == 4 { schedule = .behind }
            if i < 4 { schedule = .onTrack }
            var planWan =
                [rng.int(in: 200...600), rng.int(in: 80...300), rng.int(in: 20...200)][p.level == .provincial ? 0 : p.level == .city ? 1 : 2] * 100
            switch p.stage {
            case .planning:
                p.annualType = .preparatory
                p.planStart = rng.chance(500) ? nil : today + rng.int(in: 90...360)
                planWan = 0
            case .negotiating:
                p.annualType = .preparatory
                p.planStart = today + rng.int(in: 60...270)
                planWan = 0
            case .signed:
                p.annualType = .new
                planWan = rng.int(in: 10...80) * 100
                let late = i == 1 ? 2 : rng.weighted([50, 25, 25])
                p.planStart = [today + rng.int(in: 10...120), today - rng.int(in: 5...80), today - rng.int(in: 100...240)][late]
                p.planFinish = p.planStart! + rng.int(in: 400...900)
            case .started:
                p.annualType = .new
                p.actualStart = min(today - rng.int(in: 10...150), end)
                p.planStart = p.actualStart! - rng.int(in: 0...60)
                p.planFinish = p.actualStart! + rng.int(in: 360...900)
            case .building:
                if rng.chance(300) && today - yearStart > 60 {
                    p.annualType = .new
                    p.actualStart = yearStart + rng.int(today - yearStart - 30)
                } else {
                    p.annualType = .continuing
                    p.actualStart = yearStart - rng.int(in: 30...700)
                }
                p.planStart = p.actualStart! - rng.int(in: 0...40)
                p.planFinish = p.actualStart! + rng.int(in: 420...1100)
            case .completed:
                p.annualType = .completing
                p.actualFinish = min(today - rng.int(in: 5...150), end)
                p.actualStart = p.actualFinish! - rng.int(in: 400...1000)
                p.planStart = p.actualStart! - rng.int(in: 0...40)
                p.planFinish = p.actualFinish! + rng.int(in: -30...30)
                schedule = .onTrack
            case .operating:
                p.annualType = .completing
                p.actualFinish = today - rng.int(in: 60...300)
                p.actualStart = p.actualFinish! - rng.int(in: 300...800)
                p.planStart = p.actualStart! - rng.int(in: 0...40)
                p.planFinish = p.actualFinish! + rng.int(in: -30...30)
                schedule = .onTrack
            case .suspended:
                p.annualType = .continuing
                p.actualStart = today - rng.int(in: 300...700)
                p.planStart = p.actualStart! - rng.int(in: 0...40)
                p.planFinish = p.actualStart! + rng.int(in: 600...1000)
                p.stageReason = rng.pick(Vocabulary.suspendReasons)
                schedule = .farBehind
            case .terminated:
                p.annualType = .new
                p.planStart = today - rng.int(in: 30...200)
                p.terminatedOn = min(today - rng.int(in: 20...80), end)
                p.stageReason = rng.pick(Vocabulary.terminateReasons)
            }
            p.plan = Money(hundredths: Int64(planWan) * 100)
            p.total = Money(hundredths: Int64(max(planWan, rng.int(in: 50...3000) * 100) * rng.int(in: 2...6)) * 100)
            if p.stage != .terminated && planWan > 0 {
                let done: Int
                switch schedule {
                case .onTrack: done = target - rng.int(in: -800...900)
                case .behind: done = target - rng.int(in: 1_050...2_950)
                case .farBehind: done = target - rng.int(in: 3_100...6_000)
                }
                let capped = min(max(done, 0), 10_500)
                p.ytd = Money(hundredths: p.plan.hundredths * Int64(capped) / 10_000 + Int64(rng.int(100)))
                if p.stage == .completed || p.stage == .operating { p.ytd = Money(hundredths: min(p.ytd.hundredths, p.plan.hundredths)) }
            }
            p.progressPct = progressPct(&rng, p.stage)
            p.progressText = progressText(&rng, p, pct: p.progressPct)
            p.nextSteps = nextSteps(&rng, p.stage)
            p.remark = remark(&rng, p, pace: schedule)
            if i >= forced.count && p.stage == .building && rng.chance(10) {
                p.lightOverride = .red
                p.lightOverrideReason = rng.pick(Vocabulary.overrideReasons)
            }
            let (contactName, _) = personName(&rng)
            p.contact = rng.pick(Vocabulary.contactRoles) + " " + contactName + " " + mobile(&rng)
            var force = [serviceHolder(p.unit, setupDay)]
            let areaA = serviceHolder(p.area, setupDay)
            if !force.contains(areaA) { force.append(areaA) }
            for c in p.coUnits.prefix(rng.int(in: 0...2)) {
                let member = rng.pick(units[c].eligible)
                if !force.contains(member) { force.append(member) }
            }
            if rng.chance(200) {
                let a = rng.pick(admins)
                if !force.contains(a) { force.append(a) }
            }
            p.taskForce = force
            switch p.stage {
            case .planning, .negotiating: p.group = .talk
            case .signed, .terminated: p.group = .pre
            case .started, .building, .suspended: p.group = .build
            case .completed, .operating: p.group = .post
            }
            if i == 2 {
                p.visitProfile = .stale
            } else if i >= forced.count {
                if p.group == .talk {
                    p.visitProfile = [.recent, .stale, .phoneOnly][rng.weighted([50, 35, 15])]
                } else {
                    p.visitProfile = rng.chance(850) ? .recent : .stale
                }
            }
            p.noOverdue = i == 0 || i == 3
            p.troubled = !p.noOverdue && (i == 1 || i >= forced.count && rng.chance(250))
            p.updatedMinute = minute(&rng, setupDay + rng.int(in: 0...20), 9 * 60, 17 * 60)
            p.updatedBy = rng.pick(admins)
            projects.append(p)
        }
    }

    /// A remark that fits the project, or none.
    func remark(_ rng: inout SplitMix64, _ p: ProjectModel, pace: Pace) -> String {
        if p.stage == .suspended { return "停缓建项目，每月向管委会报告融资进展。" }
        if p.stage == .terminated { return "项目终止，地块重新纳入招商储备。" }
        if p.group == .talk { return rng.chance(400) ? "招商小分队对接项目。" : "" }
        if pace != .onTrack && p.plan.hundredths > 0 && rng.chance(500) {
            return pace == .farBehind ? "投资完成严重滞后序时进度，列入重点督办。" : "投资完成滞后序时进度，已约谈企业。"
        }
        if p.level == .provincial && rng.chance(400) { return "省重点项目，纳入省重大项目库。" }
        if p.tags.contains(.retro) && rng.chance(400) { return "“老树发新芽”企业技改扩产项目。" }
        return ""
    }

    func owner(_ rng: inout SplitMix64, _ subject: Vocabulary.Subject, area: UnitModel) -> String {
        if subject.sector == .publicWorks {
            let options = [
                "潍坊高新城市建设投资有限公司", "潍坊高新城市更新建设有限公司", "潍坊高新区社会事业局",
                area.kind == .subdistrict ? "潍坊高新区" + area.name : "潍坊高新城市发展集团有限公司",
            ]
            return rng.pick(options)
        }
        var a = rng.pick(Vocabulary.brandChars), b = rng.pick(Vocabulary.brandChars)
        while b == a { b = rng.pick(Vocabulary.brandChars) }
        let word = rng.pick(Vocabulary.ownerWords(subject.sector))
        switch rng.weighted([60, 30, 10]) {
        case 0: return "潍坊" + a + b + word + "有限公司"
        case 1: return "山东" + a + b + word + "有限公司"
        default:
            a = a + b
            return a + word + "（潍坊）有限公司"
        }
    }

    func scope(_ rng: inout SplitMix64, _ subject: Vocabulary.Subject) -> String {
        let area = String(rng.int(in: 1...16)) + "." + String(rng.int(10))
        switch subject.sector {
        case .optic, .equip, .material:
            return fill(
                "建设@生产线@条，新建厂房及研发楼@万平方米，达产后年产值约@亿元。", subject.name,
                String(rng.int(in: 2...12)), area, String(rng.int(in: 2...40)))
        case .bio:
            return fill("建设符合GMP标准的@生产线，新建生产车间、质检楼及动力中心@万平方米。", subject.name, area)
        case .digital:
            return fill("建设@及配套设施，总建筑面积@万平方米，购置服务器、网络及安全设备。", subject.name, area)
        case .service:
            return fill("建设@，总建筑面积@万平方米，配套停车场及商业设施。", subject.name, area)
        case .publicWorks:
            return fill("建设@，总建筑面积@万平方米，配套道路、管网及绿化工程。", subject.name, area)
        }
    }

    func progressPct(_ rng: inout SplitMix64, _ stage: Stage) -> Int {
        switch stage {
        case .planning, .negotiating: 0
        case .signed: rng.int(in: 1...8)
        case .started: rng.int(in: 3...20)
        case .building: rng.int(in: 20...95)
        case .completed, .operating: 100
        case .suspended: rng.int(in: 15...60)
        case .terminated: rng.int(in: 0...5)
        }
    }

    /// 形象进度 for a stage and percentage.
    func progressText(_ rng: inout SplitMix64, _ p: ProjectModel, pct: Int) -> String {
        let buildings = p.civil ? Vocabulary.buildingsCivil : Vocabulary.buildingsIndustrial
        func phase(_ pct: Int) -> String {
            let i = min(Vocabulary.phases.count - 1, max(0, pct) * Vocabulary.phases.count / 101)
            return fill(Vocabulary.phases[i], String(rng.int(in: 2...18)))
        }
        switch p.stage {
        case .planning: return rng.pick(Vocabulary.planningTexts)
        case .negotiating: return fill(rng.pick(Vocabulary.talkTexts), String(rng.int(in: 2...4)))
        case .signed: return fill(rng.pick(Vocabulary.signedTexts), String(rng.int(in: 3...9)))
        case .started, .building:
            let b1 = rng.pick(buildings)
            var b2 = rng.pick(buildings)
            while b2 == b1 { b2 = rng.pick(buildings) }
            let first = b1 + phase(pct + 8)
            return rng.chance(300) ? first : first + "，" + b2 + phase(pct - 12)
        case .completed: return rng.pick(Vocabulary.completedTexts)
        case .operating: return fill("生产线投产，产能爬坡至设计产能@%", String(rng.int(in: 60...98)))
        case .suspended: return fill("主体结构完成约@%后停工，现场安全维护", String(rng.int(in: 30...70)))
        case .terminated: return "项目终止，协议依约解除"
        }
    }

    func nextSteps(_ rng: inout SplitMix64, _ stage: Stage) -> String {
        switch stage {
        case .planning, .negotiating: rng.pick(Vocabulary.nextStepsTalk)
        case .signed: rng.pick(Vocabulary.nextStepsPre)
        case .started, .building: rng.pick(Vocabulary.nextStepsBuild)
        case .completed, .operating: rng.pick(Vocabulary.nextStepsPost)
        case .suspended: rng.pick(Vocabulary.nextStepsSuspended)
        case .terminated: rng.pick(Vocabulary.nextStepsTerminated)
        }
    }

    // MARK: Visits

    mutating func makeVisits() {
        var rng = rng(5)
        let weights = projects.map { p -> Int in
            switch p.stage {
            case .operating, .terminated: 3
            case .planning, .negotiating: 5
            default: 10
            }
        }
        let counts = allocate(size.visits, weights: weights, &rng)
        var drafts: [VisitModel] = []
        drafts.reserveCapacity(size.visits)
        var forcedModes: [VisitMode] = [.phone, .video]
        for (pi, n) in counts.enumerated() where n > 0 {
            let p = projects[pi]
            let start = today - 91
            var last = end
            if let t = p.terminatedOn { last = t }
            if p.visitProfile == .stale { last = min(last, today - 8 - rng.int(in: 0...10)) }
            last = max(last, start)
            let span = last - start + 1
            var days: [Int] = []
            days.reserveCapacity(n)
            for k in 0..<n {
                var d = start + (k * span + rng.int(span)) / n
                if weekday(d) >= 5 && rng.chance(800) {
                    let monday = d + (7 - weekday(d))
                    d = monday <= last ? monday : d - (weekday(d) - 4)
                }
                days.append(min(max(d, start), last))
            }
            if p.visitProfile == .recent && p.terminatedOn == nil {
                days[n - 1] = max(days[n - 1], rng.int(in: max(start, today - 6)...end))
            }
            days.sort()
            for (k, day) in days.enumerated() {
                var mode: VisitMode
                if p.visitProfile == .phoneOnly {
                    mode = rng.chance(600) ? .phone : .video
                } else if k == n - 1 && p.visitProfile == .recent {
                    mode = .onSite
                } else if !forcedModes.isEmpty {
                    mode = forcedModes.removeFirst() // so that even the tiny size has calls and video
                } else {
                    mode = [VisitMode.onSite, .phone, .video][rng.weighted([89, 7, 4])]
                }
                let withLeader = mode == .onSite && rng.chance(180) && !isAbsent(p.leader, day)
                var visitors = [serviceHolder(p.unit, day)]
                if p.area != p.unit && rng.chance(500) {
                    let h = serviceHolder(p.area, day)
                    if !visitors.contains(h) { visitors.append(h) }
                }
                if rng.chance(300) {
                    let other = rng.pick(units[p.unit].members)
                    if !visitors.contains(other) && people[other].role == .unit && !isAbsent(other, day) { visitors.append(other) }
                }
                if !p.coUnits.isEmpty && rng.chance(150) {
                    let h = serviceHolder(rng.pick(p.coUnits), day)
                    if !visitors.contains(h) { visitors.append(h) }
                }
                if withLeader && !visitors.contains(p.leader) { visitors.append(p.leader) }
                drafts.append(
                    VisitModel(
                        project: pi, day: day, visitors: visitors, mode: mode,
                        note: visitNote(&rng, p, mode: mode, leader: withLeader),
                        minute: minute(&rng, day, 17 * 60, 19 * 60 + 30)))
            }
        }
        var order = Array(drafts.indices)
        order.sort { (drafts[$0].day, $0) < (drafts[$1].day, $1) }
        visits = order.map { drafts[$0] }
        let width = idWidth(.visit, count: visits.count)
        visitIds = visits.indices.map { makeId("V", $0 + 1, width: width) }
        for (vi, v) in visits.enumerated() { projects[v.project].visits.append(vi) }
    }

    func visitNote(_ rng: inout SplitMix64, _ p: ProjectModel, mode: VisitMode, leader: Bool) -> String {
        let progress = p.progressText
        switch mode {
        case .phone: return fill(rng.pick(Vocabulary.phone), progress)
        case .video: return fill(rng.pick(Vocabulary.video), progress)
        case .onSite: break
        }
        if p.stage == .suspended {
            return rng.pick(leader ? Vocabulary.openLeader : Vocabulary.openOnSite) + progress + Vocabulary.suspendedVisit
        }
        let (open, observe, act): ([String], [String], [String])
        switch p.group {
        case .talk: (open, observe, act) = (Vocabulary.openTalk, Vocabulary.observeTalk, Vocabulary.actTalk)
        case .pre: (open, observe, act) = (Vocabulary.openPre, Vocabulary.observePre, Vocabulary.actPre)
        case .post: (open, observe, act) = (Vocabulary.openPost, Vocabulary.observePost, Vocabulary.actPost)
        default: (open, observe, act) = (Vocabulary.openOnSite, Vocabulary.observeBuild, Vocabulary.actBuild)
        }
        let opening = rng.pick(leader ? Vocabulary.openLeader : open)
        let seen = fill(rng.pick(observe), progress, String(rng.int(in: 4...26) * 10))
        return opening + seen.replacingHash(String(rng.int(in: 2...6))) + "，" + rng.pick(act)
    }

    /// Splits `total` by weights, exactly (largest share first for the remainder, ties by a draw).
    func allocate(_ total: Int, weights: [Int], _ rng: inout SplitMix64) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var counts = weights.map { total * $0 / sum }
        var left = total - counts.reduce(0, +)
        let heavy = weights.indices.filter { weights[$0] == weights.max() }
        while left > 0 {
            counts[rng.pick(heavy)] += 1
            left -= 1
        }
        return counts
    }
}

extension String {
    /// Replaces `#` (a small count in a visit note) with `value`.
    func replacingHash(_ value: String) -> String {
        guard unicodeScalars.contains("#") else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if scalar == "#" { out += value } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
