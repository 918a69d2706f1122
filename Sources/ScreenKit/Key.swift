/// A key press, decoded from the terminal.
public enum Key: Equatable, Hashable, Sendable {
    case character(Character)
    case control(Character)  // ^A … ^Z, lowercase letter
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    /// The key's name as written in key maps and config files: `j`, `G`, `down`, `ctrl-d`, `space`.
    public var name: String {
        switch self {
        case .character(" "): return "space"
        case .character(let c): return String(c)
        case .control(let c): return "ctrl-\(c)"
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .home: return "home"
        case .end: return "end"
        case .enter: return "enter"
        case .escape: return "esc"
        case .tab: return "tab"
        case .backTab: return "shift-tab"
        case .backspace: return "backspace"
        case .delete: return "delete"
        case .function(let n): return "f\(n)"
        }
    }

    /// The key as shown in hints on the status line: `Esc`, `Enter`, `Tab`, arrows as arrows.
    public var label: String {
        switch self {
        case .escape: return "Esc"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        default: return name
        }
    }

    /// Parses a key name as written in a config file; nil if it names no key.
    public init?(name: String) {
        let named: [String: Key] = [
            "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home,
            "end": .end, "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
            "shift-tab": .backTab, "backspace": .backspace, "delete": .delete,
        ]
        if let key = named[name.lowercased()] { self = key; return }
        if name.count == 1, let c = name.first { self = .character(c); return }
        let lower = name.lowercased()
        if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isLetter { self = .control(c); return }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { self = .function(n); return }
        return nil
    }
}

/// A mouse event: where, and what happened.
public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// What the terminal reports: a key, a mouse event, or a new size.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
}
