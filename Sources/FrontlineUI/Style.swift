import FrontlineCore

/// One of the eight basic terminal colours, or the terminal's own default.
public enum Color: UInt8, Hashable, Sendable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn: colours and attributes. Meaning never rests on colour alone.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
        foreground: Color = .default, background: Color = .default, bold: Bool = false,
        reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
}

/// What a piece of the screen means; the theme turns it into a style.
public enum Role: Hashable, Sendable {
    case normal, header, footer, key, title, label, dim, selected, marked, match, error, notice, border, tab, activeTab
    case light(Light)
}

/// Maps roles to styles: colour (8 colours, fine on 16/256) or monochrome (`NO_COLOR`, `--no-color`,
/// terminals without colour), where bold, reverse, underline and dim carry the meaning with the text marks.
public struct Theme: Hashable, Sendable {
    public var color: Bool
    /// Box drawing and marks in plain ASCII (`--ascii`, terminals that are not UTF-8).
    public var ascii: Bool

    public init(color: Bool, ascii: Bool) {
        self.color = color
        self.ascii = ascii
    }

    public func style(_ role: Role) -> Style {
        switch role {
        case .normal: return .plain
        case .header, .footer: return color ? Style(foreground: .white, background: .blue) : Style(reverse: true)
        case .key: return color ? Style(foreground: .yellow, background: .blue, bold: true) : Style(bold: true, reverse: true)
        case .title: return Style(bold: true)
        case .label, .dim, .border: return color ? Style(foreground: .cyan) : Style(dim: role != .label)
        case .selected: return Style(reverse: true)
        case .marked: return color ? Style(foreground: .magenta, bold: true) : Style(bold: true, underline: true)
        case .match: return color ? Style(foreground: .black, background: .yellow) : Style(underline: true)
        case .error: return color ? Style(foreground: .white, background: .red, bold: true) : Style(bold: true, reverse: true)
        case .notice: return color ? Style(foreground: .black, background: .cyan) : Style(reverse: true)
        case .tab: return color ? Style(foreground: .white, background: .blue) : Style(reverse: true)
        case .activeTab: return color ? Style(foreground: .black, background: .white, bold: true) : Style(bold: true, underline: true)
        case .light(let light):
            switch light {
            case .red: return color ? Style(foreground: .red, bold: true) : Style(bold: true, underline: true)
            case .yellow: return color ? Style(foreground: .yellow, bold: true) : Style(bold: true)
            case .green: return color ? Style(foreground: .green) : .plain
            case .gray: return color ? Style(foreground: .white, dim: true) : Style(dim: true)
            }
        }
    }

    /// The text mark of a light, so it reads without colour: `●红` (zh), `●R` (en), `[R]` (ASCII).
    public func mark(_ light: Light, _ lang: Lang) -> String {
        let letter: String
        switch light {
        case .red: letter = "R"
        case .yellow: letter = "Y"
        case .green: letter = "G"
        case .gray: letter = "-"
        }
        if ascii { return "[\(letter)]" }
        return lang.text(.lightMark, light.rawValue, letter)
    }
}
