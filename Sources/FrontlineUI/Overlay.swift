import FrontlineCore

/// What sits on top of the page and takes the keys: a form, a menu or a dialog. Each handles its own keys
/// and says what should happen next (`OverlayOutcome`); the state carries that out.
public enum Overlay: Hashable, Sendable {
    case form(Form)
    case menu(ActionMenu)
    case conflict(ConflictDialog)
    case failure(SaveFailure)
    /// "Discard what you typed?" for a form closed with input in it.
    case discard(Form)

    /// What a key does to the overlay on top.
    func handle(_ key: Key, _ context: OverlayContext) -> OverlayOutcome {
        switch self {
        case .form(let form): form.handle(key, context)
        case .menu(let menu): menu.handle(key, context)
        case .conflict(let dialog): dialog.handle(key, context)
        case .failure(let failure): failure.handle(key)
        case .discard(let form): form.answerToDiscarding(key)
        }
    }
}
