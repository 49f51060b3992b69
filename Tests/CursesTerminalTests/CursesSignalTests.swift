import FrontlineUI
import Testing

@testable import CursesTerminal

#if canImport(Glibc)
    import Glibc
#endif

/// The terminal's wait for a key that also wakes on a store's descriptor (`nextEvent(timeoutMilliseconds:wakingOn:)`):
/// a colleague's save signalled there ends the wait at once; a key, typed or held by curses, still comes first; a
/// closed input is still told from a quiet one. Keys come through a pipe, as from a tty.
extension CursesScreenTests {
    /// A pipe: what is written to `write` can be read from `read`.
    final class Pipe {
        let read: Int32
        let write: Int32

        init() throws {
            var ends: [Int32] = [0, 0]
            try #require(pipe(&ends) == 0)
            (read, write) = (ends[0], ends[1])
        }

        func send(_ text: String) { _ = Array(text.utf8).withUnsafeBytes { Glibc.write(write, $0.baseAddress, $0.count) } }

        deinit {
            Glibc.close(read)
            Glibc.close(write)
        }
    }

    /// A testing terminal whose keys come from `keys` (its read end, duplicated: the terminal closes its copy).
    func terminal(keys: Pipe) throws -> CursesTerminal {
        let input = try #require(fdopen(dup(keys.read), "r"))
        return try CursesTerminal(testingWidth: 20, height: 6, input: input)
    }

    @Test("a signal on the store's descriptor ends the wait for a key at once")
    func aSignalEndsTheWait() throws {
        let keys = try Pipe()
        let signal = try Pipe()
        let terminal = try self.terminal(keys: keys)
        defer { terminal.close() }
        #expect(terminal.nextEvent(timeoutMilliseconds: 0, wakingOn: signal.read) == .idle, "nothing to wait for")
        signal.send("!")
        let started = ContinuousClock.now
        #expect(terminal.nextEvent(timeoutMilliseconds: 60_000, wakingOn: signal.read) == .idle)
        #expect(started.duration(to: .now) < .seconds(30), "woken by the signal, not the timeout")
        #expect(!terminal.inputClosed)
    }

    @Test("a key comes before a signal: typed, or held by curses")
    func aKeyComesFirst() throws {
        let keys = try Pipe()
        let signal = try Pipe()
        let terminal = try self.terminal(keys: keys)
        defer { terminal.close() }
        signal.send("!")
        keys.send("x")
        #expect(terminal.nextEvent(timeoutMilliseconds: 60_000, wakingOn: signal.read) == .key(.character("x")))
        terminal.pushCharacter(UInt32(("高" as Unicode.Scalar).value))
        #expect(terminal.nextEvent(timeoutMilliseconds: 60_000, wakingOn: signal.read) == .key(.character("高")))
        #expect(terminal.nextEvent(timeoutMilliseconds: 60_000, wakingOn: signal.read) == .idle, "then the signal")
    }

    @Test("a closed input is still told while waiting on a store's descriptor")
    func aClosedInputIsTold() throws {
        let signal = try Pipe()
        let terminal: CursesTerminal
        do {
            let keys = try Pipe()
            terminal = try self.terminal(keys: keys)
        }
        defer { terminal.close() }
        for _ in 0..<InputWatch.limit {
            #expect(terminal.nextEvent(timeoutMilliseconds: 60_000, wakingOn: signal.read) == .idle)
        }
        #expect(terminal.inputClosed, "every end of the keys' pipe is closed: the input is gone")
    }
}
