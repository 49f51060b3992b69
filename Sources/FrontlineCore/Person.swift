/// A person (人员) who works with the board; `login` ties them to a Unix account.
public struct Person: Record {
    public static let kind = RecordKind.person
    public var id: String
    public var meta = RecordMeta()
    public var name = ""
    public var unit = ""
    public var title = ""
    public var mobile = ""
    public var officePhone: String?
    /// The Unix account on the shared server.
    public var login: String?
    public var role = Role.readOnly

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<Person>([
        Field("name", \.name, required: true),
        Field("unit", \.unit, required: true),
        Field("title", \.title),
        Field("mobile", \.mobile),
        Field("officePhone", \.officePhone),
        Field("login", \.login),
        Field("role", \.role),
    ])
}
