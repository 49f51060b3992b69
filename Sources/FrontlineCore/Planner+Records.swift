/// Generic create, edit, delete and undo of records, with field-level conflict detection.
extension Planner {
    func existing(_ kind: RecordKind, _ id: String) -> (any Record)? { scratch.record(kind, id: id) }

    static func blank(_ kind: RecordKind, id: String) -> any Record {
        switch kind {
        case .settings: Settings()
        case .unit: Unit(id: id)
        case .person: Person(id: id)
        case .duty: Duty(id: id)
        case .absence: Absence(id: id)
        case .project: Project(id: id)
        case .issue: Issue(id: id)
        case .visit: Visit(id: id)
        case .progress: ProgressReport(id: id)
        case .report: PublishedReport(id: id)
        case .instruction: Instruction(id: id)
        case .meeting: Meeting(id: id)
        case .squad: Squad(id: id)
        case .lead: Lead(id: id)
        case .bulletin: Bulletin(id: id)
        }
    }

    private func request(for record: any Record) -> Access.Request { .change(record) }

    mutating func create(_ kind: RecordKind, id: String?, fields: [String: JSONValue]) throws(DomainError) -> String {
        guard kind != .settings else { throw .notEditable(.settings, "id") }
        if kind == .bulletin { throw Planner.bulletinIsIssued }
        let newId = id ?? context.ids.next(kind, scratch)
        if id != nil {
            guard Planner.isAcceptableId(newId) else {
                throw .invalid(field: "id", Phrase(.invalidIdBlankOrSpaced))
            }
            if scratch.contains(kind, id: newId) {
                throw .invalid(field: "id", Phrase(.invalidRecordExists, .key(kind.labelKey), "\(newId)"))
            }
        }
        var record = Planner.blank(kind, id: newId)
        for name in fields.keys.sorted() {
            do {
                try record.set(name, to: fields[name]!)
            } catch {
                throw Planner.invalid(error)
            }
        }
        for field in type(of: record).requiredFieldNames {
            let value = fields[field] ?? .null
            if value == .null || value == .string("") { throw .invalid(field: field, Phrase(.invalidRequired)) }
        }
        try check(kind == .project ? .createProject : request(for: record))
        try check(.setFields(before: nil, after: record))
        try self.record(
            RecordChange(
                kind: kind, id: newId, op: .create, base: 0,
                fields: record.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        return newId
    }

    mutating func edit(_ edit: RecordEdit) throws(DomainError) {
        guard let current = existing(edit.kind, edit.id) else {
            if let (by, at) = deletion(edit.kind, edit.id, after: edit.base) {
                throw .conflicts([Conflict(recordKind: edit.kind, id: edit.id, kind: .deletedByThem, theirsBy: by, theirsAt: at)])
            }
            throw .notFound(edit.kind, edit.id)
        }
        let type = type(of: current)
        var updated = current
        var fields: [FieldChange] = []
        var conflicts: [Conflict] = []
        var named = Set<String>()
        for change in edit.fields where !named.insert(change.name).inserted {
            // One change per field: a journal line names each field once (twice would not read back).
            throw .invalid(field: change.name, Phrase(.invalidSameFieldGivenTwice))
        }
        for change in edit.fields {
            if type.managedFields.contains(change.name) { throw .notEditable(edit.kind, change.name) }
            guard let now = current.value(of: change.name) else { throw .notEditable(edit.kind, change.name) }
            if now == change.new { continue }
            if now != change.old {
                let (by, at) = lastChange(edit.kind, edit.id, field: change.name, after: edit.base, record: current.meta)
                conflicts.append(
                    Conflict(
                        recordKind: edit.kind, id: edit.id, kind: .field(change.name), base: change.old,
                        theirs: now, mine: change.new, theirsBy: by, theirsAt: at))
                continue
            }
            do {
                try updated.set(change.name, to: change.new)
            } catch {
                throw Planner.invalid(error)
            }
            fields.append(FieldChange(change.name, old: now, new: change.new))
        }
        if !conflicts.isEmpty { throw .conflicts(conflicts) }
        if fields.isEmpty { throw .nothingChanged }
        for field in type.requiredFieldNames where fields.contains(where: { $0.name == field }) {
            let value = updated.value(of: field) ?? .null
            if value == .null || value == .string("") { throw .invalid(field: field, Phrase(.invalidRequired)) }
        }
        if let project = updated as? Project, fields.contains(where: { $0.name == "cadres" }) {
            // 帮包干部 are people of the board, each named once (an import resolves names; an edit gives ids).
            var seen = Set<String>()
            for cadre in project.cadres {
                guard scratch.contains(.person, id: cadre) else { throw .notFound(.person, cadre) }
                if !seen.insert(cadre).inserted {
                    throw .invalid(field: "cadres", Phrase(.invalidNamedTwice, "\(cadre)"))
                }
            }
        }
        try check(.setFields(before: current, after: updated))
        var line: HandlingLogEntry?
        if let issue = current as? Issue {
            line = HandlingLogEntry(
                at: context.now, by: try me(), actingFor: nil, action: "编辑",
                note: fields.map(\.name).joined(separator: ", "), status: issue.status)
        }
        try record(RecordChange(kind: edit.kind, id: edit.id, op: .update, base: edit.base, fields: fields, appendLog: line))
    }

    mutating func delete(_ kind: RecordKind, id: String, base: Int) throws(DomainError) {
        guard kind != .settings else { throw .notEditable(.settings, "id") }
        guard let current = existing(kind, id) else { throw .notFound(kind, id) }
        if kind == .bulletin { throw Planner.bulletinIsIssued }
        if current.meta.rev > base {
            let (by, at) = (current.meta.updatedBy, current.meta.updatedAt)
            throw .conflicts([Conflict(recordKind: kind, id: id, kind: .changedByThem, theirsBy: by, theirsAt: at)])
        }
        try check(request(for: current))
        try record(
            RecordChange(
                kind: kind, id: id, op: .delete, base: base,
                fields: current.storedFields.map { FieldChange($0.name, old: $0.value, new: .null) }))
    }

    /// Reverts the actor's latest entry that is not an undo and not yet undone.
    mutating func undo() throws(DomainError) -> Entry {
        let myId = try me()
        let undone = Set(context.history.compactMap(\.undoes))
        guard let target = context.history.last(where: { $0.person == myId && $0.undoes == nil && !undone.contains($0.seq) }) else {
            throw .nothingToUndo
        }
        // A published report is the zone's record: neither its publishing nor its withdrawal is undone.
        if target.changes.contains(where: { $0.kind == .report }) {
            throw .notUndoable(seq: target.seq, summary: target.summary)
        }
        // A 催办 has reached the unit it pressed: like a message sent, it is not taken back (docs/domain-rules.md, "催办").
        if target.action == Issue.urgeJournalAction {
            throw .invalid(
                field: "undo", Phrase(.invalidUndoUrge, "\(target.seq)", "\(target.summary)"))
        }
        // An attachment is evidence on file: once attached it stays (docs/domain-rules.md, "Attachments").
        if target.action == Attachment.journalAction {
            throw .invalid(
                field: "undo", Phrase(.invalidUndoAttachment, "\(target.seq)", "\(target.summary)"))
        }
        // A 通报 has been issued to the zone (by `bulletin new` or a ledger's new row): like a published report it stays on
        // the record (docs/domain-rules.md, "通报").
        if target.action == Bulletin.newJournalAction || target.changes.contains(where: { $0.kind == .bulletin }) {
            throw .invalid(field: "undo", Phrase(.invalidUndoBulletin, "\(target.seq)", "\(target.summary)"))
        }
        // A 督办 level is the rules' verdict, recorded once: taking it back would only have it recorded again.
        if target.action == Issue.escalateJournalAction {
            throw .invalid(
                field: "undo", Phrase(.escalationNotUndone, "\(target.seq)", "\(target.summary)"))
        }
        var conflicts: [Conflict] = []
        for change in target.changes.reversed() {
            let current = existing(change.kind, change.id)
            switch change.op {
            case .create:
                guard let current else {
                    let (by, at) = deletion(change.kind, change.id, after: target.seq) ?? (nil, nil)
                    conflicts.append(Conflict(recordKind: change.kind, id: change.id, kind: .deletedByThem, theirsBy: by, theirsAt: at))
                    continue
                }
                if changedSince(target.seq, change.kind, change.id, undone: undone) {
                    conflicts.append(
                        Conflict(
                            recordKind: change.kind, id: change.id, kind: .changedByThem,
                            theirsBy: current.meta.updatedBy, theirsAt: current.meta.updatedAt))
                    continue
                }
                try check(request(for: current))
                try record(
                    RecordChange(
                        kind: change.kind, id: change.id, op: .delete, base: current.meta.rev,
                        fields: current.storedFields.map { FieldChange($0.name, old: $0.value, new: .null) }))
            case .update:
                guard let current else {
                    conflicts.append(Conflict(recordKind: change.kind, id: change.id, kind: .deletedByThem))
                    continue
                }
                var fields: [FieldChange] = []
                for field in change.fields {
                    let now = current.value(of: field.name) ?? .null
                    if now != field.new {
                        let (by, at) = lastChange(change.kind, change.id, field: field.name, after: target.seq, record: current.meta)
                        conflicts.append(
                            Conflict(
                                recordKind: change.kind, id: change.id, kind: .field(field.name), base: field.new,
                                theirs: now, mine: field.old, theirsBy: by, theirsAt: at))
                    } else {
                        fields.append(FieldChange(field.name, old: field.new, new: field.old))
                    }
                }
                // Recording a 手续 step is taken back by whoever may record that step (its unit may not edit the project).
                if target.action == Planner.procedureAction, let project = current as? Project,
                    let stepUnit = Planner.procedureUnit(project, change, template: scratch.settings.procedures)
                {
                    try check(.recordProcedure(project, stepUnit: stepUnit))
                } else {
                    try check(request(for: current))
                }
                var line: HandlingLogEntry?
                if let issue = current as? Issue {
                    let status = fields.first { $0.name == "status" }.flatMap { try? IssueStatus(json: $0.new) } ?? issue.status
                    line = HandlingLogEntry(
                        at: context.now, by: myId, actingFor: nil, action: "撤回",
                        note: "撤回 #\(target.seq)：\(target.summary)", status: status)
                }
                if conflicts.isEmpty {
                    try record(
                        RecordChange(
                            kind: change.kind, id: change.id, op: .update, base: current.meta.rev,
                            fields: fields, appendLog: line))
                }
            case .delete:
                if current != nil {
                    conflicts.append(Conflict(recordKind: change.kind, id: change.id, kind: .changedByThem))
                    continue
                }
                var restored = Planner.blank(change.kind, id: change.id)
                for field in change.fields { try? restored.set(field.name, to: field.old) }
                try check(request(for: restored))
                try record(
                    RecordChange(
                        kind: change.kind, id: change.id, op: .create, base: 0,
                        fields: change.fields.map { FieldChange($0.name, old: .null, new: $0.old) }))
            }
        }
        if !conflicts.isEmpty { throw .conflicts(conflicts) }
        return target
    }

    /// Whether an entry after `seq` that still stands (not an undo, not undone) touched the record.
    func changedSince(_ seq: Int, _ kind: RecordKind, _ id: String, undone: Set<Int>) -> Bool {
        context.history.contains { entry in
            entry.seq > seq && entry.undoes == nil && !undone.contains(entry.seq)
                && entry.changes.contains { $0.kind == kind && $0.id == id }
        }
    }

    /// Who changed a field after `base`, and when, from the history; else the record's last change.
    func lastChange(_ kind: RecordKind, _ id: String, field: String, after base: Int, record meta: RecordMeta) -> (String?, Timestamp?) {
        for entry in context.history.reversed() where entry.seq > base {
            if entry.changes.contains(where: { $0.kind == kind && $0.id == id && $0.fields.contains { $0.name == field } }) {
                return (entry.person ?? entry.login, entry.at)
            }
        }
        return (meta.updatedBy, meta.updatedAt)
    }

    /// Who deleted a record after `base`, and when.
    func deletion(_ kind: RecordKind, _ id: String, after base: Int) -> (String?, Timestamp?)? {
        for entry in context.history.reversed() where entry.seq > base {
            if entry.changes.contains(where: { $0.kind == kind && $0.id == id && $0.op == .delete }) {
                return (entry.person ?? entry.login, entry.at)
            }
        }
        return nil
    }

    static func invalid(_ error: RecordError) -> DomainError {
        switch error {
        case .unknownField(let kind, let field): .notEditable(kind, field)
        case .badValue(_, let field, let fieldError): .invalid(field: field, fieldError.phrase)
        }
    }

    /// Ids are said aloud and typed: no spaces, no control characters, not empty, at most 40 characters.
    static func isAcceptableId(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 40 && id.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }
    }
}

extension Record {
    static var requiredFieldNames: [String] { schema.fields.filter(\.required).map(\.name) }
}
