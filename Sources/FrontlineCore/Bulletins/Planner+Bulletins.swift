/// 通报 (docs/domain-rules.md, "通报").
extension Planner {
    /// A 通报 is made only by `bulletin new` and stays: no generic create, delete or import makes or removes one.
    static let bulletinIsIssued = DomainError.invalid(field: "bulletin", Phrase(.invalidBulletinIssuedOnly))

    /// Plans a new 通报; returns its id. The unit exists; the reason is not blank; the period reads as a half-month or a
    /// month that has begun by the day of issue; that day is not after today.
    mutating func issueBulletin(_ draft: BulletinDraft) throws(DomainError) -> String {
        try check(.issueBulletin)
        try requireText(draft.unit, field: "unit")
        try require(.unit, draft.unit)
        try requireText(draft.reason, field: "reason")
        let date = draft.date ?? today
        if date > today {
            throw .invalid(field: "date", Phrase(.invalidBulletinDateAfterToday, "\(date.iso)", "\(today.iso)"))
        }
        guard let period = BulletinPeriod(text: draft.period) else {
            throw .invalid(field: "period", Phrase(.invalidBulletinPeriod, "\(draft.period)"))
        }
        if period.first > date {
            throw .invalid(field: "period", Phrase(.invalidBulletinPeriodNotBegun, "\(period.text)", "\(date.iso)"))
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
