/// An editing command's rule and its action, side by side, so that what the footer offers and what the key
/// does cannot disagree. The model is lazygit's binding (keys, handler, disabled reason, description); the
/// keys and the description are the command's line in `CommandTable`.
struct EditingBinding: Sendable {
    let command: Command
    /// Offered in every footer where it can be used (unless a screen withholds it), else only on the screens
    /// that offer it (`BoardScreen`).
    let offeredEverywhere: Bool
    /// Why it cannot be used here and now (nothing to act on, the role), or nil when it can.
    let problem: @Sendable (CommandContext) -> String?
    /// What it does once `problem` said nothing: open a form or a menu, mark, or ask for a save.
    let start: @Sendable (inout AppState, CommandContext) -> [Effect]
}
