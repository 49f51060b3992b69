import FrontlineCore

/// Replaces each `@` of a template with the next value.
func fill(_ template: String, _ values: String...) -> String {
    var out = ""
    var i = 0
    for scalar in template.unicodeScalars {
        if scalar == "@" && i < values.count {
            out += values[i]
            i += 1
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
func weekday(_ ordinal: Int) -> Int { ((ordinal + 3) % 7 + 7) % 7 }

/// An instant from minutes since 1970-01-01 00:00 local time in Asia/Shanghai.
func stamp(minutes: Int) -> Timestamp {
    Timestamp(seconds: Int64(minutes) * 60 - 28_800, utcOffset: 28_800)
}

/// An instant from seconds since 1970-01-01 00:00 local time in Asia/Shanghai.
func stamp(seconds: Int) -> Timestamp {
    Timestamp(seconds: Int64(seconds) - 28_800, utcOffset: 28_800)
}

/// `prefix-000123` with at least `width` digits.
func makeId(_ letter: String, _ n: Int, width: Int) -> String {
    let digits = String(n)
    return letter + "-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// How many digits the ids of a kind get: the kind's minimum, or more when there are many records.
func idWidth(_ kind: RecordKind, count: Int) -> Int {
    max(kind.idPrefix.digits, String(max(count, 1)).count)
}
