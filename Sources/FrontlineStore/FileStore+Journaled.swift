import FrontlineCore

/// What the command line asks of a store beyond the board's session, for the files in a directory.
extension FileStore: JournaledStore {
    public var address: StoreAddress { StoreAddress(directory) }

    public var rewritableByGroup: String? {
        isGroupStore ? FileStore.groupName(of: directory) ?? "?" : nil
    }

    public func auditTrail() throws -> [AuditLog.Line] {
        try whileReading { try AuditLog.lines(of: files) }
    }

    /// `board.json`, the first snapshot kept in `history/`, and every journal line, read under one shared lock.
    public func auditRecords() throws -> AuditRecords {
        try whileReading {
            guard let snapshot = try files.open(FileStore.snapshotName, .read) else { throw StoreError.noStore(path: files.path) }
            let bytes = try snapshot.read()
            var records = AuditRecords(
                snapshot: .init(bytes: bytes, place: snapshot.path), firstSnapshot: try keptFirstSnapshot(),
                lines: try AuditLog.lines(of: files), place: files.path)
            records.decoded = inspectedSnapshot
            return records
        }
    }

    public func recordPlaces() throws -> RecordPlaces {
        RecordPlaces(try StoreCheck.places(self), fallback: snapshotPath)
    }

    /// The store's first snapshot, kept by its first compaction (`history/board-<rev>.json`), if there is one.
    private func keptFirstSnapshot() throws -> AuditRecords.Document? {
        guard let history = try files.subdirectory(FileStore.historyName, create: false),
            let name = try history.names().filter(StoreLayout.isFirstSnapshot).sorted().first,
            let file = try history.open(name, .read)
        else { return nil }
        return AuditRecords.Document(bytes: try file.read(), place: file.path)
    }
}
