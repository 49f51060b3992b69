import FrontlineCore

/// Where each record lives in the files, so `check` can name `file:line:column` for a problem.
public enum StoreCheck {
    public struct Key: Hashable, Sendable {
        public var kind: RecordKind
        public var id: String
        public init(kind: RecordKind, id: String) {
            self.kind = kind
            self.id = id
        }
    }

    /// The place of each record in `board.json`; records last changed in the journal point at that line.
    public static func places(_ store: FileStore) throws -> [Key: String] {
        try store.whileReading {
            var places: [Key: String] = [:]
            let files = store.files
            if let file = try files.open(FileStore.snapshotName, .read) {
                let document = try BoardCodec.parse(try file.read(), file: file.path)
                var keys: [Key] = [], offsets: [Int] = []
                for (key, kind) in BoardCodec.tableKeys {
                    document.root.member(key)?.forEachElement { node in
                        guard let id = node.member("id")?.stringValue else { return }
                        keys.append(Key(kind: kind, id: id))
                        offsets.append(node.offset)
                    }
                }
                // All at once: one position at a time walked the file from its start for every record.
                for (key, position) in zip(keys, document.positions(ofOffsets: offsets)) {
                    places[key] = "\(file.path):\(position.line):\(position.column)"
                }
            }
            if let file = try files.open(FileStore.journalName, .read) {
                let scan = try JournalScan(try file.read(), offset: 0, lineNumber: 1, file: file.path)
                for line in scan.lines {
                    for change in line.entry.changes { places[Key(kind: change.kind, id: change.id)] = "\(file.path):\(line.number):1" }
                }
            }
            return places
        }
    }
}
