import ScreenKit

/// The `?` overlay: what Tract's ideas are and every key (`HelpText`), wrapped to the box and
/// scrolled on small terminals; `/` narrows it to the lines that mention a word. Scrolling keys
/// scroll, Esc clears a search, any other key closes.
public struct HelpView: Equatable, Sendable {
    /// First line shown.
    public internal(set) var scroll = 0
    /// The `/` prompt while it is open, and the search the lines are narrowed to.
    public internal(set) var search: LineEditor?
    public internal(set) var query: String?

    public init() {}

    public var keyContexts: [KeyContext] { search == nil ? [.help, .views, .global] : [.prompt] }

    /// The overlay's box at `size` for `lines` lines (a title row, a blank and a border row around them).
    public static func frame(size: Size, lines: Int) -> Rect {
        let body = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
        return body.centred(width: min(size.width - 2, 90), height: min(size.height - 2, lines + 3))
    }

    /// Columns of text inside the box at `size` (a border and a margin each side).
    public static func textWidth(_ size: Size) -> Int {
        max(frame(size: size, lines: 1).width - 4, 10)
    }

    /// The lines shown now: all, or those the search found.
    public func lines(_ context: ViewContext) -> [HelpLine] {
        HelpText.lines(context, width: Self.textWidth(context.size), query: query)
    }

    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        if let editor = search { return edit(action, editor) }
        let lines = lines(context).count
        let visible = max(Self.frame(size: context.size, lines: lines).height - 3, 1)
        let last = max(lines - visible, 0)
        switch action {
        case .scrollLines(let count): scroll += count
        case .scrollPages(let count): scroll += count * max(visible - 1, 1)
        case .scrollHalfPages(let count): scroll += count * max(visible / 2, 1)
        case .top: scroll = 0
        case .bottom: scroll = last
        case .startSearch: search = LineEditor(query ?? "", selected: true)
        case .back where query != nil: (query, scroll) = (nil, 0)
        default: return [.navigate(.close)]
        }
        scroll = max(0, min(scroll, last))
        return []
    }

    private mutating func edit(_ action: Action, _ editor: LineEditor) -> [Command] {
        guard case .edit(let edit) = action else { return [] }
        var editor = editor
        switch editor.apply(edit) {
        case .editing: search = editor
        case .submitted(let text): (search, query, scroll) = (nil, text.isEmpty ? nil : text, 0)
        case .cancelled: search = nil
        }
        return []
    }
}
