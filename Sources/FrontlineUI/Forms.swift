import FrontlineCore

/// The forms of the board, filled with today's defaults and the record's current values.
enum Forms {
    static func choices<E: DomainEnum>(_ type: E.Type) -> InputKind { .choice(Choice(type)) }

    static func raiseIssue(project: Project?, unit: String?, _ state: AppState) -> Form {
        let lang = state.lang
        var fields = [
            FormField("title", lang.pick("问题", "Issue"), .text, required: true),
            FormField("unit", lang.pick("责任单位", "Unit"), .reference(.unit), value: unit ?? project?.unit ?? "", required: true),
            FormField("due", lang.pick("办结时限", "Due"), .date, value: "+7", required: true),
            FormField("category", lang.pick("类别", "Category"), choices(IssueCategory.self), value: IssueCategory.other.rawValue),
            FormField("source", lang.pick("来源", "Source"), choices(IssueSource.self), value: IssueSource.visit.rawValue),
            FormField("urgency", lang.pick("紧急程度", "Urgency"), choices(Urgency.self), value: Urgency.normal.rawValue),
            FormField("person", lang.pick("责任人", "Person"), .reference(.person)),
            FormField("description", lang.pick("描述", "Description"), .text),
        ]
        fields.insert(FormField("project", lang.pick("项目", "Project"), .reference(.project), value: project?.id ?? ""), at: 1)
        let title = project.map { lang.pick("新建问题 · \($0.name)", "New issue · \($0.name)") } ?? lang.pick("新建问题", "New issue")
        return Form(purpose: .raiseIssue, title: title, fields: fields)
    }

    static func move(_ issues: [String: IssueStatus], _ action: IssueAction, _ lang: Lang) -> Form {
        let label = action == .resolve ? lang.pick("办结情况", "Resolution") : lang.pick("理由", "Reason")
        let what = issues.count == 1 ? issues.keys.first! : lang.pick("\(issues.count) 个问题", "\(issues.count) issues")
        return Form(purpose: .move(issues, action), title: "\(action.label(lang)) · \(what)",
                    fields: [FormField("note", label, .text, required: action.needsNote)])
    }

    static func extend(_ ids: [String], _ state: AppState) -> Form {
        let lang = state.lang
        // A week after the later of today and the latest current due date: never a date already past.
        let issues = ids.compactMap { state.data.board.issues[id: $0] }
        let start = max(state.data.today, issues.map(\.due).max() ?? state.data.today)
        let fields = [
            FormField("due", lang.pick("新的办结时限", "New due date"), .date, value: start.adding(days: 7).iso, required: true),
            FormField("note", lang.pick("理由", "Reason"), .text, required: true),
        ]
        let what = ids.count == 1 ? ids[0] : lang.pick("\(ids.count) 个问题", "\(ids.count) issues")
        return Form(purpose: .extend(ids), title: lang.pick("延期 · \(what)", "Extend · \(what)"), fields: fields)
    }

    static func visit(_ project: Project, _ state: AppState) -> Form {
        let lang = state.lang
        return Form(purpose: .visit(project: project.id), title: lang.pick("走访 · \(project.name)", "Site visit · \(project.name)"), fields: [
            FormField("date", lang.pick("日期", "Date"), .date, value: state.data.today.iso, required: true),
            FormField("mode", lang.pick("方式", "Mode"), choices(VisitMode.self), value: VisitMode.onSite.rawValue),
            FormField("note", lang.pick("了解情况", "What was learned"), .text, required: true),
        ])
    }

    static func progress(_ project: Project, _ state: AppState) -> Form {
        let lang = state.lang
        return Form(purpose: .progress(project: project.id), title: lang.pick("进展填报 · \(project.name)", "Progress · \(project.name)"), fields: [
            FormField("progressPct", lang.pick("形象进度%", "Progress %"), .integer(Limits.percent), value: String(project.progressPct), required: true),
            FormField("ytd", lang.pick("本年累计完成", "Year to date"), .money, value: project.ytd.text, required: true),
            FormField("stage", lang.pick("阶段", "Stage"), choices(Stage.self), value: project.stage.rawValue),
            FormField("progressText", lang.pick("形象进度", "Physical progress"), .text, value: project.progressText),
            FormField("note", lang.pick("本期进展", "This period"), .text, required: true),
            FormField("problems", lang.pick("存在问题", "Problems"), .text),
            FormField("nextSteps", lang.pick("下步工作", "Next steps"), .text, value: project.nextSteps),
        ])
    }

