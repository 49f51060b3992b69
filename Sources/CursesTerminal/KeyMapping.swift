import CNCursesW
import FrontlineUI

/// Turns what `wget_wch` returns into keys: pure functions, testable without a terminal.
public enum KeyMapping {
    /// Function keys F1–F12; other F-numbers (Shift-F keys on xterm) are ignored.
    public static let functionKeys = 1...12

    /// The key for a `KEY_CODE_YES` code, or nil for codes the board does not use.
    /// `KEY_RESIZE` and `KEY_MOUSE` are events, not keys: the terminal handles them before this.
    public static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case cnc_key_up(): return .up
        case cnc_key_down(): return .down
        case cnc_key_left(): return .left
        case cnc_key_right(): return .right
        // The keypad corners, and Find/Select, which PuTTY sends for Home/End under TERM=xterm.
        case cnc_key_home(), cnc_key_a1(), cnc_key_find(): return .home
        case cnc_key_end(), cnc_key_c1(), cnc_key_select(): return .end
        case cnc_key_ppage(), cnc_key_a3(): return .pageUp
        case cnc_key_npage(), cnc_key_c3(): return .pageDown
        case cnc_key_enter(): return .enter
        case cnc_key_btab(): return .backTab
        case cnc_key_backspace(): return .backspace
        case cnc_key_dc(): return .delete
        case cnc_key_ic(): return .insert
        default:
            let n = Int(code) - Int(cnc_key_f(0))
            return functionKeys.contains(n) ? .function(n) : nil
        }
    }

    /// The key for a character `wget_wch` returned with `OK`, or nil for characters the board
    /// ignores: NUL (Ctrl-Space, which input methods use), Ctrl-\ ] ^ _, C1 controls, and values
    /// that are not Unicode scalars.
    public static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            return .control(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(value - 1))))
        case 0, 28...31, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
