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
            case .light: lang.pick("灯色", "light")
            case .id: lang.pick("编号", "id")
            case .progress: lang.pick("进度", "progress")
            case .lastVisit: lang.pick("距走访", "last visit")
            }
        }
    }

    let tab = Tab.projects

    func title(_ lang: Lang) -> String { lang.pick("项目", "Projects") }

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
            Column(lang.pick("灯", "lt"), .fixed(4)),
            Column(lang.pick("编号", "id"), .fit(min: 5, max: 40)),
            Column(lang.pick("项目名称", "project"), .flex(min: 14), shrinkRank: 1),
            Column(lang.pick("阶段", "stage"), .fixed(lang == .zh ? 6 : 11)),
            Column(lang.pick("进度", "done"), .fixed(4), .right),
            Column(lang.pick("帮包领导", "leader"), .fit(min: 8, max: 12), shrinkRank: 0),
            Column(lang.pick("帮包单位", "unit"), .fit(min: 8, max: 12), shrinkRank: 2),
            Column(lang.pick("问题", "iss."), .fixed(5), .right),
            Column(lang.pick("走访", "visit"), .fixed(5), .right),
        ]
        let lines = rows.map { row in
            Line(cells: [
                Pages.mark(row.light.light, state),
                Span(row.project.id),
                Span(row.project.name),
                Span(row.project.stage.label(lang)),
                Span("\(row.project.progressPct)%"),
                Span(index.personName(row.project.leader)),
                Span(index.unitName(row.project.unit)),
                Span(row.overdueIssues > 0 ? "\(row.openIssues)/\(row.overdueIssues)" : "\(row.openIssues)", row.overdueIssues > 0 ? .light(.red) : .normal),
                Span(Pages.days(row.daysSinceVisit, lang), (row.daysSinceVisit ?? Int.max) > state.data.board.settings.visitDays ? .light(.yellow) : .normal),
            ], target: .project(row.project.id), keywords: [row.project.stage.rawValue, row.light.light.rawValue,
                                                             row.project.area.map(index.unitName) ?? "", row.project.owner])
        }
        return Page(title: lang.pick("重点项目（\(rows.count)）", "Key projects (\(rows.count))"), columns: columns, lines: lines)
    }
}
