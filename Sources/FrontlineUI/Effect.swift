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
    /// 我的 has shown me something new: keep it for the account, outside the store (`BoardLoop.keepSeen`).
    case seen(SeenMark)
}

/// What the account has seen on 我的, kept between sessions outside the store: the 催办 on its issues up to a
/// moment, and colleagues' changes to its items up to a revision of the store.
public enum SeenMark: Hashable, Sendable {
    case urges(Timestamp)
    case news(revision: Int)
}
