import CNCursesW
import Testing

@testable import CursesTerminal

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("Start-up checks")
struct PreflightTests {
    @Test("TERM unset or dumb is refused before anything else")
    @MainActor
    func dumb() {
        #expect(throws: TerminalError.dumbTerminal(term: nil)) { try CursesTerminal(environment: [:]) }
        #expect(throws: TerminalError.dumbTerminal(term: nil)) { try CursesTerminal(environment: ["TERM": ""]) }
        #expect(throws: TerminalError.dumbTerminal(term: "dumb")) { try CursesTerminal(environment: ["TERM": "dumb"]) }
    }

    @Test("a pipe is not a terminal; a pseudo-terminal is")
    func ttyDetection() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        #expect(!Preflight.isTerminal(fd: fds[0]))
        #expect(!Preflight.isTerminal(fd: fds[1]))
        #expect(!Preflight.isTerminal(fd: -1))

        #expect(throws: TerminalError.notATerminal(.standardInput)) {
            try Preflight.check(environment: ["TERM": "xterm"], inputFD: fds[0], outputFD: fds[1])
        }

        let master = posix_openpt(O_RDWR | O_NOCTTY)
        try #require(master >= 0)
        defer { close(master) }
        #expect(grantpt(master) == 0 && unlockpt(master) == 0)
        let name = String(cString: try #require(ptsname(master)))
        let slave = open(name, O_RDWR | O_NOCTTY)
        try #require(slave >= 0)
        defer { close(slave) }
        #expect(Preflight.isTerminal(fd: slave))
        #expect(throws: TerminalError.notATerminal(.standardOutput)) {
            try Preflight.check(environment: ["TERM": "xterm"], inputFD: slave, outputFD: fds[1])
        }
        #expect(try Preflight.check(environment: ["TERM": "xterm-256color"], inputFD: slave, outputFD: slave) == "xterm-256color")
        // TERM is judged first, whatever the streams are.
        #expect(throws: TerminalError.dumbTerminal(term: "dumb")) {
            try Preflight.check(environment: ["TERM": "dumb"], inputFD: fds[0], outputFD: fds[1])
        }
    }

    @Test("every error explains itself in Chinese and in English")
    func messages() {
        let errors: [TerminalError] = [
            .dumbTerminal(term: nil), .dumbTerminal(term: "dumb"), .notATerminal(.standardInput),
            .notATerminal(.standardOutput), .unknownTerminal("xterm-kitty"),
        ]
        for error in errors {
            let zh = error.message(chinese: true)
            let en = error.message(chinese: false)
            #expect(zh != en)
            #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(error)")
            #expect(en.unicodeScalars.allSatisfy { $0.isASCII }, "\(error)")
            #expect(error.description == en)
        }
        #expect(TerminalError.unknownTerminal("xterm-kitty").message(chinese: true).contains("TERM=xterm-kitty"))
        #expect(TerminalError.notATerminal(.standardInput).message(chinese: false).contains("Standard input"))
        #expect(TerminalError.dumbTerminal(term: nil).message(chinese: false).contains("not set"))
    }

    @Test("a hostile TERM cannot put control characters into a message")
    func hostileTerm() {
        let message = TerminalError.unknownTerminal("x\u{1B}[2J\u{202E}").message(chinese: false)
        #expect(message.contains("x<U+001B>[2J<U+202E>"))
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
    }
}
