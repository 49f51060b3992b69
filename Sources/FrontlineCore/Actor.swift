/// Who is at the keyboard: the Unix account (from the real uid) and the person it maps to.
public struct Actor: Equatable, Sendable {
    public var login: String
    public var uid: Int
    /// nil when no person has this login: such an account may only view.
    public var person: Person?

    public init(login: String, uid: Int, person: Person?) {
        self.login = login
        self.uid = uid
        self.person = person
    }

    /// Maps an account to its person on `board`.
    public init(login: String, uid: Int, board: Board) {
        self.init(login: login, uid: uid, person: board.person(login: login))
    }

    public var role: Role? { person?.role }
}
