import FrontlineCore
import FrontlineStore

extension PostgresError {
    /// The store's error for this failure at `address` (shown without its password), so that the command line says
    /// what went wrong in the reader's language and exits as it does for a file store where the two meet: no store
    /// there (66), an account the database refuses (77), a save that waited too long (75); any other failure, an
    /// unreachable server first, is the database's (69), with the server's own message and SQLSTATE.
    func storeError(at address: String, timeoutSeconds: Int) -> StoreError {
        switch sqlstate {
        case _ where PostgresError.undefinedObjects.contains(sqlstate):
            return .noDatabaseStore(address: address)
        case PostgresError.insufficientPrivilege:
            return .notPermitted(path: address, group: nil)
        case PostgresError.queryCanceled:
            return .lockTimeout(path: address, seconds: timeoutSeconds)
        default:
            return .database(address: address, sqlstate: sqlstate, message: message)
        }
    }
}
