import FrontlineCore
import FrontlineStore

extension PostgresError {
    /// The store's error for this failure at `address` (shown without its password), so that the command line says
    /// what went wrong and exits as it does for a file store: a store that is not there (66), an account the
    /// database refuses (77), a save that waited too long (75). Anything else names the server's message and its
    /// SQLSTATE as the reason (73).
    ///
    /// The existing texts of `StoreError` speak of files; texts of PostgreSQL's own (and a case for them) are still to
    /// come (docs/postgresql.md, "What remains"), and the server's message is shown as the server wrote it.
    func storeError(at address: String, timeoutSeconds: Int) -> StoreError {
        switch sqlstate {
        case _ where PostgresError.undefinedObjects.contains(sqlstate):
            return .noStore(path: address)
        case PostgresError.insufficientPrivilege:
            return .notPermitted(path: address, group: nil)
        case PostgresError.queryCanceled:
            return .lockTimeout(path: address, seconds: timeoutSeconds)
        default:
            return .unsafeLocation(path: address, reason: Phrase(.storePathProblem, "SQLSTATE \(sqlstate)", "\(message)"))
        }
    }
}
