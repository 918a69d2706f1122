/// One of the eight basic terminal colours; `.default` is the terminal's own.
public enum Color: String, Equatable, Hashable, Sendable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white

    /// A colour from its name, as used in topic files.
    public init(name: String) {
        self = Color(rawValue: name) ?? .default
    }
}

/// How a cell is drawn: colours and attributes.
public struct Style: Equatable, Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false,
                underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let plain = Style()

    /// This style with `other`'s colours and attributes laid over it: colours replace, attributes add up.
    public func merged(_ other: Style) -> Style {
        var out = self
        if other.foreground != .default { out.foreground = other.foreground }
        if other.background != .default { out.background = other.background }
        out.bold = bold || other.bold
        out.underline = underline || other.underline
        out.reverse = reverse || other.reverse
        out.dim = dim || other.dim
        return out
    }

    /// A compact code for snapshots: colour letters and attribute flags, e.g. `r.b` (red, bold).
    public var code: String {
        var flags = ""
        if bold { flags += "b" }
        if underline { flags += "u" }
        if reverse { flags += "r" }
        if dim { flags += "d" }
        return "\(Self.letter(foreground))\(Self.letter(background))\(flags)"
    }

    private static func letter(_ color: Color) -> String {
        switch color {
        case .default: return "."
        case .black: return "k"
        case .blue: return "b"
        default: return String(color.rawValue.prefix(1))
        }
    }
}