    static func absence(person: String?, _ state: AppState) -> Form {
        let lang = state.lang
        return Form(purpose: .absence, title: lang.pick("登记离岗（B角顶岗）", "Record an absence (B covers)"), fields: [
            FormField("person", lang.pick("离岗人员", "Who"), .reference(.person), value: person ?? "", required: true),
            FormField("from", lang.pick("开始", "From"), .date, value: state.data.today.iso, required: true),
            FormField("to", lang.pick("结束", "To"), .date, value: state.data.today.iso, required: true),
            FormField("reason", lang.pick("原因", "Reason"), choices(AbsenceReason.self), value: AbsenceReason.trip.rawValue),
            FormField("handover", lang.pick("交接事项", "Handover"), .text),
        ])
    }

    /// A key project, with the fields `frontline project new` takes.
    static func newProject(_ state: AppState) -> Form {
        let lang = state.lang
        return Form(purpose: .newProject, title: lang.pick("新建重点项目", "New key project"), fields: [
            FormField("name", lang.pick("项目名称", "Name"), .text, required: true),
            FormField("leader", lang.pick("帮包领导", "Leader"), .reference(.person), required: true),
            FormField("unit", lang.pick("帮包单位", "Unit"), .reference(.unit), required: true),
            FormField("owner", lang.pick("建设单位", "Owner"), .text),
            FormField("area", lang.pick("所属园区/街道", "Area"), .reference(.unit)),
            FormField("stage", lang.pick("阶段", "Stage"), choices(Stage.self), value: Stage.planning.rawValue),
            FormField("total", lang.pick("总投资（万元）", "Total (万元)"), .money),
            FormField("plan", lang.pick("年度计划（万元）", "Annual plan (万元)"), .money),
            FormField("planStart", lang.pick("计划开工", "Planned start"), .date),
        ])
    }

    /// Withdrawing the published report of a period (the running one by default), with the reason.
    static func withdrawReport(_ state: AppState) -> Form {
        let lang = state.lang
        let period = Period(containing: state.data.today)
        let published = state.data.board.reports[id: period.text] != nil ? period.text : ""
        return Form(purpose: .withdrawReport, title: lang.pick("撤回已发布的半月报", "Withdraw a published half-month report"), fields: [
            FormField("period", lang.pick("半月期", "Period"), .text, value: published, required: true),
            FormField("reason", lang.pick("撤回理由", "Reason"), .text, required: true),
        ])
    }

    /// A record's edit form: the fields its schema offers (`FieldTable.editForm`) that this person may set (FieldRules:
    /// a unit is not offered 帮包领导 or 责任领导), each with its label and kind of input from the catalog.
    static func edit(_ kind: RecordKind, _ id: String, _ state: AppState) -> Form? {
        let lang = state.lang
        guard let record = state.data.board.snapshot(of: kind, id: id), let stored = state.data.board.record(kind, id: id) else { return nil }
        let specs = kind.editForm.filter { FieldRules.mayEdit($0.name, of: stored, by: state.context.actor, on: state.data.board) }
        let name = FormField.text(of: record.fields[kind.editForm.first?.name ?? "id"])
        var form = Form(purpose: .edit(kind, id, base: record.meta.rev), title: lang.pick("编辑 \(id) \(name)", "Edit \(id) \(name)"),
                        fields: specs.map { spec in
                            FormField(spec.name, spec.label?.text(lang) ?? spec.name, spec.input ?? .text, value: FormField.text(of: record.fields[spec.name]),
                                      required: spec.required || kind.hasValueWhenBlank(spec.name))
                        })
        for spec in specs { form.originals[spec.name] = record.fields[spec.name] ?? .null }
        return form
    }
}
