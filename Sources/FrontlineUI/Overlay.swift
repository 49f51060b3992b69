import FrontlineCore

/// What sits on top of the page and takes the keys: a form, a menu or a dialog.
public enum Overlay: Hashable, Sendable {
    case form(Form)
    case menu(ActionMenu)
    case conflict(ConflictDialog)
    case failure(SaveFailure)
    /// "Discard what you typed?" for a form closed with input in it.
    case discard(Form)
}

/// The lifecycle actions legal now for the chosen issues and allowed for the user's role.
public struct ActionMenu: Hashable, Sendable {
    /// The issues and the status each had when the menu opened.
    public var issues: [String: IssueStatus]
    public var actions: [IssueAction]
    public var selected = 0
    /// Why legal actions are missing from the menu, when some are.
    public var withheld: String?
}

/// A save that met a colleague's change: base, theirs and mine, and what was being saved.
public struct ConflictDialog: Hashable, Sendable {
    public var conflicts: [Conflict]
    /// The form to return to, when the save came from one.
    public var form: Form?
    public var intents: [Intent]
}

/// A save that the disk refused: the message, and what to retry.
public struct SaveFailure: Hashable, Sendable {
    public var message: String
    public var intents: [Intent]
    public var form: Form?
}
