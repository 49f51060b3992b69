/// What the board needs from a terminal: its size, drawing a whole grid, and the next event.
///
/// `CursesTerminal` is the real one; `ScriptedTerminal` plays keys and keeps frames for tests.
@MainActor
public protocol Terminal: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Shows the grid, sending only what differs from the last frame drawn.
    func draw(_ grid: Grid)
    /// The next event, or `.idle` after `timeoutMilliseconds` without one.
    func nextEvent(timeoutMilliseconds: Int) -> Event
    /// Forgets what is on screen so the next `draw` repaints everything (Ctrl-L).
    func invalidate()
}

/// A terminal for tests: events come from a script, frames are kept.
@MainActor
public final class ScriptedTerminal: Terminal {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var frames: [Grid] = []
    private var script: [Event]

    public init(width: Int, height: Int, script: [Event]) {
        self.width = width
        self.height = height
        self.script = script
    }

    public func draw(_ grid: Grid) { frames.append(grid) }

    public func nextEvent(timeoutMilliseconds: Int) -> Event {
        guard !script.isEmpty else { return .key(.character("q")) }
        let event = script.removeFirst()
        if case .resize(let w, let h) = event {
            width = w
            height = h
        }
        return event
    }

    public func invalidate() {}
}
