import Foundation
import FrontlineSystem
import Testing

/// Whole reads and writes survive signals and short writes: the loops every file and pipe of the program goes
/// through (`Descriptor`, `frontline_write_all`).
///
/// A thread blocked on a pipe is interrupted with a signal whose handler is installed without SA_RESTART, so the
/// kernel ends the call early: with EINTR when nothing had moved yet, with a short count when some had. The test
/// waits until the thread really is blocked on the pipe (what its `/proc/self/task/<tid>/wchan` says it waits in),
/// never for a time.
@Suite(.serialized)
struct DescriptorTests {
    @Test func writeAllGoesOnAfterInterruptionsAndShortWrites() throws {
        let pipe = try TestPipe()
        defer { pipe.close() }
        // The smallest pipe the kernel allows (F_SETPIPE_SZ, 4096 bytes), so that the writer blocks again and again.
        _ = fcntl(pipe.write.raw, 1031, 4096)
        let bytes = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let writer = BlockingThread { try pipe.write.writeAll(bytes) }
        var received: [UInt8] = []
        try Interruption.withHandler {
            for _ in 0..<8 {
                #expect(writer.waitUntilBlocked(in: "pipe_write"), "the writer never blocked in write")
                writer.interrupt()
                received += try pipe.read.readSome(count: 1000)
            }
            while received.count < bytes.count {
                received += try pipe.read.readSome(count: 1 << 16)
            }
        }
        #expect(try writer.result() == nil, "writeAll finished without an error")
        #expect(received == bytes, "every byte arrived, once, in order")
        #expect(Interruption.count >= 8)
    }

    @Test func readToEndGoesOnAfterAnInterruptedRead() throws {
        let pipe = try TestPipe()
        defer { pipe.read.close() }
        let box = Box<[UInt8]>()
        let reader = BlockingThread { box.value = try pipe.read.readToEnd() }
        try Interruption.withHandler {
            #expect(reader.waitUntilBlocked(in: "pipe_read"), "the reader never blocked in read")
            reader.interrupt()
            #expect(reader.waitUntilBlocked(in: "pipe_read"), "the reader read again after the signal")
            try pipe.write.writeAll(Array("你好，一线".utf8))
            pipe.write.close()
        }
        #expect(try reader.result() == nil)
        #expect(box.value == Array("你好，一线".utf8))
        #expect(Interruption.count >= 1)
    }

    @Test func readAtAnOffsetStopsAtTheEndOfTheFile() throws {
        let path = NSTemporaryDirectory() + "/frontline-descriptor-\(getpid())"
        defer { unlink(path) }
        let file = try Descriptor.open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, mode: 0o600)
        defer { file.close() }
        try file.writeAll(Array("0123456789".utf8))
        #expect(try file.read(count: 4, at: 3) == Array("3456".utf8))
        #expect(try file.read(count: 100, at: 7) == Array("789".utf8))
        try file.truncate(to: 2)
        #expect(try file.read(count: 100, at: 0) == Array("01".utf8))
        #expect(try file.status().st_size == 2)
    }

    @Test func aFailedWriteSaysWhy() throws {
        let pipe = try TestPipe()
        pipe.read.close()
        defer { pipe.write.close() }
        // Without readers a pipe refuses writes with EPIPE (SIGPIPE ignored here, as it is by default in the program).
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        #expect(throws: Errno(EPIPE)) { try pipe.write.writeAll([1, 2, 3]) }
    }
}

/// Both ends of a pipe.
struct TestPipe {
    let read: Descriptor
    let write: Descriptor

    init() throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw Errno.current }
        read = Descriptor(ends[0])
        write = Descriptor(ends[1])
    }

    func close() {
        read.close()
        write.close()
    }
}

/// The signal (SIGUSR2) that interrupts blocked calls, and how often its handler ran.
enum Interruption {
    nonisolated(unsafe) static var count = 0

    /// Runs `body` with a handler for SIGUSR2 installed without SA_RESTART (counting from 0), then puts the previous
    /// one back.
    static func withHandler(_ body: () throws -> Void) rethrows {
        count = 0
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interruption.count += 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var previous = sigaction()
        sigaction(SIGUSR2, &action, &previous)
        defer { sigaction(SIGUSR2, &previous, nil) }
        try body()
    }
}

/// A thread running one call that blocks, which a test can watch and interrupt.
final class BlockingThread: @unchecked Sendable {
    private let started = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private var tid: pid_t = 0
    private var thread: pthread_t?
    private var failure: Error?

    init(_ body: @escaping @Sendable () throws -> Void) {
        Thread.detachNewThread { [self] in
            // Worker threads may block signals; this one must receive SIGUSR2.
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            sigaddset(&unblocked, SIGUSR2)
            pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
            tid = BlockingThread.currentThreadId()
            thread = pthread_self()
            started.signal()
            do { try body() } catch { failure = error }
            finished.signal()
        }
        started.wait()
    }

    /// Waits (up to ten seconds) until the thread sleeps in the kernel function `place` (`pipe_write`; the kernel
    /// may name it `anon_pipe_write`).
    func waitUntilBlocked(in place: String) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: "/proc/self/task/\(tid)/wchan", encoding: .utf8), text.hasSuffix(place) {
                return true
            }
            sched_yield()
        }
        return false
    }

    /// The kernel's id of the calling thread (`/proc/thread-self` is `/proc/<pid>/task/<tid>`).
    static func currentThreadId() -> pid_t {
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self")) ?? ""
        return pid_t(target.split(separator: "/").last.map(String.init) ?? "") ?? 0
    }

    func interrupt() { if let thread { pthread_kill(thread, SIGUSR2) } }

    /// The thread's error once it has finished (nil when its call succeeded).
    func result() throws -> Error? {
        finished.wait()
        return failure
    }
}

/// A value filled in by another thread, read after it finished.
final class Box<Value>: @unchecked Sendable {
    var value: Value?
}
