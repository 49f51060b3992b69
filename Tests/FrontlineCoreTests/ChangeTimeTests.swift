import Testing

@testable import FrontlineCore

/// One rule for when a change is recorded (issue 10 item 24): the real instant, or in a store that carries
/// its own date, that date at the real time of day.
struct ChangeTimeTests {
    static let real = Timestamp(iso: "2027-03-05T23:30:15+08:00")!

    @Test func aStoreWithoutItsOwnDateRecordsTheRealInstant() {
        #expect(Settings().changeTime(real: Self.real) == Self.real)
    }

    @Test(arguments: ["2027-03-05T23:30:15+08:00", "2027-03-05T00:00:00+08:00", "1999-12-31T08:05:00-05:00", "2027-03-05T15:30:15Z"])
    func aSampleStoreRecordsItsDateAtTheRealTimeOfDay(_ iso: String) {
        var settings = Settings()
        settings.sampleDate = Day(2026, 11, 27)
        let real = Timestamp(iso: iso)!
        let recorded = settings.changeTime(real: real)
        #expect(recorded.day == Day(2026, 11, 27))
        #expect(recorded.utcOffset == real.utcOffset)
        #expect(recorded.iso.dropFirst(10) == real.iso.dropFirst(10), "same time of day and offset")
    }
}
