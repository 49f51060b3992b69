import FrontlineCore

/// What happens after a key in an overlay; `AppState` carries it out.
enum OverlayOutcome: Equatable {
    /// The overlay stays, as it is now (changed or not), or another takes its place.
    case stays(Overlay)
    /// The overlay goes.
    case closes
    /// The overlay goes, with a word on the message line.
    case closesSaying(Notice)
    /// The overlay goes and these intents are saved; a save that fails comes back to `form`.
    case saves([Intent], form: Form?)
    /// The overlay goes, the marks go, and the action chosen for the marked issues is saved.
    case savesMarked([Intent])
    /// The overlay goes and the action menu opens afresh for these issues, as they are now.
    case reopensMenu([String])
}
