import FrontlineCore

/// How the run loop reads an error a store threw that is not a refusal of the rules (`DomainError`):
/// whether it only means that another session holds the lock, and what to tell the user.
///
/// The board knows no store's errors, so whoever opens the store says how to read them
/// (`BoardRunner` in FrontlineCLI, for the file store).
public struct StoreErrorReader: Sendable {
    /// True for the error a poll throws when another session holds the lock and it did not wait.
    public var isBusy: @Sendable (any Error) -> Bool
    /// The error in the user's language.
    public var message: @Sendable (any Error, Lang) -> String

    public init(isBusy: @escaping @Sendable (any Error) -> Bool, message: @escaping @Sendable (any Error, Lang) -> String) {
        self.isBusy = isBusy
        self.message = message
    }

    /// For a store whose errors need no reading: never busy, and each error as Swift describes it.
    public static let plain = StoreErrorReader(isBusy: { _ in false }, message: { error, _ in "\(error)" })
}
