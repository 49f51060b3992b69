import FrontlineCore

/// The forms of the board, filled with today's defaults and the record's current values.
enum Forms {
    /// The form field of a record's field: its label and kind of input from the record's schema.
    static func field(_ kind: RecordKind, _ name: String, value: String = "", required: Bool = false, _ lang: Lang) -> FormField {
        guard let field = kind.field(name) else { preconditionFailure("\(kind) has no field \(name)") }
        return FormField(field, lang, value: value, required: required)
    }

    static func raiseIssue(project: Project?, unit: String?, _ state: AppState) -> Form {
        let lang = state.lang
        func issue(_ name: String, value: String = "", required: Bool = false) -> FormField {
            field(.issue, name, value: value, required: required, lang)
        }
        let fields = [
            issue("title", required: true),
            issue("project", value: project?.id ?? ""),
            issue("unit", value: unit ?? project?.unit ?? "", required: true),
            issue("due", value: "+7", required: true),
            issue("category", value: IssueCategory.other.rawValue),
            issue("source", value: IssueSource.visit.rawValue),
            issue("urgency", value: Urgency.normal.rawValue),
            issue("person"),
            issue("description"),
        ]
        let title = project.map { lang.text(.formNewIssueForProject, $0.name) } ?? lang.text(.formNewIssue)
        return Form(purpose: .raiseIssue, title: title, fields: fields)
    }

    static func move(_ issues: [String: IssueStatus], _ action: IssueAction, _ lang: Lang) -> Form {
        let label = action == .resolve ? lang.text(.formResolution) : lang.text(.formReason)
        let what = issues.count == 1 ? issues.keys.first! : lang.text(.issueCount, issues.count)
        return Form(
            purpose: .move(issues, action), title: "\(action.label(lang)) · \(what)",
            fields: [FormField("note", label, .text, required: action.needsNote)])
    }

    static func extend(_ ids: [String], _ state: AppState) -> Form {
        let lang = state.lang
        // A week after the later of today and the latest current due date: never a date already past.
        let issues = ids.compactMap { state.data.board.issues[id: $0] }
        let start = max(state.data.today, issues.map(\.due).max() ?? state.data.today)
        let fields = [
            FormField("due", lang.text(.formNewDueDate), .date, value: start.adding(days: 7).iso, required: true),
            FormField("note", lang.text(.formReason), .text, required: true),
        ]
        let what = ids.count == 1 ? ids[0] : lang.text(.issueCount, ids.count)
        return Form(purpose: .extend(ids), title: lang.text(.formExtend, what), fields: fields)
    }

    static func visit(_ project: Project, _ state: AppState) -> Form {
        let lang = state.lang
        return Form(
            purpose: .visit(project: project.id), title: lang.text(.formSiteVisit, project.name),
            fields: [
                field(.visit, "date", value: state.data.today.iso, required: true, lang),
                field(.visit, "mode", value: VisitMode.onSite.rawValue, lang),
                field(.visit, "note", required: true, lang),
            ])
    }

    static func progress(_ project: Project, _ state: AppState) -> Form {
        let lang = state.lang
        return Form(
            purpose: .progress(project: project.id), title: lang.text(.formProgress, project.name),
            fields: [
                field(.progress, "progressPct", value: String(project.progressPct), required: true, lang),
                field(.progress, "ytd", value: project.ytd.text, required: true, lang),
                field(.progress, "stage", value: project.stage.rawValue, lang),
                field(.progress, "progressText", value: project.progressText, lang),
                // The report's text (its field `text`), as the form calls it.
                FormField("note", RecordKind.progress.label(of: "text", lang), .text, required: true),
                field(.progress, "problems", lang),
                field(.progress, "nextSteps", value: project.nextSteps, lang),
            ])
    }

    static func absence(person: String?, _ state: AppState) -> Form {
        let lang = state.lang
        return Form(
            purpose: .absence, title: lang.text(.formAbsence),
            fields: [
                field(.absence, "person", value: person ?? "", required: true, lang),
                field(.absence, "from", value: state.data.today.iso, required: true, lang),
                field(.absence, "to", value: state.data.today.iso, required: true, lang),
                field(.absence, "reason", value: AbsenceReason.trip.rawValue, lang),
                field(.absence, "handover", lang),
            ])
    }

    /// A key project, with the fields `frontline project new` takes.
    static func newProject(_ state: AppState) -> Form {
        let lang = state.lang
        func project(_ name: String, value: String = "", required: Bool = false) -> FormField {
            var field = field(.project, name, value: value, required: required, lang)
            // A new project's amounts name their unit.
            if field.kind == .money { field.label += lang.text(.moneyFieldUnit) }
            return field
        }
        return Form(
            purpose: .newProject, title: lang.text(.formNewProject),
            fields: [
                project("name", required: true),
                project("leader", required: true),
                project("unit", required: true),
                project("owner"),
                project("area"),
                project("stage", value: Stage.planning.rawValue),
                project("total"),
                project("plan"),
                project("planStart"),
            ])
    }

    /// Withdrawing the published report of a period (the running one by default), with the reason.
    static func withdrawReport(_ state: AppState) -> Form {
        let lang = state.lang
        let period = Period(containing: state.data.today)
        let published = state.data.board.reports[id: period.text] != nil ? period.text : ""
        return Form(
            purpose: .withdrawReport, title: lang.text(.formWithdrawReport),
            fields: [
                FormField("period", lang.text(.formPeriod), .text, value: published, required: true),
                FormField("reason", lang.text(.formWithdrawReason), .text, required: true),
            ])
    }

    /// A record's edit form: the fields its schema offers (`FieldTable.editForm`) that this person may set (FieldRules:
    /// a unit is not offered 帮包领导 or 责任领导), each with its label and kind of input from the catalog.
    static func edit(_ kind: RecordKind, _ id: String, _ state: AppState) -> Form? {
        let lang = state.lang
        guard let record = state.data.board.snapshot(of: kind, id: id), let stored = state.data.board.record(kind, id: id) else { return nil }
        let specs = kind.editForm.filter { FieldRules.mayEdit($0.name, of: stored, by: state.context.actor, on: state.data.board) }
        let name = FormField.text(of: record.fields[kind.editForm.first?.name ?? "id"])
        var form = Form(
            purpose: .edit(kind, id, base: record.meta.rev), title: lang.text(.formEdit, id, name),
            fields: specs.map { spec in
                var field = FormField(
                    spec, lang, value: FormField.text(of: record.fields[spec.name]),
                    required: spec.required || kind.hasValueWhenBlank(spec.name))
                if case .array? = record.fields[spec.name] { field.isList = true }
                return field
            })
        for spec in specs { form.originals[spec.name] = record.fields[spec.name] ?? .null }
        return form
    }
}
