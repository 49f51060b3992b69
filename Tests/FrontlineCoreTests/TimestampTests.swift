import Testing

@testable import FrontlineCore

/// `Timestamp`: ISO 8601 with an offset, and the local calendar day of an instant.
struct TimestampTests {
    struct RoundTrip: Sendable, CustomTestStringConvertible {
        let iso: String
        let seconds: Int64
        let offset: Int
        let day: String
        var testDescription: String { iso }
    }

    @Test(
        "iso round trip, with +08:00, zero and negative offsets",
        arguments: [
            RoundTrip(iso: "2026-11-27T10:15:00+08:00", seconds: 1_795_745_700, offset: 28_800, day: "2026-11-27"),
            RoundTrip(iso: "2026-11-27T00:00:00+08:00", seconds: 1_795_708_800, offset: 28_800, day: "2026-11-27"),
            RoundTrip(iso: "2026-11-27T23:59:59-05:00", seconds: 1_795_841_999, offset: -18_000, day: "2026-11-27"),
            RoundTrip(iso: "2026-01-01T00:00:00-05:00", seconds: 1_767_243_600, offset: -18_000, day: "2026-01-01"),
            RoundTrip(iso: "2026-03-01T05:30:00-03:30", seconds: 1_772_355_600, offset: -12_600, day: "2026-03-01"),
            RoundTrip(iso: "1969-12-31T23:59:59+00:00", seconds: -1, offset: 0, day: "1969-12-31"),
            RoundTrip(iso: "1900-01-01T00:00:00+08:00", seconds: -2_209_017_600, offset: 28_800, day: "1900-01-01"),
        ])
    func roundTrip(_ c: RoundTrip) throws {
        let stamp = try #require(Timestamp(iso: c.iso))
        #expect(stamp.seconds == c.seconds)
        #expect(stamp.utcOffset == c.offset)
        #expect(stamp.iso == c.iso)
        #expect(stamp.day.iso == c.day)
        #expect(Timestamp(seconds: c.seconds, utcOffset: c.offset).iso == c.iso)
    }

    @Test("Z is read as +00:00")
    func zulu() throws {
        let stamp = try #require(Timestamp(iso: "2026-11-26T16:00:00Z"))
        #expect(stamp.seconds == 1_795_708_800)
        #expect(stamp.utcOffset == 0)
        #expect(stamp.iso == "2026-11-26T16:00:00+00:00")
    }

    struct MidnightCase: Sendable, CustomTestStringConvertible {
        let seconds: Int64
        let offset: Int
        let iso: String
        let day: String
        var testDescription: String { "\(iso) is on \(day)" }
    }

    /// The same instants seen from different offsets fall on different local days.
    @Test(
        "day at local midnight boundaries",
        arguments: [
            MidnightCase(seconds: 1_795_708_800, offset: 28_800, iso: "2026-11-27T00:00:00+08:00", day: "2026-11-27"),
            MidnightCase(seconds: 1_795_708_799, offset: 28_800, iso: "2026-11-26T23:59:59+08:00", day: "2026-11-26"),
            MidnightCase(seconds: 1_795_708_800, offset: 0, iso: "2026-11-26T16:00:00+00:00", day: "2026-11-26"),
            MidnightCase(seconds: 1_795_841_999, offset: -18_000, iso: "2026-11-27T23:59:59-05:00", day: "2026-11-27"),
            MidnightCase(seconds: 1_795_842_000, offset: -18_000, iso: "2026-11-28T00:00:00-05:00", day: "2026-11-28"),
            MidnightCase(seconds: 1_795_841_999, offset: 28_800, iso: "2026-11-28T12:59:59+08:00", day: "2026-11-28"),
            MidnightCase(seconds: 0, offset: 0, iso: "1970-01-01T00:00:00+00:00", day: "1970-01-01"),
            MidnightCase(seconds: -1, offset: 0, iso: "1969-12-31T23:59:59+00:00", day: "1969-12-31"),
            MidnightCase(seconds: -86_400, offset: 0, iso: "1969-12-31T00:00:00+00:00", day: "1969-12-31"),
            MidnightCase(seconds: -86_401, offset: 0, iso: "1969-12-30T23:59:59+00:00", day: "1969-12-30"),
            MidnightCase(seconds: -28_800, offset: 28_800, iso: "1970-01-01T00:00:00+08:00", day: "1970-01-01"),
            MidnightCase(seconds: -28_801, offset: 28_800, iso: "1969-12-31T23:59:59+08:00", day: "1969-12-31"),
        ])
    func midnight(_ c: MidnightCase) {
        let stamp = Timestamp(seconds: c.seconds, utcOffset: c.offset)
        #expect(stamp.iso == c.iso)
        #expect(stamp.day.iso == c.day)
    }

    @Test(
        "Timestamp(iso:) rejects",
        arguments: [
            "2026-11-27 10:15:00+08:00", "2026-11-27T24:00:00+08:00", "2026-11-27T10:60:00+08:00",
            "2026-11-27T10:15:60+08:00", "2026-11-27T10:15:00+0800", "2026-11-27T10:15:00", "2026-02-30T00:00:00Z",
            "2026-11-27T10:15:00z", "2026-11-27T10:15:00*08:00", "2026-11-27T10:15:00+24:00", "2026-11-27T1a:15:00Z", "",
        ])
    func rejects(text: String) {
        #expect(Timestamp(iso: text) == nil)
    }
}
