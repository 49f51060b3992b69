import FrontlineCore

/// What the run loop must do after an event: the state never does I/O itself. What comes of it returns
/// to the state as another `Event`.
public enum Effect: Hashable, Sendable {
    case quit
    /// Look for other sessions' changes now (answered by `Event.dataChanged`, `.upToDate`, `.storeBusy` or `.storeFailed`).
    case reload
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    /// Save these intents, one journal entry each (answered by `Event.saved`).
    case save([Intent])
    /// The 催办 on my issues up to this moment have been seen on 我的: keep it for the account (not in the store).
    case urgesSeen(Timestamp)
}
