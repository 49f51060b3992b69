import FrontlineCore

/// Cells and lines that several screens' pages share (each screen builds its own page: `TabScreen`,
/// `DetailScreen`). Pure: the same state gives the same lines.
enum Pages {
    static func mark(_ light: Light, _ state: AppState) -> Span {
        Span(state.theme.mark(light, state.lang), .light(light))
    }

    static func days(_ n: Int?, _ lang: Lang) -> String {
        guard let n else { return lang.text(.neverShort) }
        return lang.text(.daysShort, n)
    }

    static func holder(_ holder: Holder?, _ index: BoardIndex, _ lang: Lang) -> String {
        index.text(of: holder, lang: lang, compact: true)
    }
}
