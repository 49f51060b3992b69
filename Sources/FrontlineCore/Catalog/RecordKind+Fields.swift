/// The field catalog by kind of record, for code that holds a kind rather than a record type (forms, conflict
/// dialogs, `frontline edit`, ledgers).
extension RecordKind {
    /// The fields of the kind's records, in stored order.
    public var fields: [FieldDescriptor] { recordType.descriptors }

    /// The named field, nil when the kind has none.
    public func field(_ name: String) -> FieldDescriptor? { fields.first { $0.name == name } }

    /// The named field's label, or its name when it has none.
    public func label(of name: String, _ lang: Lang) -> String { field(name)?.label?.text(lang) ?? name }

    /// The fields the board's edit form offers, in its order.
    public var editForm: [FieldDescriptor] { recordType.editFormNames.compactMap(field) }

    /// The fields a plain edit (`frontline edit`, the board's edit form, an import) may change, in stored order.
    public var editableFields: [FieldDescriptor] { fields.filter { !$0.isManaged } }

    /// Whether a blank record already has a value for the field (a vocabulary, a number, an amount), so that a form
    /// cannot leave it empty.
    public func hasValueWhenBlank(_ name: String) -> Bool {
        let value = recordType.init(id: "").value(of: name) ?? .null
        return value != .null && value != .string("")
    }

    var recordType: any Record.Type {
        switch self {
        case .settings: Settings.self
        case .unit: Unit.self
        case .person: Person.self
        case .duty: Duty.self
        case .absence: Absence.self
        case .project: Project.self
        case .issue: Issue.self
        case .visit: Visit.self
        case .progress: ProgressReport.self
        case .report: PublishedReport.self
        case .instruction: Instruction.self
        case .meeting: Meeting.self
        case .squad: Squad.self
        case .lead: Lead.self
        case .bulletin: Bulletin.self
        }
    }
}

extension Record {
    static var descriptors: [FieldDescriptor] { schema.descriptors }
    static var editFormNames: [String] { schema.editForm }

    /// Fields that only operations may change (the lifecycle's), never a plain edit.
    public static var managedFields: Set<String> { Set(schema.descriptors.filter(\.isManaged).map(\.name)) }
}
