/// What the person covering needs from an absence: why, how long, and the handover note (交接事项),
/// on every screen and command that tells them they cover (我的, AB角, `units`, `show`).
extension BoardIndex {
    /// The absence that makes `holder` cover for someone on `day`, if any.
    public func absence(coveredBy holder: Holder?, on day: Day) -> Absence? {
        guard let covered = holder?.actingFor else { return nil }
        return absences(of: covered).first { $0.covers(day) }
    }

    /// `A 贾俊 出差 2026-12-01至2026-12-05`: who is away, why and when.
    public func text(of absence: Absence, lang: Lang) -> String {
        lang.text(.personAway, personName(absence.person), absence.reason.label(lang), absence.from.iso, absence.to.iso)
    }

    /// `交接事项：…` (or that there is none).
    public func handoverText(of absence: Absence, lang: Lang) -> String {
        let note = absence.handover.trimmingSpaces
        return note.isEmpty ? lang.text(.handoverNoneGiven) : lang.text(.handoverNote, note)
    }
}
