import FrontlineCore

/// One field of a form: what the user typed, what it started as, and how to read it.
public struct FormField: Hashable, Sendable {
    /// The name of the record field (or form-only key) it fills.
    public var key: String
    public var label: String
    /// How its value is typed; a choice cycles with ←/→ or Space.
    public var kind: InputKind
    /// What is typed, with the cursor in it.
    public var line: LineEdit
    public var initial: String
    public var required: Bool
    /// The field holds a list (a project's 帮包干部): items separated by 、 or , each read by `kind`.
    public var isList = false

    public init(_ key: String, _ label: String, _ kind: InputKind, value: String = "", required: Bool = false) {
        self.key = key
        self.label = label
        self.kind = kind
        line = LineEdit(value)
        initial = value
        self.required = required
    }

    /// The field of a record's field, with its label and kind of input from the record's schema.
    public init(_ field: FieldDescriptor, _ lang: Lang, value: String = "", required: Bool = false) {
        self.init(field.name, field.label?.text(lang) ?? field.name, field.input ?? .text, value: value, required: required)
    }

    /// The text typed; setting it puts the cursor at the end.
    public var value: String {
        get { line.text }
        set { line.set(newValue) }
    }

    public var isChanged: Bool { value != initial }

    /// The value as JSON for the store, or a message saying what is wrong (in `lang`).
    public func parse(today: Day, index: BoardIndex, lang: Lang) -> Result<JSONValue, FieldProblem> {
        let text = value.trimmingSpaces
        if text.isEmpty && isList { return .success(.array([])) }
        if text.isEmpty {
            return required ? .failure(FieldProblem(lang.text(.fieldRequired))) : .success(.null)
        }
        switch kind {
        case .text:
            return .success(.string(text))
        case .date:
            return DayInput.parse(text, today: today).map(\.json).mapError { FieldProblem($0.reason(lang)) }
        case .money:
            return NumberInput.money(text).map(\.json).mapError { FieldProblem($0.reason(lang)) }
        case .integer, .percent:
            return NumberInput.integer(text, in: kind.range!).map(JSONValue.int).mapError { FieldProblem($0.reason(lang)) }
        case .choice(let choice):
            return choice.options.contains(text) ? .success(.string(text)) : .failure(FieldProblem(lang.text(.formChooseOne)))
        case .reference(let kind) where isList:
            var ids: [JSONValue] = []
            for item in LedgerCell.listItems(text) {
                guard let id = index.resolve(kind, item) else {
                    return .failure(FieldProblem(lang.text(.noSuchReference, kind.label(lang), item)))
                }
                ids.append(.string(id))
            }
            return .success(.array(ids))
        case .reference(let kind):
            guard let id = index.resolve(kind, text) else {
                return .failure(FieldProblem(lang.text(.noSuchReference, kind.label(lang), text)))
            }
            return .success(.string(id))
        }
    }

    /// Text for a JSON value as this field shows it (an id shown as the record's id).
    static func text(of value: JSONValue?) -> String {
        switch value {
        case .string(let s)?: s
        case .number(let n)?: n
        case .bool(let b)?: b ? "true" : "false"
        case .array(let items)?: items.compactMap(\.stringValue).joined(separator: "、")
        default: ""
        }
    }
}

/// What is wrong with a field's value.
public struct FieldProblem: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
