import FrontlineCore

/// A list of kinds of store, opening and creating stores by address: the command line and the board open every
/// store through one (`StoreBackends.standard`, in FrontlineCLI), never through a kind of store by name.
public struct StoreBackends: Sendable {
    public var backends: [any StoreBackend]

    public init(_ backends: [any StoreBackend]) { self.backends = backends }

    /// The kind of store kept at `address`: the first that serves it.
    public func backend(for address: StoreAddress) throws(StoreError) -> any StoreBackend {
        guard let backend = backends.first(where: { $0.serves(address) }) else { throw .unknownKind(address: address.text) }
        if !backend.usesStoreIdentity { Privilege.dropPermanently() }
        return backend
    }

    /// Opens and loads the store at `address`.
    public func open(_ address: StoreAddress, inspecting: Bool = false) throws -> any JournaledStore {
        try backend(for: address).open(address, inspecting: inspecting)
    }

    /// Creates a new store at `address` holding `board`.
    @discardableResult
    public func create(at address: StoreAddress, board: Board, sharing: StoreSharing = .personal) throws -> any JournaledStore {
        try backend(for: address).create(at: address, board: board, sharing: sharing)
    }
}
