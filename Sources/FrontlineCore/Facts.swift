/// The label/value lines that describe one record, shared by `frontline show` and the board's detail screens.
public struct Fact: Hashable, Sendable {
    public var label: String
    public var value: String
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

extension BoardIndex {
    public func facts(of project: Project, today: Day, lang: Lang) -> [Fact] {
        func label(_ field: String) -> String { RecordKind.project.label(of: field, lang) }
        func money(_ m: Money) -> String { text(of: m, lang: lang) }
        func date(_ d: Day?) -> String { d?.iso ?? "—" }
        let target = Schedule.target(plan: project.plan, on: today)
        var facts = [
            Fact(label("owner"), project.owner),
            Fact(lang.text(.factLevelAndType), "\(project.level.label(lang)) / \(project.annualType.label(lang))"),
            Fact(label("stage"), project.stage.label(lang) + (project.stageReason.map { "（\($0)）" } ?? "")),
            Fact(lang.text(.factPhysicalProgress), "\(project.progressPct)%  \(project.progressText)"),
            Fact(label("leader"), personName(project.leader)),
            Fact(label("unit"), unitName(project.unit)),
        ]
        if !project.coUnits.isEmpty {
            facts.append(Fact(label("coUnits"), project.coUnits.map(unitName).joined(separator: "、")))
        }
        if let area = project.area { facts.append(Fact(label("area"), unitName(area))) }
        if !project.taskForce.isEmpty {
            facts.append(Fact(label("taskForce"), project.taskForce.map(personName).joined(separator: "、")))
        }
        facts += [
            Fact(label("total"), money(project.total)),
            Fact(lang.text(.factAnnualPlanAndDone), "\(money(project.plan)) / \(money(project.ytd))"),
            Fact(lang.text(.factDueByToday), money(target)),
            Fact(lang.text(.factStart), "\(date(project.planStart)) / \(date(project.actualStart))"),
            Fact(lang.text(.factFinish), "\(date(project.planFinish)) / \(date(project.actualFinish))"),
        ]
        let benefits = Benefits.facts(of: project, lang: lang)
        if !benefits.isEmpty { facts.append(Fact(lang.text(.reportBenefits), benefits)) }
        if let lead = board.lead(landedAs: project.id) {
            // 招商: the lead the project landed from (docs/domain-rules.md, "招商").
            facts.append(Fact(RecordKind.lead.label(lang), lang.text(.projectFromLead, lead.id, lead.name, lead.landedOn?.iso ?? "")))
        }
        return facts + detailFacts(of: project, lang: lang)
    }

    public func facts(of issue: Issue, today: Day, lang: Lang) -> [Fact] {
        func label(_ field: String) -> String { RecordKind.issue.label(of: field, lang) }
        var facts = [
            Fact(label("project"), issue.project.map { "\($0) \(projectName($0))" } ?? lang.text(.factUnitItem)),
            Fact(label("status"), issue.status.label(lang)),
        ]
        if let escalation = Escalation.result(issue, on: today, settings: board.settings) {
            facts.append(Fact(lang.text(.escalationFact), escalation.reason.text(lang)))
        }
        facts += [
            Fact(
                lang.text(.factCategorySourceUrgency),
                "\(issue.category.label(lang)) / \(issue.source.label(lang)) / \(issue.urgency.label(lang))"),
            Fact(label("unit"), unitName(issue.unit)),
        ]
        if !issue.coUnits.isEmpty {
            facts.append(Fact(label("coUnits"), issue.coUnits.map(unitName).joined(separator: "、")))
        }
        if let person = issue.person { facts.append(Fact(label("person"), personName(person))) }
        if issue.status.isOpen, let holder = responsible(for: issue, on: today) {
            facts.append(Fact(lang.text(.factHolderToday), text(of: holder, lang: lang)))
            if let absence = absence(coveredBy: holder, on: today) {
                facts.append(
                    Fact(
                        lang.text(.factCovering), text(of: absence, lang: lang) + lang.text(.reasonSeparator) + handoverText(of: absence, lang: lang))
                )
            }
        }
        if let leader = issue.responsibleLeader { facts.append(Fact(label("responsibleLeader"), personName(leader))) }
        facts.append(Fact(lang.text(.factRaised), "\(issue.raisedOn.iso) \(personName(issue.raisedBy))"))
        let due =
            issue.due == issue.originalDue
            ? issue.due.iso
            : lang.text(.factDueExtended, issue.due.iso, issue.originalDue.iso, issue.extensions)
        facts.append(Fact(label("due"), due))
        if issue.returns > 0 || issue.reopens > 0 {
            facts.append(Fact(lang.text(.factReturnedReopened), "\(issue.returns) / \(issue.reopens)"))
        }
        if let resolved = issue.resolvedOn {
            facts.append(Fact(lang.text(.factResolved), "\(resolved.iso) \(issue.resolution)"))
        }
        if let closed = issue.closedOn {
            facts.append(Fact(lang.text(.factClosed), "\(closed.iso) \(personName(issue.closedBy))"))
        }
        facts += handlingFacts(of: issue, lang: lang)
        return facts + detailFacts(of: issue, lang: lang)
    }

