import ScreenKit

/// The `?` overlay: the key table, scrolled on small terminals. Scrolling keys scroll; any other closes.
public struct HelpView: Equatable, Sendable {
    /// First line shown.
    public internal(set) var scroll = 0

    public init() {}

    public var keyContexts: [KeyContext] { [.help, .views, .global] }

    /// Lines of the overlay's list: each group's heading and rows, a blank line between groups.
    public static func lineCount(_ keyMap: KeyMap) -> Int {
        let sections = keyMap.helpSections
        return sections.reduce(0) { $0 + $1.lines.count + 1 } + max(sections.count - 1, 0)
    }

    /// The overlay's box at `size` for `lines` lines (a title row, a blank and a border row around them).
    public static func frame(size: Size, lines: Int) -> Rect {
        let body = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
        return body.centred(width: min(size.width - 2, 72), height: min(size.height - 2, lines + 3))
    }

    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        let lines = Self.lineCount(context.keyMap)
        let visible = max(Self.frame(size: context.size, lines: lines).height - 3, 1)
        let last = max(lines - visible, 0)
        switch action {
        case .scrollLines(let count): scroll += count
        case .scrollPages(let count): scroll += count * max(visible - 1, 1)
        case .scrollHalfPages(let count): scroll += count * max(visible / 2, 1)
        case .top: scroll = 0
        case .bottom: scroll = last
        default: return [.navigate(.close)]
        }
        scroll = max(0, min(scroll, last))
        return []
    }
}
