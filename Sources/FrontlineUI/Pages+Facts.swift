import FrontlineCore

/// Facts, progress bars and the reasons for a light, as the detail screens show them.
extension Pages {
    /// Label/value facts with the values wrapped under each other.
    static func facts(_ facts: [Fact], _ state: AppState) -> [Line] {
        let labelWidth = min(16, facts.reduce(0) { max($0, DisplayWidth.of($1.label)) })
        let valueWidth = max(10, state.width - 4 - labelWidth - 2)
        var lines: [Line] = []
        for fact in facts {
            let wrapped = Sanitizer.lines(fact.value, ascii: state.theme.ascii).flatMap { TextLayout.wrap($0, columns: valueWidth) }
            for (i, part) in wrapped.enumerated() {
                let label = i == 0 ? fact.label : ""
                lines.append(Line(cells: [Span(TextLayout.pad(label, columns: labelWidth) + "  ", .label), Span(part)]))
            }
        }
        return lines
    }

    /// `[██████░░░░]  60%` (ASCII: `[######----]`).
    static func progressBar(_ pct: Int, _ state: AppState) -> String {
        let filled = max(0, min(10, (pct + 5) / 10))
        let (on, off) = state.theme.ascii ? ("#", "-") : ("█", "░")
        return "[" + String(repeating: on, count: filled) + String(repeating: off, count: 10 - filled) + "] \(pct)%"
    }

    static func reasons(_ light: LightResult, _ state: AppState) -> [Line] {
        light.reasons.map { reason in
            Line(cells: [Span(state.theme.mark(reason.light, state.lang), .light(reason.light)), Span(" " + reason.text(state.lang))])
        }
    }

    /// The page of a detail whose record is no longer there (a colleague deleted it meanwhile).
    static func gone(_ id: String, zh: String, en: String, _ lang: Lang) -> Page {
        Page(title: id, lines: [.text(lang.pick("该\(zh)已不存在（可能已被他人删除）", "this \(en) no longer exists (someone may have deleted it)"), .error)])
    }
}
