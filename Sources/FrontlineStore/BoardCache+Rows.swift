import FrontlineCore

/// The records of one part of the cache, read on either thread (`BoardCache.decode`), before the parts of a table are
/// joined into it.
class RowsPiece: @unchecked Sendable {}

extension BoardCache {
    /// A run of records read into memory of its own, so that joining the runs of a table moves them into the table's
    /// array instead of copying each record (and retaining every text and list in it) once more.
    final class Rows<R: Record>: RowsPiece, @unchecked Sendable {
        private let start: UnsafeMutablePointer<R>
        let capacity: Int
        /// How many records are in place, from `start` on.
        private var count = 0

        init(count: Int) {
            capacity = count
            start = .allocate(capacity: max(count, 1))
        }

        func append(_ record: R) {
            precondition(count < capacity, "a piece holds the records its header counts")
            (start + count).initialize(to: record)
            count += 1
        }

        deinit {
            start.deinitialize(count: count)
            start.deallocate()
        }

        /// The records of `pieces`, in order, moved out of them (the pieces are left empty).
        static func joined(_ pieces: [Rows<R>]) -> [R] {
            let total = pieces.reduce(0) { $0 + $1.count }
            return [R](unsafeUninitializedCapacity: total) { buffer, initialized in
                for piece in pieces {
                    (buffer.baseAddress! + initialized).moveInitialize(from: piece.start, count: piece.count)
                    initialized += piece.count
                    piece.count = 0
                }
            }
        }
    }
}
