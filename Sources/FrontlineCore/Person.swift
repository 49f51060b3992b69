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
        Field("name", \.name, required: true).labelled("姓名", "Name", as: .text).inLedger("姓名"),
        Field("unit", \.unit, required: true).labelled("单位", "Unit", as: .reference(.unit)).inLedger("单位"),
        Field("title", \.title).labelled("职务", "Title", as: .text).inLedger("职务"),
        Field("mobile", \.mobile).labelled("手机", "Mobile", as: .text).inLedger("手机", aliases: ["手机号", "手机号码"]),
        Field("officePhone", \.officePhone),
        Field("login", \.login).labelled("账号", "Login", as: .text).inLedger("账号"),
        Field("role", \.role).labelled("角色", "Role", as: .choice(Choice(Role.self))).inLedger("角色"),
    ])
}
