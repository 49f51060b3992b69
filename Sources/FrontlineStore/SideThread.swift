#if canImport(Glibc)
    import Glibc
#endif

/// A second thread for a share of one piece of work (the snapshot's parts, `BoardCodec`): it runs with every
/// signal blocked, so that signals still reach the thread that waits for keys, and it has ended when `run`
/// returns (no thread is left behind).
enum SideThread {
    /// Whether a second thread would run at the same time as this one.
    static var isUseful: Bool {
        #if canImport(Glibc)
            return sysconf(Int32(_SC_NPROCESSORS_ONLN)) > 1
        #else
            return false
        #endif
    }

    private final class Work {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    /// Runs `side` on a new thread and `main` on this one; returns when both are done. Where no thread can be
    /// made, both run here, `side` first.
    static func run(_ side: @escaping @Sendable () -> Void, alongside main: () -> Void) {
        #if canImport(Glibc)
            let context = Unmanaged.passRetained(Work(side)).toOpaque()
            var all = sigset_t(), previous = sigset_t()
            sigfillset(&all)
            pthread_sigmask(SIG_SETMASK, &all, &previous) // the new thread starts with this mask
            var thread = pthread_t()
            let made =
                pthread_create(
                    &thread, nil,
                    { context in
                        Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().body()
                        return nil
                    }, context) == 0
            pthread_sigmask(SIG_SETMASK, &previous, nil)
            guard made else {
                Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
                main()
                return
            }
            main()
            pthread_join(thread, nil)
        #else
            side()
            main()
        #endif
    }

    /// `work` for every index of `weights`, in that order, shared out between this thread and a side thread: largest
    /// weight first, each to the thread with less to do so far. The pieces must be independent of one another.
    static func map<T>(weights: [Int], _ work: (Int) -> T) -> [T] {
        guard weights.count > 1 && isUseful else { return weights.indices.map(work) }
        var mine: [Int] = [], theirs: [Int] = []
        var myLoad = 0, theirLoad = 0
        for i in weights.indices.sorted(by: { weights[$0] > weights[$1] }) {
            if myLoad <= theirLoad {
                mine.append(i)
                myLoad += weights[i]
            } else {
                theirs.append(i)
                theirLoad += weights[i]
            }
        }
        let slots = UnsafeMutablePointer<T>.allocate(capacity: weights.count)
        defer { slots.deallocate() }
        withoutActuallyEscaping(work) { work in
            let shared = Slots(work: work, slots: slots)
            let side = theirs, here = mine
            run({ shared.fill(side) }, alongside: { shared.fill(here) })
        }
        return (0..<weights.count).map { (slots + $0).move() }
    }

    /// What the two threads of `map` share: each writes only the slots of its own pieces.
    private struct Slots<T>: @unchecked Sendable {
        let work: (Int) -> T
        let slots: UnsafeMutablePointer<T>

        func fill(_ pieces: [Int]) {
            for i in pieces { (slots + i).initialize(to: work(i)) }
        }
    }
}
