/// The records of one kind, in stored order, with lookup by id.
public struct Table<R: Record>: Equatable, Sendable, Sequence {
    public private(set) var rows: [R] = []
    private var positions: [String: Int] = [:]

    public init() {}

    /// The records in order. Ids are unique in a table: a later record with the id of an earlier one
    /// replaces it, as `upsert` does (the loader refuses such a file before it gets here).
    public init(_ rows: [R]) {
        positions.reserveCapacity(rows.count)
        // Ids are unique in every table read from a store: keep the array as it is (no record copied).
        var unique = true
        for i in rows.indices where positions.updateValue(i, forKey: rows[i].id) != nil {
            unique = false
            break
        }
        if unique {
            self.rows = rows
            return
        }
        positions.removeAll(keepingCapacity: true)
        self.rows.reserveCapacity(rows.count)
        for row in rows {
            if let earlier = positions.updateValue(self.rows.count, forKey: row.id) {
                positions[row.id] = earlier
                self.rows[earlier] = row
            } else {
                self.rows.append(row)
            }
        }
    }

    public subscript(id id: String) -> R? { positions[id].map { rows[$0] } }

    public func contains(id: String) -> Bool { positions[id] != nil }

    /// Where the record with this id is in `rows`.
    public func position(of id: String) -> Int? { positions[id] }

    public var count: Int { rows.count }
    public var isEmpty: Bool { rows.isEmpty }

    /// Replaces the record with the same id, or appends it.
    public mutating func upsert(_ record: R) {
        if let i = positions[record.id] {
            rows[i] = record
        } else {
            positions[record.id] = rows.count
            rows.append(record)
        }
    }

    @discardableResult
    public mutating func remove(id: String) -> R? {
        guard let i = positions.removeValue(forKey: id) else { return nil }
        if i == rows.count - 1 { return rows.removeLast() }
        let removed = rows.remove(at: i)
        for j in i..<rows.count { positions[rows[j].id] = j }
        return removed
    }

    public func makeIterator() -> IndexingIterator<[R]> { rows.makeIterator() }
}
