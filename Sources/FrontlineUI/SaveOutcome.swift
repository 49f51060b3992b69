import FrontlineCore

/// How one intent fared in the store.
public enum SaveOutcome: Equatable, Sendable {
    case saved(Entry)
    /// The rules or a colleague's change said no: nothing was written.
    case rejected(DomainError)
    /// The disk said no (full, read-only, I/O error): nothing was written; it can be retried.
    case failed(String)
}
