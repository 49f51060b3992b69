import FrontlineCore

extension Tab {
    /// 项目: the key projects with their lights, stage, progress, people and visits.
    public static let projects = Tab("projects")
}

/// The key projects (2 项目), a table sorted by light, id, progress or the last visit; `P` adds one.
struct ProjectsScreen: TabScreen {
    enum Sort: SortOrder {
        /// Red first, then yellow …
        case light
        case id
        /// Furthest along first.
        case progress
        /// Longest without a visit first (never visited before all).
        case lastVisit

        func title(_ lang: Lang) -> String {
            switch self {
            case .light: lang.text(.columnLightLower)
            case .id: lang.text(.columnId)
            case .progress: lang.text(.columnProgress)
            case .lastVisit: lang.text(.columnLastVisit)
            }
        }
    }

    let tab = Tab.projects

    func title(_ lang: Lang) -> String { lang.text(.projectsTitle) }

    func offers(in state: AppState) -> Set<Command> { [.newProject] }

    func page(_ state: AppState, sorted sort: Sort) -> Page {
        let lang = state.lang, index = state.data.index
        var rows = state.data.projectRows
        switch sort {
        case .light: rows.sort { ($0.light.light, $1.project.id) > ($1.light.light, $0.project.id) }
        case .id: rows.sort { $0.project.id < $1.project.id }
        case .progress: rows.sort { ($0.project.progressPct, $1.project.id) > ($1.project.progressPct, $0.project.id) }
        case .lastVisit: rows.sort { ($0.daysSinceVisit ?? Int.max, $1.project.id) > ($1.daysSinceVisit ?? Int.max, $0.project.id) }
        }
        let columns = [
            Column(lang.text(.columnLightShort), .fixed(4)),
            Column(lang.text(.columnId), .fit(min: 5, max: 40)),
            Column(lang.text(.columnProjectName), .flex(min: 14), shrinkRank: 1),
            Column(lang.text(.columnStage), .fixed(lang == .zh ? 6 : 11)),
            Column(lang.text(.columnDone), .fixed(4), .right),
            Column(lang.text(.columnLeaderLower), .fit(min: 8, max: 12), shrinkRank: 0),
            Column(lang.text(.columnServingUnit), .fit(min: 8, max: 12), shrinkRank: 2),
            Column(lang.text(.columnIssuesShort), .fixed(5), .right),
            Column(lang.text(.columnVisit), .fixed(5), .right),
        ]
        let lines = rows.map { row in
            Line(
                cells: [
                    Pages.mark(row.light.light, state),
                    Span(row.project.id),
                    Span(row.project.name),
                    Span(row.project.stage.label(lang)),
                    Span("\(row.project.progressPct)%"),
                    Span(index.personName(row.project.leader)),
                    Span(index.unitName(row.project.unit)),
                    Span(
                        row.overdueIssues > 0 ? "\(row.openIssues)/\(row.overdueIssues)" : "\(row.openIssues)",
                        row.overdueIssues > 0 ? .light(.red) : .normal),
                    Span(
                        Pages.days(row.daysSinceVisit, lang),
                        (row.daysSinceVisit ?? Int.max) > state.data.board.settings.visitDays ? .light(.yellow) : .normal),
                ], target: .project(row.project.id),
                keywords: [
                    row.project.stage.rawValue, row.light.light.rawValue,
                    row.project.area.map(index.unitName) ?? "", row.project.owner,
                ])
        }
        return Page(title: lang.text(.keyProjects, rows.count), columns: columns, lines: lines)
    }
}
