import FrontlineCore

/// The store kept as files in a directory (`FileStore`): every address that is a path.
public struct FileBackend: StoreBackend {
    public init() {}

    public func serves(_ address: StoreAddress) -> Bool { address.scheme == nil }

    public func open(_ address: StoreAddress, inspecting: Bool) throws -> any JournaledStore {
        try FileStore(directory: address.text, inspecting: inspecting)
    }

    public func create(at address: StoreAddress, board: Board, sharing: StoreSharing) throws -> any JournaledStore {
        try FileStore.create(at: address.text, board: board, sharing: sharing)
    }

    /// A guarded store's files are reached only with the installed binary's identity (`Privilege.asStore`).
    public var usesStoreIdentity: Bool { true }
}
