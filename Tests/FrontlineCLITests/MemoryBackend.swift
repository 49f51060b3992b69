import Foundation
import FrontlineCore
import FrontlineStore

/// A kind of store for tests: `memory://NAME` addresses, each an `InMemoryStore` kept for the test's lifetime.
///
/// It is what adding a backend takes (docs/architecture.md, "The store and the command line"): one type conforming
/// to `StoreBackend`, registered in a `StoreBackends` list; the command line needs nothing else.
final class MemoryBackend: StoreBackend, @unchecked Sendable {
    private let lock = NSLock()
    private var stores: [String: InMemoryStore] = [:]

    /// A backend holding `boards` at their addresses.
    init(_ boards: [String: Board] = [:]) {
        for (address, board) in boards { stores[address] = Self.store(board, at: address) }
    }

    func serves(_ address: StoreAddress) -> Bool { address.scheme == "memory" }

    func open(_ address: StoreAddress, inspecting: Bool) throws -> any JournaledStore {
        try lock.withLock {
            guard let store = stores[address.text] else { throw StoreError.noStore(path: address.text) }
            return store
        }
    }

    func create(at address: StoreAddress, board: Board, sharing: StoreSharing) throws -> any JournaledStore {
        try lock.withLock {
            guard stores[address.text] == nil else { throw StoreError.exists(path: address.text) }
            let store = Self.store(board, at: address.text)
            stores[address.text] = store
            return store
        }
    }

    private static func store(_ board: Board, at address: String) -> InMemoryStore {
        let store = InMemoryStore(board: board)
        store.address = StoreAddress(address)
        return store
    }
}
