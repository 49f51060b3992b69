import FrontlineCore
import FrontlineStore

/// The store kept in PostgreSQL (`PostgresStore`): every address with the scheme `postgresql` or `postgres`, a libpq
/// connection URI (`--data postgresql:///zone`, `FRONTLINE_DATA=postgresql://db.example/zone`).
public struct PostgresBackend: StoreBackend {
    public init() {}

    public func serves(_ address: StoreAddress) -> Bool {
        address.scheme.map(PostgresAddress.schemes.contains) ?? false
    }

    public func open(_ address: StoreAddress, inspecting: Bool) throws -> any JournaledStore {
        try PostgresStore(address: address, inspecting: inspecting)
    }

    /// Who may use a store in PostgreSQL is the database's business (roles, GRANTs): `--group` and `--guarded`,
    /// which set a directory's owner and mode, are refused.
    public func create(at address: StoreAddress, board: Board, sharing: StoreSharing) throws -> any JournaledStore {
        guard sharing == .personal else {
            throw StoreError.unsafeLocation(path: PostgresAddress.shown(address), reason: Phrase(.storeDatabaseSharing))
        }
        return try PostgresStore.create(at: address, board: board)
    }
}
