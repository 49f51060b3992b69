/// An instant with the UTC offset it was recorded in, e.g. `2026-11-27T10:15:00+08:00`.
///
/// The core never reads the clock: callers pass `now` in.
public struct Timestamp: Hashable, Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int64
    /// Offset from UTC in seconds (Asia/Shanghai: 28800).
    public var utcOffset: Int

    public init(seconds: Int64, utcOffset: Int) {
        self.seconds = seconds
        self.utcOffset = utcOffset
    }

    /// The local calendar date of this instant.
    public var day: Day {
        let local = seconds + Int64(utcOffset)
        return Day(ordinal: Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400))
    }

    /// ISO 8601 with seconds and offset.
    public var iso: String {
        let local = seconds + Int64(utcOffset)
        let secondOfDay = Int(((local % 86_400) + 86_400) % 86_400)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let sign = utcOffset < 0 ? "-" : "+"
        let off = abs(utcOffset) / 60
        return "\(day.iso)T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
            + "\(sign)\(two(off / 60)):\(two(off % 60))"
    }

    /// Parses what `iso` writes (`Z` is accepted as +00:00).
    public init?(iso text: String) {
        var copy = text
        guard let parsed = copy.withUTF8({ Timestamp(utf8: $0) }) else { return nil }
        self = parsed
    }

    private init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        guard b.count == 20 || b.count == 25, let day = Day(iso: Substring(decoding: UnsafeBufferPointer(rebasing: b[0..<10]), as: UTF8.self)),
            b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":")
        else { return nil }
        func num(_ i: Int) -> Int? {
            let d0 = Int(b[i]) - 48, d1 = Int(b[i + 1]) - 48
            guard (0...9).contains(d0), (0...9).contains(d1) else { return nil }
            return d0 * 10 + d1
        }
        guard let h = num(11), let mi = num(14), let s = num(17), h < 24, mi < 60, s < 60 else { return nil }
        var offset = 0
        if b.count == 20 {
            guard b[19] == UInt8(ascii: "Z") else { return nil }
        } else {
            guard b[19] == UInt8(ascii: "+") || b[19] == UInt8(ascii: "-"), b[22] == UInt8(ascii: ":"),
                let oh = num(20), let om = num(23), oh < 24, om < 60
            else { return nil }
            offset = (oh * 3600 + om * 60) * (b[19] == UInt8(ascii: "-") ? -1 : 1)
        }
        let local = Int64(day.ordinal) * 86_400 + Int64(h * 3600 + mi * 60 + s)
        self.init(seconds: local - Int64(offset), utcOffset: offset)
    }
}
