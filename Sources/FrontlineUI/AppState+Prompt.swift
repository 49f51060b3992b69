import FrontlineCore

/// Typing at the `/` and `:` prompts, and what the command line understands.
extension AppState {
    mutating func typing(_ key: Key) -> [Effect] {
        guard var current = input else { return [] }
        switch key {
        case .escape:
            input = nil
            if current.purpose == .filter { list.setFilter(nil) }
            return []
        case .enter:
            input = nil
            return current.purpose == .command ? run(commandLine: current.text) : []
        case .backspace where current.text.isEmpty, .control("h") where current.text.isEmpty:
            // Backspace on an empty prompt closes it.
            input = nil
            return []
        default:
            guard current.line.apply(key) else { return [] }
        }
        input = current
        if current.purpose == .filter {
            list.setFilter(current.text)
            if isDetail { findMatch(forward: true) }
        }
        return []
    }

    /// `:q`, `:help`, `:P-001`/`:I-0042` (open), `:asof 2026-11-27`, `:lang en`, `:1`…`:6` (a tab's number).
    mutating func run(commandLine text: String) -> [Effect] {
        let words = text.trimmingSpaces.split(separator: " ").map(String.init)
        guard let verb = words.first else { return [] }
        let argument = words.dropFirst().joined(separator: " ")
        if let number = Int(verb), let tab = screens.tab(number: number) {
            show(tab)
            return []
        }
        switch verb.lowercased() {
        case "q", "quit", "exit": return [.quit]
        case "help", "h": push(.help)
        case "asof", "as-of", "date":
            // The core's one reader of typed dates: also `:asof +7`, and nothing outside Limits.dates.
            switch DayInput.parse(argument, today: data.today) {
            // The board as of another day: the same records, lists and figures as they stood then.
            case .success(let day): data = BoardData(board: data.board, today: day, present: data.present, journal: data.timeline.journal)
            case .failure(let problem): notice = Notice(text: problem.message(lang), isError: true)
            }
        case "lang":
            guard let l = Lang(rawValue: argument) else {
                notice = Notice(text: lang.text(.languageMustBeZhOrEn), isError: true)
                return []
            }
            lang = l
        default:
            if data.board.issues[id: verb] != nil {
                push(.issue(verb))
            } else if data.board.meetings[id: verb] != nil {
                push(.meeting(verb))
            } else if data.board.leads[id: verb] != nil {
                push(.lead(verb))
            } else if data.board.units[id: verb] != nil {
                // A unit's page: how its score was reached, and its 通报.
                push(.score(verb))
            } else if let id = data.index.resolve(.project, text.trimmingSpaces) {
                push(.project(id))
            } else {
                notice = Notice(text: lang.text(.unknownCommandOrId, text), isError: true)
            }
        }
        return []
    }
}
