import FrontlineCore

/// 通报 on the board (docs/board.md, "通报 on the board"): `T` praises or criticises the unit in context — its line in the
/// ranking on 报表, or its page — as `frontline bulletin new` does; administrators (the 绩考办), checked by `Access` in the
/// core when saved.
enum BulletinCommand {
    static let binding = EditingBinding(
        command: .issueBulletin, offeredEverywhere: false,
        problem: { c in
            guard c.unit != nil else { return c.lang.text(.selectUnitFirst) }
            return c.denial(.issueBulletin)?.message(c.lang)
        },
        start: { state, c in
            if let unit = c.unit { state.overlay = .form(form(unit, state)) }
            return []
        })

    /// 表扬 or 批评 (批评 first: the article's 通报批评), the period (last month by default), the reason, the day of issue.
    static func form(_ unit: Unit, _ state: AppState) -> Form {
        let lang = state.lang
        func bulletin(_ name: String, value: String = "") -> FormField {
            Forms.field(.bulletin, name, value: value, required: true, lang)
        }
        var verdict = bulletin("verdict", value: BulletinVerdict.criticism.rawValue)
        verdict.kind = .choice(Choice(BulletinVerdict.self, only: [.criticism, .praise]))
        return Form(
            purpose: .issueBulletin(unit.id), title: lang.text(.formIssueBulletin, unit.displayName),
            fields: [
                verdict,
                bulletin("period", value: AttractionMonth(containing: state.data.today).previous.text),
                bulletin("reason"),
                bulletin("date", value: state.data.today.iso),
            ])
    }

    static func intent(unit: String, _ v: [String: JSONValue], today: Day) -> Intent {
        let verdict = v["verdict"]?.stringValue.flatMap(BulletinVerdict.init(rawValue:)) ?? .criticism
        return .issueBulletin(
            BulletinDraft(
                verdict: verdict, unit: unit, period: v["period"]?.stringValue ?? "", reason: v["reason"]?.stringValue ?? "",
                date: v["date"].flatMap { try? Day(json: $0) }))
    }
}
