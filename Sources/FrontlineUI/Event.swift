import FrontlineCore

/// Everything that reaches the board's state, through its one `AppState.handle`: what the terminal
/// reports (a key, a new size, time passing, a signal) and what comes back from the store after the run
/// loop carried out an effect (a save's outcome, colleagues' changes, the store being busy).
///
/// Because the store's answers are events like a key press, a scripted test sees everything the
/// board sees, in the order it sees it (docs/architecture.md, "The board").
public enum Event: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// No input for a while (the loop's timer): a chance to look for other sessions' changes.
    case idle
    /// The process was told to end (SIGHUP, SIGTERM, SIGINT): quit now, whatever is open.
    case stop
    /// The store's answer to a `.save` effect: one outcome per intent, in order.
    case saved([Intent], [SaveOutcome])
    /// The store holds a newer board than the one shown: `byOthers` when someone else's change is in it.
    case dataChanged(Board, journal: [Entry], byOthers: Bool)
    /// Looking for changes found none, and the store is free.
    case upToDate
    /// Another session holds the store's lock: a save of ours waits for it (`saving`), or a poll did not.
    case storeBusy([LockHolder], saving: Bool)
    /// Reading the store failed: what to tell the user. A failed look for changes (`looking`) is said until a look
    /// succeeds; any other failure (keeping what was seen) until the next key.
    case storeFailed(String, looking: Bool = false)
}
