import FrontlineCore

/// One line of text being edited the way readline users expect: the cursor moves with ←/→, Home/End
/// (Ctrl-A/E, Ctrl-B/F), Backspace and Delete (Ctrl-D) remove around it, Ctrl-U/Ctrl-K cut to the start
/// or the end, Ctrl-W the word before it; typed characters go in at the cursor.
///
/// The cursor counts characters (grapheme clusters), so a Chinese character is one step; where it is on
/// screen is in display columns (`visible(columns:)`).
public struct LineEdit: Hashable, Sendable {
    public private(set) var text: String
    /// Characters before the cursor.
    public private(set) var cursor: Int
    /// The whole text is selected (a prompt reopened on its old text): typing replaces it, a movement keeps it.
    public private(set) var selected: Bool

    public init(_ text: String = "", selected: Bool = false) {
        self.text = text
        cursor = text.count
        self.selected = selected && !text.isEmpty
    }

    /// Applies an editing key; false when the key is not an editing key (the caller handles it).
    public mutating func apply(_ key: Key) -> Bool {
        let characters = Array(text)
        switch key {
        case .character(let c):
            if selected { replaceAll(with: String(c)) } else { insert(c) }
            return true
        case .left, .control("b"): move(to: cursor - 1)
        case .right, .control("f"): move(to: cursor + 1)
        case .home, .control("a"): move(to: 0)
        case .end, .control("e"): move(to: characters.count)
        case .backspace, .control("h"):
            if selected { replaceAll(with: "") } else if cursor > 0 { remove(cursor - 1..<cursor) }
        case .delete, .control("d"):
            if selected { replaceAll(with: "") } else if cursor < characters.count { remove(cursor..<cursor + 1) }
        case .control("u"):
            if selected { replaceAll(with: "") } else { remove(0..<cursor) }
        case .control("k"):
            if selected { replaceAll(with: "") } else { remove(cursor..<characters.count) }
        case .control("w"):
            if selected { replaceAll(with: "") } else { remove(wordStart(characters)..<cursor) }
        default:
            return false
        }
        return true
    }

    /// Replaces the whole text (a choice cycled, a colleague's value taken); the cursor goes to the end.
    public mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
        selected = false
    }

    private mutating func move(to position: Int) {
        selected = false
        cursor = max(0, min(position, text.count))
    }

    private mutating func insert(_ c: Character) {
        var characters = Array(text)
        characters.insert(c, at: cursor)
        text = String(characters)
        cursor += 1
    }

    private mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        var characters = Array(text)
        characters.removeSubrange(range)
        text = String(characters)
        cursor = range.lowerBound
    }

    private mutating func replaceAll(with replacement: String) {
        text = replacement
        cursor = replacement.count
        selected = false
    }

    /// Where the word before the cursor starts: spaces, then non-spaces, backwards.
    private func wordStart(_ characters: [Character]) -> Int {
        var i = cursor
        while i > 0 && characters[i - 1] == " " { i -= 1 }
        while i > 0 && characters[i - 1] != " " { i -= 1 }
        return i
    }

    /// The part of the text to show in `columns` display columns with the cursor in view (the text
    /// scrolls left as the cursor nears the right edge), and the cursor's column within it. `display`
    /// turns each character into what is drawn (the sanitizer), so widths are those of the screen.
    public func visible(columns: Int, display: (String) -> String = { Sanitizer.display($0) }) -> (text: String, cursorColumn: Int) {
        let characters = Array(text).map { display(String($0)) }
        let room = max(1, columns - 1)
        var start = 0
        var before = characters[..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        while before > room && start < cursor {
            before -= DisplayWidth.of(characters[start])
            start += 1
        }
        var shown = ""
        var used = 0
        for piece in characters[start...] {
            let w = DisplayWidth.of(piece)
            if used + w > columns { break }
            shown += piece
            used += w
        }
        return (shown, before)
    }
}
