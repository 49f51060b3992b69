import FrontlineCore

/// 招商 on the board (docs/board.md, "招商 on the board"): `S` forms a squad, `L` records a lead, `>` moves the lead in
/// context to its next stage (洽谈, 签约, or 落地 as a key project), `R` publishes the last month's 招商引资成绩 — the same
/// intents as `frontline squad new`, `lead new|move|land` and `report attraction --publish`, checked by `Access` in the
/// core when saved. Offered on the 招商 tab and a lead's page.
enum AttractionCommand {
    /// Who may not record 招商 at all: an account that is no person, or a read-only one. Whether this person may record
    /// this squad or lead (its unit, its members) is the core's check when the form is saved.
    static func refusal(_ c: CommandContext) -> String? {
        guard let me = c.me else { return Denial.unknownAccount(c.login).message(c.lang) }
        return me.role == .readOnly ? Denial.readOnly(me.name).message(c.lang) : nil
    }

    /// `S`: a new squad, led by the leader at the keyboard or for the unit of the official at it.
    static let newSquad = EditingBinding(
        command: .newSquad, offeredEverywhere: false,
        problem: { c in refusal(c) },
        start: { state, c in
            state.overlay = .form(squadForm(me: c.me, state))
            return []
        })

    /// `L`: a new lead, of the squad of the lead in context, else of a squad the person belongs to.
    static let newLead = EditingBinding(
        command: .newLead, offeredEverywhere: false,
        problem: { c in refusal(c) },
        start: { state, c in
            let squad = c.lead?.squad ?? c.me.flatMap { me in c.board.squads.first { $0.everyone.contains(me.id) }?.id }
            state.overlay = .form(leadForm(squad: squad, state))
            return []
        })

    /// `>`: the lead in context to its next stage; 落地 (a key project added) is the administrators'.
    static let advance = EditingBinding(
        command: .advanceLead, offeredEverywhere: false,
        problem: { c in
            guard let lead = c.lead else { return c.lang.text(.selectLeadFirst) }
            guard let next = lead.stage.next else { return c.lang.text(.leadAlreadyLanded, lead.id, lead.project ?? "") }
            return c.denial(next == .landed ? .createProject : .change(lead))?.message(c.lang)
        },
        start: { state, c in
            if let lead = c.lead { state.overlay = .form(advanceForm(lead, state)) }
            return []
        })

    /// `R`: publish and freeze a month's results that has ended (administrators, the 绩考办).
    static let publish = EditingBinding(
        command: .publishAttraction, offeredEverywhere: false,
        problem: { c in c.denial(.publishReport)?.message(c.lang) },
        start: { state, _ in
            state.overlay = .form(publishForm(state))
            return []
        })

    static func squadForm(me: Person?, _ state: AppState) -> Form {
        let lang = state.lang
        func squad(_ name: String, value: String = "", required: Bool = false) -> FormField {
            Forms.field(.squad, name, value: value, required: required, lang)
        }
        var members = squad("members")
        members.isList = true
        return Form(
            purpose: .newSquad, title: lang.text(.formNewSquad),
            fields: [
                squad("name", required: true),
                squad("unit", value: me?.role == .unit ? me?.unit ?? "" : "", required: true),
                squad("leader", value: me?.role == .leader ? me?.id ?? "" : "", required: true),
                members,
                squad("focus"),
            ])
    }

    static func leadForm(squad: String?, _ state: AppState) -> Form {
        let lang = state.lang
        func lead(_ name: String, value: String = "", required: Bool = false) -> FormField {
            Forms.field(.lead, name, value: value, required: required, lang)
        }
        return Form(
            purpose: .newLead, title: lang.text(.formNewLead),
            fields: [
                lead("name", required: true), lead("squad", value: squad ?? ""), lead("unit"), lead("investor"), lead("region"),
                lead("industry"), lead("investment"), lead("output"), lead("tax"), lead("jobs"), lead("note"),
            ])
    }

    static func advanceForm(_ lead: Lead, _ state: AppState) -> Form {
        let lang = state.lang
        let next = lead.stage.next ?? .landed
        let date = FormField("date", lang.text(.formStageDate), .date, value: state.data.today.iso, required: true)
        if next == .landed {
            return Form(
                purpose: .advanceLead(lead.id, from: lead.stage), title: lang.text(.formLandLead, lead.id, lead.name),
                fields: [
                    FormField("leader", lang.text(.formLandLeader), .reference(.person)),
                    FormField("project", lang.text(.formLandProject), .reference(.project)),
                    date,
                ])
        }
        return Form(
            purpose: .advanceLead(lead.id, from: lead.stage), title: lang.text(.formAdvanceLead, lead.id, lead.name, next.label(lang)),
            fields: [date])
    }

    /// The months that have ended, the last one first (the one the 招商 tab shows), a year back.
    static func publishForm(_ state: AppState) -> Form {
        let lang = state.lang
        var months: [String] = []
        var month = AttractionMonth(containing: state.data.today).previous
        for _ in 0..<12 {
            months.append(month.text)
            month = month.previous
        }
        return Form(
            purpose: .publishAttraction, title: lang.text(.formPublishAttraction),
            fields: [FormField("month", lang.text(.formAttractionMonth), .choice(Choice(values: months)), value: months[0], required: true)])
    }

    /// What saving one of these forms asks the store to do.
    static func intent(_ purpose: Form.Purpose, _ v: [String: JSONValue], today: Day, board: Board) -> Intent {
        func string(_ key: String) -> String? { v[key]?.stringValue }
        func money(_ key: String) -> Money { v[key].flatMap { try? Money(json: $0) } ?? .zero }
        switch purpose {
        case .newSquad:
            var draft = SquadDraft(name: string("name") ?? "", unit: string("unit") ?? "", leader: string("leader") ?? "")
            if case .array(let items)? = v["members"] { draft.members = items.compactMap(\.stringValue) }
            draft.focus = string("focus") ?? ""
            return .recordSquad(draft)
        case .newLead:
            var draft = LeadDraft(name: string("name") ?? "", unit: string("unit"), squad: string("squad"))
            draft.investor = string("investor") ?? ""
            draft.region = string("region") ?? ""
            draft.industry = string("industry") ?? ""
            draft.investment = money("investment")
            draft.output = money("output")
            draft.tax = money("tax")
            draft.jobs = v["jobs"]?.intValue ?? 0
            draft.note = string("note") ?? ""
            return .recordLead(draft)
        case .advanceLead(let lead, let from):
            return .moveLead(
                LeadMove(
                    lead: lead, to: from.next ?? .landed, projectLeader: string("leader"), project: string("project"),
                    date: v["date"].flatMap { try? Day(json: $0) }, seenStage: from))
        default:
            // `.publishAttraction`: the month's figures as they stand, frozen in the store's document language, as
            // `report attraction --publish` does (without the journal's chain head, which the board does not read).
            let month = string("month").flatMap(AttractionMonth.init(text:)) ?? AttractionMonth(containing: today).previous
            let record = AttractionResults.live(month, board: board).published(
                board: board, lang: board.settings.documentLanguage, asOf: today, footer: [])
            return .publishReport(record)
        }
    }
}
