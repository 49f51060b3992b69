extension Board {
    /// Takes back journal entries, newest first, as if they had never been written: a created record
    /// goes, an updated one gets its old values (and loses the log line the entry appended), a deleted
    /// one comes back. The board must be the one the entries were applied to.
    ///
    /// Best effort: a change that no longer fits (a record gone for another reason) is skipped, so that a
    /// report never fails on a damaged history. Record metadata (`rev`, `updatedAt`) is not rewound.
    public mutating func revert(_ entries: some BidirectionalCollection<Entry>) {
        for entry in entries.reversed() {
            for change in entry.changes.reversed() { revert(change, meta: RecordMeta(rev: entry.seq - 1)) }
            revision = min(revision, entry.seq - 1)
        }
    }

    private mutating func revert(_ change: RecordChange, meta: RecordMeta) {
        let inverse: RecordChange
        switch change.op {
        case .create:
            inverse = RecordChange(kind: change.kind, id: change.id, op: .delete, base: 0, fields: [])
        case .update:
            inverse = RecordChange(
                kind: change.kind, id: change.id, op: .update, base: 0,
                fields: change.fields.map { FieldChange($0.name, old: $0.new, new: $0.old) })
        case .delete:
            inverse = RecordChange(
                kind: change.kind, id: change.id, op: .create, base: 0,
                fields: change.fields.map { FieldChange($0.name, old: .null, new: $0.old) })
        }
        do {
            try apply(inverse, meta: meta)
        } catch {
            return
        }
        if let line = change.appendLog, var issue = issues[id: change.id], issue.log.last == line {
            issue.log.removeLast()
            issues.upsert(issue)
        }
    }
}
