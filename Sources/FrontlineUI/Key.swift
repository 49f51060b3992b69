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
