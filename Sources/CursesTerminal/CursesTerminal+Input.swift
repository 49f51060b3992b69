import CNCursesW
import CTerminalGuard
import FrontlineUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CursesTerminal {
    /// Waits up to `timeoutMilliseconds` (negative: no limit) for input. Function keys and
    /// characters become `.key` (see `KeyMapping`), a window size change `.resize` with the new
    /// size, and a timeout `.idle`. Characters the board ignores (Ctrl-Space, other unmapped keys)
    /// also give `.idle`. Text from an input method arrives one character per call.
    public func nextEvent(timeoutMilliseconds: Int) -> Event {
        nextEvent(timeoutMilliseconds: timeoutMilliseconds, wakingOn: nil)
    }

    /// The same, and `.idle` as soon as `descriptor` becomes readable (a store's signal that a colleague saved).
    /// Whatever curses holds already — a key pushed back after Esc, the rest of a sequence, a resize — comes first;
    /// then both the keyboard and the descriptor are waited on with `poll`, and a key that arrives is read as
    /// ever, so that a closed input is still told from a quiet one (`InputWatch`).
    public func nextEvent(timeoutMilliseconds: Int, wakingOn descriptor: Int32?) -> Event {
        guard isOpen else { return .idle }
        if tg_stop_signal() != 0 { return .stop }
        if inputClosed {
            waitQuietly(milliseconds: timeoutMilliseconds)
            return .idle
        }
        guard let descriptor else { return read(timeoutMilliseconds: timeoutMilliseconds, watching: true) ?? .idle }
        if let held = read(timeoutMilliseconds: 0, watching: false) { return held }
        let started = ContinuousClock.now
        switch wait(for: descriptor, milliseconds: timeoutMilliseconds) {
        case .signalled, .timedOut:
            return .idle
        case .interrupted:
            // A signal: the process told to stop, or a window size change that curses turns into KEY_RESIZE.
            if tg_stop_signal() != 0 { return .stop }
            return read(timeoutMilliseconds: 0, watching: false) ?? .idle
        case .input:
            let left = timeoutMilliseconds < 0 ? -1 : max(0, timeoutMilliseconds - Self.milliseconds(since: started))
            return read(timeoutMilliseconds: left, watching: true) ?? .idle
        }
    }

    /// Reads one key from curses, waiting up to `timeoutMilliseconds`; nil when none came. `watching`: a read that
    /// fails counts towards telling a closed input (`InputWatch`), and gives `.idle`.
    private func read(timeoutMilliseconds: Int, watching: Bool) -> Event? {
        let window = cnc_stdscr()
        let timeout = timeoutMilliseconds < 0 ? -1 : Int32(clamping: timeoutMilliseconds)
        wtimeout(window, timeout)
        var value: wint_t = 0
        let started = ContinuousClock.now
        let result = wget_wch(window, &value)
        switch result {
        case cnc_key_code_yes():
            inputWatch.noteInput()
            let code = Int32(bitPattern: value)
            if code == cnc_key_resize() { return .resize(width: width, height: height) }
            if code == cnc_key_mouse() { return mouseEvent() }
            return KeyMapping.key(forKeyCode: code).map(Event.key) ?? .idle
        case cnc_ok():
            inputWatch.noteInput()
            if UInt32(value) == 27 { return escape() }
            return KeyMapping.key(forCharacter: UInt32(value)).map(Event.key) ?? .idle
        default:
            if tg_stop_signal() != 0 { return .stop }
            guard watching else { return nil }
            let milliseconds = Self.milliseconds(since: started)
            if inputWatch.noteError(elapsedMilliseconds: milliseconds, timeoutMilliseconds: timeoutMilliseconds) {
                inputClosed = true
            }
            return .idle
        }
    }

    /// What ended a wait for the keyboard and a store's descriptor.
    enum Wakening: Equatable {
        case input, signalled, timedOut, interrupted
    }

    /// Waits until the keyboard or `descriptor` has something to read (a key wins over the signal, which stays
    /// readable for the next wait), `milliseconds` pass (negative: no limit), or a signal interrupts.
    func wait(for descriptor: Int32, milliseconds: Int) -> Wakening {
        var watched = [pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&watched, nfds_t(watched.count), milliseconds < 0 ? -1 : Int32(clamping: milliseconds))
        if ready < 0 { return .interrupted }
        if watched[0].revents != 0 { return .input }
        return ready > 0 ? .signalled : .timedOut
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = start.duration(to: .now).components
        return Int(elapsed.seconds) * 1000 + Int(elapsed.attoseconds / 1_000_000_000_000_000)
    }

    /// After ESC: a sequence terminfo did not describe (read on briefly, see `EscapeSequence`), or the Esc key.
    private func escape() -> Event {
        let window = cnc_stdscr()
        var after: [UInt32] = []
        while true {
            // The rest of a sequence comes with it; a human's next key comes much later.
            wtimeout(window, Self.sequenceMilliseconds)
            var value: wint_t = 0
            let result = wget_wch(window, &value)
            if result == cnc_key_code_yes() {
                // A key terminfo knows, right after ESC: Esc was pressed on its own.
                ungetch(Int32(bitPattern: value))
                return after.isEmpty ? .key(.escape) : .idle
            }
            guard result == cnc_ok() else { return after.isEmpty ? .key(.escape) : .idle }
            after.append(UInt32(value))
            switch EscapeSequence.parse(after) {
            case .key(let key): return .key(key)
            case .incomplete: continue
            case .unknown: return .idle
            case .notASequence:
                unget_wch(wchar_t(bitPattern: value))
                return .key(.escape)
            }
        }
    }

    /// How long to wait for the next character of an escape sequence.
    static let sequenceMilliseconds: Int32 = 30

    /// With `--mouse`: the wheel scrolls (up/down); clicks have no key yet and are ignored.
    private func mouseEvent() -> Event {
        var event = MEVENT()
        guard getmouse(&event) == cnc_ok() else { return .idle }
        if event.bstate & cnc_wheel_up() != 0 { return .key(.up) }
        if cnc_wheel_down() != 0 && event.bstate & cnc_wheel_down() != 0 { return .key(.down) }
        return .idle
    }

    /// Sleeps instead of spinning once input is gone (a second when the caller would block forever).
    private func waitQuietly(milliseconds: Int) {
        let duration = milliseconds < 0 ? 1000 : min(milliseconds, 60_000)
        if duration > 0 { poll(nil, 0, Int32(duration)) }
    }
}

/// Tells a closed input (every read fails at once) from ordinary timeouts, so the event loop
/// never spins: a blocking or timed read that fails well before its timeout, several times in a
/// row, means the input is gone (EOF or EIO after a hang-up).
struct InputWatch: Equatable, Sendable {
    /// Consecutive early failures that mean "closed".
    static let limit = 3
    private(set) var earlyFailures = 0

    /// A read returned something: the input is alive.
    mutating func noteInput() { earlyFailures = 0 }

    /// A read returned ERR after `elapsedMilliseconds`; true when the input now counts as closed.
    mutating func noteError(elapsedMilliseconds: Int, timeoutMilliseconds: Int) -> Bool {
        let early = timeoutMilliseconds < 0 || (timeoutMilliseconds > 0 && elapsedMilliseconds * 2 < timeoutMilliseconds)
        earlyFailures = early ? earlyFailures + 1 : 0
        return earlyFailures >= Self.limit
    }
}
