/// A key the user pressed, as the terminal reports it.
public enum Key: Hashable, Sendable {
    /// A printable character, Chinese from an input method included.
    case character(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
    /// Ctrl with a letter: `.control("l")` is Ctrl-L.
    case control(Character)
}

/// Something that happened: a key, the window changing size, or time passing without input.
public enum Event: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// No input for a while: a chance to look for other sessions' changes.
    case idle
    /// The process was told to end (SIGHUP, SIGTERM, SIGINT): quit now, whatever is open.
    case stop
}
