/// When a change is recorded: one rule for record dates, handling-log times and journal times.
///
/// A change is dated by the instant it is recorded at, and everything it writes takes its day from that
/// instant: 提出日期, 办结日期, 销号日期, a visit's default date, a progress report's period, and the time of
/// its handling-log line and journal entry. So a record's dates and its log always agree.
///
/// That instant is the real one, in the store's time zone — except in a store that carries its own date
/// (`sampleDate`: the bundled sample and stores made from it), whose world is frozen on that date: there a
/// change is recorded at the sample's date, at the real time of day. `--as-of` (and the board's `:asof`)
/// only choose the day that lights, overdue counts and reports are computed for; they never date a change.
extension Settings {
    /// The instant a change made at the real instant `real` is recorded at (see the type's documentation).
    public func changeTime(real: Timestamp) -> Timestamp {
        guard let sampleDate else { return real }
        let local = real.seconds + Int64(real.utcOffset)
        let secondOfDay = ((local % 86_400) + 86_400) % 86_400
        return Timestamp(seconds: Int64(sampleDate.ordinal) * 86_400 + secondOfDay - Int64(real.utcOffset), utcOffset: real.utcOffset)
    }
}
