import FrontlineCore

/// A kind of store: which addresses it serves, and how to open and create a store at one.
///
/// Adding a kind of store is one type conforming to this protocol, registered in `StoreBackends.standard`
/// (in FrontlineCLI; docs/architecture.md, "The store and the command line", has a worked example).
public protocol StoreBackend: Sendable {
    /// Whether this kind of store is kept at `address` (the files: a path; a database: `postgresql://…`).
    func serves(_ address: StoreAddress) -> Bool
    /// Opens and loads the store at `address`. `inspecting` (`check`, `log --verify`) opens a store whose journal
    /// is damaged too, so that the damage can be reported in full.
    func open(_ address: StoreAddress, inspecting: Bool) throws -> any JournaledStore
    /// Creates a new store at `address` holding `board`, shared as asked; refuses what it cannot do.
    func create(at address: StoreAddress, board: Board, sharing: StoreSharing) throws -> any JournaledStore
    /// Whether it needs the set-user-ID identity of an installed binary (a guarded store's files). Every other kind
    /// runs with that identity given up for good before it touches anything (docs/security.md).
    var usesStoreIdentity: Bool { get }
}

extension StoreBackend {
    public var usesStoreIdentity: Bool { false }
}
