import FrontlineCore

/// A save that the disk refused: the message, and what to retry.
public struct SaveFailure: Hashable, Sendable {
    public var message: String
    public var intents: [Intent]
    public var form: Form?

    /// Enter or r retries; Esc or q goes back to the form with what was typed (or closes).
    func handle(_ key: Key) -> OverlayOutcome {
        switch key {
        case .enter, .character("r"): .saves(intents, form: form)
        case .escape, .character("q"): form.map { .stays(.form($0)) } ?? .closes
        default: .stays(.failure(self))
        }
    }
}
