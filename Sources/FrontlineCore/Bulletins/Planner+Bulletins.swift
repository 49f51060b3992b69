/// 通报 (docs/domain-rules.md, "通报").
extension Planner {
    /// A 通报 is made only by `bulletin new` and stays: no generic create, delete or import makes or removes one.
    static let bulletinIsIssued = DomainError.invalid(
        field: "bulletin", zh: "通报只能用“bulletin new”发出，发出后不能修改、删除或撤回",
        en: "a bulletin (通报) is issued only by 'bulletin new' and, once issued, is not edited, deleted or undone")

    /// Plans a new 通报; returns its id. The unit exists; the reason is not blank; the period reads as a half-month or a
    /// month that has begun by the day of issue; that day is not after today.
    mutating func issueBulletin(_ draft: BulletinDraft) throws(DomainError) -> String {
        try check(.issueBulletin)
        try requireText(draft.unit, field: "unit")
        try require(.unit, draft.unit)
        try requireText(draft.reason, field: "reason")
        let date = draft.date ?? today
        if date > today {
            throw .invalid(field: "date", zh: "通报日期 \(date.iso) 晚于今天 \(today.iso)", en: "the day of issue \(date.iso) is after today \(today.iso)")
        }
        guard let period = BulletinPeriod(text: draft.period) else {
            throw .invalid(
                field: "period", zh: "所涉期间“\(draft.period)”应为半月（2026-10-2）或月份（2026-10）",
                en: "the period '\(draft.period)' must be a half-month (2026-10-2) or a month (2026-10)")
        }
        if period.first > date {
            throw .invalid(
                field: "period", zh: "所涉期间 \(period.text) 在通报日期 \(date.iso) 之后尚未开始",
                en: "the period \(period.text) had not begun by the day of issue \(date.iso)")
        }
        var bulletin = Bulletin(id: context.ids.next(.bulletin, scratch))
        bulletin.verdict = draft.verdict
        bulletin.unit = draft.unit
        bulletin.period = period.text
        bulletin.reason = draft.reason.trimmingSpaces
        bulletin.date = date
        bulletin.issuer = try me()
        try record(
            RecordChange(
                kind: .bulletin, id: bulletin.id, op: .create, base: 0,
                fields: bulletin.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        return bulletin.id
    }
}
