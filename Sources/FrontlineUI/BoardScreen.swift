/// What every screen of the board declares besides its page: what Enter opens, and what its footer offers
/// (docs/board.md, Keys).
///
/// An editing command whose `EditingBinding.offeredEverywhere` is true is offered in every footer where it
/// can be used, unless the screen `withholds` it; the others only where the screen `offers` them.
protocol BoardScreen: Sendable {
    /// What Enter opens on a line that points at `target` (default: the detail screen that shows such records).
    func open(_ target: Target, in screens: ScreenRegistry) -> Detail?
    /// Editing commands this screen's footer offers that are not offered everywhere (default: none).
    func offers(in state: AppState) -> Set<Command>
    /// Commands offered everywhere that this screen's footer leaves out (default: none).
    var withholds: Set<Command> { get }
    /// The parts of the data its page reads that the first screen does not need (`BoardData.Part`): derived when this
    /// screen is built, then kept for the revision (default: none).
    var derives: Set<BoardData.Part> { get }
}

extension BoardScreen {
    func open(_ target: Target, in screens: ScreenRegistry) -> Detail? { screens.detail(showing: target) }
    func offers(in state: AppState) -> Set<Command> { [] }
    var withholds: Set<Command> { [] }
    var derives: Set<BoardData.Part> { [] }
}
