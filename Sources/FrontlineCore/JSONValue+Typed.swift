extension JSONValue {
    /// The JSON for a field value typed as text (`frontline edit I-0042 urgency=紧急`, a column of the sample's
    /// source files), shaped like the field's current value: a number stays a number, `true`/`false` a bool, a
    /// list is comma-separated, and empty text clears a field that is now null. Whether the value fits the
    /// field is the record's to say when it is set.
    public static func typed(_ text: String, like old: JSONValue) -> JSONValue {
        switch old {
        case .number: return Int(text).map(JSONValue.int) ?? .string(text)
        case .bool: return text == "true" ? .bool(true) : text == "false" ? .bool(false) : .string(text)
        case .array: return .array(text.split(separator: ",").map { .string(String($0).trimmingSpaces) })
        case .string: return .string(text)
        default: return text.isEmpty ? .null : .string(text)
        }
    }
}
