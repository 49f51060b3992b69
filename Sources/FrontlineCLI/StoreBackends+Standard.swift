import FrontlinePostgres
import FrontlineStore

extension StoreBackends {
    /// Every kind of store the program can open, by the addresses each serves: the one place where a kind of store
    /// is registered (docs/architecture.md, "The store and the command line").
    public static let standard = StoreBackends([
        FileBackend(),
        PostgresBackend(),
    ])
}
