import FrontlineCore

/// Live updates: the server tells every journal line as its save commits (the trigger `tell`, `pg_notify` on the
/// channel `frontline` with the line's seq), and an open board listens, so that a colleague's save reaches it at
/// once instead of at its next look (docs/postgresql.md, "Live updates").
extension PostgresStore {
    enum Listening {
        case notYet, listening, refused
    }

    /// The socket to the server, readable when a notification came; `pending` when one was taken in already that
    /// tells of a save past the board's revision. The session starts listening here, when the board first waits:
    /// a command that only reads or saves once never does. Saves made between loading and listening are not told,
    /// so the first signal is pending: the board reads once at once. Nil when the server refused to listen (a hot
    /// standby cannot), the journal's trigger `tell` is missing or disabled, the connection is gone, or the last read
    /// failed: the board looks on its timer then.
    public func changeSignal() -> ChangeSignal? {
        if listening == .notYet { listening = startListening() }
        guard listening == .listening, !lastReadFailed else { return nil }
        // Taken in before the socket is asked for: what is taken in may be the server ending the session, and libpq
        // closes the socket then (the board looks on its timer, and its next read connects again).
        takeNotifications()
        guard let socket = connection.socket else { return nil }
        return ChangeSignal(descriptor: socket, pending: toldUnread)
    }

    /// Listens on the channel, when the journal's trigger tells its lines: a store made before the trigger, or whose
    /// owner disabled it, tells nothing, and is looked at on the timer as if the server had refused.
    private func startListening() -> Listening {
        do {
            guard try connection.execute(PostgresSchema.tellsSaves).count == 1 else { return .refused }
            try connection.execute(PostgresSchema.listen)
            toldUnread = true
            return .listening
        } catch {
            return .refused
        }
    }

    /// Takes in the notifications received so far, so that the socket is quiet again, and notes whether one tells of
    /// a colleague's save past the board's revision. A save of this session's own, and one the board holds already
    /// (taken in by a save or a read since), are not news; a payload that is not a seq (a hand-made `NOTIFY`) is read
    /// as news, which costs one read at most.
    func takeNotifications() {
        guard listening == .listening else { return }
        for notification in connection.notifications() where notification.channel == PostgresSchema.channel && !notification.fromThisSession {
            if (Int(notification.payload) ?? .max) > board.revision { toldUnread = true }
        }
    }
}
