import CNCursesW
import ScreenKit

/// Maps ncurses key codes and characters to `Key`, and colours to ncurses colour numbers.
public enum KeyDecoder {
    public static func key(forCodePoint code: UInt32) -> Key? {
        switch code {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .control(Character(UnicodeScalar(UInt8(code + 96))))
        default:
            guard let scalar = UnicodeScalar(code), code >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }

    /// What an Esc that ncurses did not decode begins, given what came right after it (`next` answers
    /// nil once nothing more is waiting): nil when it began a sequence the terminal sent for a key
    /// ncurses does not know (CSI `ESC [ … final`, SS3 `ESC O x`) — read whole and dropped, so its
    /// bytes never arrive as keys (`[` is a command); else Esc itself, anything after it handed back
    /// with `unread` (Esc and a key typed fast are two keys).
    public static func afterEscape(_ next: () -> UInt32?, unread: (UInt32) -> Void) -> Key? {
        guard let first = next() else { return .escape }
        switch first {
        case 0x5B:  // CSI: parameters and intermediates, then one final byte (0x40–0x7E)
            for _ in 0..<32 {
                guard let byte = next() else { break }
                if (0x40...0x7E).contains(byte) { break }
            }
            return nil
        case 0x4F:  // SS3: one more
            _ = next()
            return nil
        default:
            unread(first)
            return .escape
        }
    }

    public static func key(forFunctionKey code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    static func colorIndex(_ color: Color) -> Int {
        Color.allCases.firstIndex(of: color) ?? 0
    }

    /// ncurses colour number; -1 is the terminal's default (after use_default_colors).
    static func colorNumber(_ color: Color) -> Int32 {
        switch color {
        case .default: return -1
        case .black: return COLOR_BLACK
        case .red: return COLOR_RED
        case .green: return COLOR_GREEN
        case .yellow: return COLOR_YELLOW
        case .blue: return COLOR_BLUE
        case .magenta: return COLOR_MAGENTA
        case .cyan: return COLOR_CYAN
        case .white: return COLOR_WHITE
        }
    }
}
