#if canImport(Glibc)
    import Glibc
#endif

/// For the benchmark: with `FRONTLINE_TIMING=FILE`, the board writes to FILE how long it took from
/// `FRONTLINE_TIMING_T0` (CLOCK_MONOTONIC nanoseconds, set by whoever started it; else when this
/// value was made) to the first complete screen, and its peak memory so far.
struct FirstScreenTiming {
    let file: String
    let start: Int64

    init?(environment: [String: String]) {
        guard let file = environment["FRONTLINE_TIMING"], !file.isEmpty else { return nil }
        self.file = file
        start = environment["FRONTLINE_TIMING_T0"].flatMap(Int64.init) ?? FirstScreenTiming.monotonicNanoseconds()
    }

    static func monotonicNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// Peak resident memory (VmHWM) in kB, from /proc/self/status.
    static func peakKilobytes() -> Int {
        guard let file = fopen("/proc/self/status", "r") else { return 0 }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix("VmHWM:") { return Int(text.dropFirst(6).filter(\.isNumber)) ?? 0 }
        }
        return 0
    }

    func firstScreenDrawn() {
        let elapsed = Double(FirstScreenTiming.monotonicNanoseconds() - start) / 1_000_000
        let line = "firstScreenMs=\(elapsed) peakKB=\(FirstScreenTiming.peakKilobytes())\n"
        guard let out = fopen(file, "a") else { return }
        fputs(line, out)
        fclose(out)
    }
}
