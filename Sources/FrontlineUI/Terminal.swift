/// What the board needs from a terminal: its size, drawing a whole grid, the text cursor, and the next event.
///
/// `CursesTerminal` is the real one; `ScriptedTerminal` plays events and keeps frames for tests.
@MainActor
public protocol Terminal: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Shows the grid, sending only what differs from the last frame drawn.
    func draw(_ grid: Grid)
    /// The next event, or `.idle` after `timeoutMilliseconds` without one.
    func nextEvent(timeoutMilliseconds: Int) -> Event
    /// The same, but also `.idle` as soon as `descriptor` becomes readable (a store's `ChangeSignal`): the board
    /// then looks for colleagues' changes at once. A key already waiting comes first.
    func nextEvent(timeoutMilliseconds: Int, wakingOn descriptor: Int32?) -> Event
    /// Forgets what is on screen so the next `draw` repaints everything (Ctrl-L).
    func invalidate()
    /// Shows the text cursor at a position while the user types; hides it for nil.
    func placeCursor(_ position: (x: Int, y: Int)?)
    /// True once input is gone for good (the link dropped, the script ran out): the run loop ends.
    var inputClosed: Bool { get }
}

extension Terminal {
    /// A terminal that cannot wait on a descriptor waits for a key only; the board's timer still looks.
    public func nextEvent(timeoutMilliseconds: Int, wakingOn descriptor: Int32?) -> Event {
        nextEvent(timeoutMilliseconds: timeoutMilliseconds)
    }
}

/// A terminal for tests: events come from a script, frames and cursor positions are kept. When the
/// script runs out, input counts as closed, so a run loop over it always ends.
@MainActor
public final class ScriptedTerminal: Terminal {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var frames: [Grid] = []
    /// The cursor position after each frame (nil: hidden).
    public private(set) var cursors: [(x: Int, y: Int)?] = []
    public private(set) var inputClosed = false
    /// Called before each event is handed out (a test's chance to act between two events, e.g. as a colleague).
    public var beforeEvent: ((Int) -> Void)?
    private var script: [Event]
    private var served = 0

    public init(width: Int, height: Int, script: [Event]) {
        self.width = width
        self.height = height
        self.script = script
    }

    /// Adds events to the script; input is open again until they are used up.
    public func play(_ events: [Event]) {
        script += events
        inputClosed = false
    }

    /// The last frame drawn.
    public var screen: Grid? { frames.last }

    public func draw(_ grid: Grid) { frames.append(grid) }

    public func placeCursor(_ position: (x: Int, y: Int)?) { cursors.append(position) }

    public func nextEvent(timeoutMilliseconds: Int) -> Event {
        guard !script.isEmpty else {
            inputClosed = true
            return .idle
        }
        beforeEvent?(served)
        served += 1
        let event = script.removeFirst()
        if case .resize(let w, let h) = event {
            width = w
            height = h
        }
        return event
    }

    public func invalidate() {}
}