    /// The facts of the handling steps (docs/domain-rules.md, "Handling"): a pending 申请延期, the 转办 the issue went
    /// through, its 回访.
    func handlingFacts(of issue: Issue, lang: Lang) -> [Fact] {
        var facts: [Fact] = []
        if let request = issue.pendingExtensionRequest {
            let day = String(request.at.iso.prefix(10))
            facts.append(
                Fact(
                    lang[.factExtensionAsked],
                    lang.text(.factExtensionPending, request.due?.iso ?? "—", personName(request.by), day, request.note)))
        }
        let transfers = issue.transfers
        if !transfers.isEmpty {
            let path = transfers.map { lang.text(.factTransferPath, unitName($0.fromUnit ?? ""), unitName($0.unit ?? "")) }
            facts.append(Fact(lang[.factTransferred], path.joined(separator: lang[.reasonSeparator])))
        }
        let followUps = issue.followUps
        if !followUps.isEmpty {
            let said = followUps.map { "\($0.at.iso.prefix(10)) \($0.satisfaction?.label(lang) ?? "")" }
            facts.append(Fact(lang[.factFollowUp], said.joined(separator: lang[.reasonSeparator])))
        }
        return facts
    }

    /// The facts of the fields marked `onDetail` in the record's schema that have a value, in stored order.
    func detailFacts<R: Record>(of record: R, lang: Lang) -> [Fact] {
        R.schema.fields.compactMap { field in
            guard field.descriptor.isOnDetail else { return nil }
            let value = text(of: field.get(record), as: field.descriptor.input, lang: lang)
            return value.isEmpty ? nil : Fact(field.descriptor.label?.text(lang) ?? field.name, value)
        }
    }

    /// A stored value as people read it: names for ids, labels for a vocabulary, amounts in 万元; empty for none.
    public func text(of value: JSONValue, as input: InputKind?, lang: Lang) -> String {
        switch (value, input) {
        case (.array(let items), _): return items.map { text(of: $0, as: input, lang: lang) }.joined(separator: "、")
        case (.string(let id), .reference(.person)?): return personName(id)
        case (.string(let id), .reference(.unit)?): return unitName(id)
        case (.string(let id), .reference(.project)?): return "\(id) \(projectName(id))"
        case (.string(let s), .money?): return Money(s).map { text(of: $0, lang: lang) } ?? s
        case (.string(let s), .choice(let choice)?): return choice.label(s, lang)
        case (.number(let n), .percent?): return "\(n)%"
        case (.string(let s), _): return s
        case (.number(let n), _): return n
        default: return ""
        }
    }

    /// An amount with its unit: `1234.50 万元`.
    public func text(of money: Money, lang: Lang) -> String { lang.text(.amountIn10kCNY, money.text) }

    /// Who holds something and for whom: `王芳（代 李强）`; `compact` (narrow columns): `王芳(代李强)`.
    public func text(of holder: Holder?, lang: Lang, compact: Bool = false) -> String {
        guard let holder else { return "" }
        let name = personName(holder.person)
        guard let covered = holder.actingFor.map(personName) else { return name }
        return lang.text(compact ? .coveringForCompact : .coveringFor, name, covered)
    }

    /// One handling-log line as text: `2026-11-20 09:30 王芳（代 李强） 签收 → 办理中 说明`.
    public func text(of line: HandlingLogEntry, lang: Lang) -> String {
        "\(time(of: line)) \(actor(of: line, lang: lang)) \(step(of: line, lang: lang))"
    }

    /// When a handling-log line was written, to the minute: `2026-11-20 09:30`.
    public func time(of line: HandlingLogEntry) -> String { String(line.at.iso.prefix(16)).replacingFirst("T", with: " ") }

    /// Who wrote a handling-log line: `王芳（代 李强）`.
    public func actor(of line: HandlingLogEntry, lang: Lang) -> String {
        personName(line.by) + (line.actingFor.map { lang.text(.factCoveringFor, personName($0)) } ?? "")
    }

    /// What a handling-log line did: `签收 → 办理中  说明`.
    public func step(of line: HandlingLogEntry, lang: Lang) -> String {
        let action = IssueAction(rawValue: line.action)?.label(lang) ?? BoardIndex.logActionLabels[line.action].map { lang[$0] } ?? line.action
        return "\(action)\(handlingDetail(of: line, lang: lang)) → \(line.status.label(lang))" + (line.note.isEmpty ? "" : "  \(line.note)")
    }

    /// What a handling step (docs/domain-rules.md, "Handling") adds to its log line: the date asked for or granted,
    /// the unit a 转办 went to, the satisfaction of a 回访.
    func handlingDetail(of line: HandlingLogEntry, lang: Lang) -> String {
        switch IssueAction(rawValue: line.action) {
        case .requestExtension?, .approveExtension?: line.due.map { lang.text(.handlingDetailDue, $0.iso) } ?? ""
        case .transfer?: line.unit.map { lang.text(.handlingDetailTransfer, unitName(line.fromUnit ?? ""), unitName($0)) } ?? ""
        case .followUp?: line.satisfaction.map { lang.text(.parenthesised, $0.label(lang)) } ?? ""
        default: ""
        }
    }
}

extension BoardIndex {
    /// The labels of the handling-log actions that are not lifecycle actions, by the action's (Chinese) name.
    static let logActionLabels: [String: TextKey] = [
        "新建": .logActionCreated, "编辑": .logActionEdited, "撤回": .logActionUndone, Issue.urgeAction: .logActionUrged,
        EscalationLevel.yellow.action: .logActionYellowCard, EscalationLevel.red.action: .logActionRedCard,
        EscalationLevel.listed.action: .logActionListed,
    ]
}

extension String {
    func replacingFirst(_ target: Character, with replacement: String) -> String {
        guard let i = firstIndex(of: target) else { return self }
        return String(self[..<i]) + replacement + String(self[index(after: i)...])
    }
}
