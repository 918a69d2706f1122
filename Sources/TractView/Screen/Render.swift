import ScreenKit
import TractApp
import TractCore

/// Draws the whole reader for a state at a size. Pure: the same state always gives the same screen.
/// Each visible view on the stack draws itself into the body (all but the last row), bottom first;
/// the status line takes the parts the views give it.
public func render(_ state: AppState, theme: Theme) -> Screen {
    var screen = Screen(width: state.size.width, height: state.size.height)
    if state.size.width < PaneLayout.minimum.width || state.size.height < PaneLayout.minimum.height {
        // The longest wording that fits whole, so the size needed is never cut off.
        let size = "\(PaneLayout.minimum.width)×\(PaneLayout.minimum.height)"
        let fits = ["terminal too small (min \(size))", "too small: min \(size)", "min \(size)", size]
            .first { DisplayWidth.of($0) <= state.size.width } ?? "…"
        screen.put(fits, x: 0, y: 0, style: theme.dim)
        return screen
    }
    let shared = state.context
    let context = RenderContext(shared: shared, theme: theme)
    let (body, status) = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height).splitBottom(1)
    for view in state.stack.visible {
        (view.base as? any Drawable)?.draw(into: &screen, body, context: context)
    }
    StatusLine(context: context).draw(into: &screen, status, parts: state.stack.status(context: shared),
                                      message: state.message, loading: state.loadingText, keyContexts: state.keyContexts)
    return screen
}

/// How a view draws itself: into `rect` (the screen above the status line), from its own model and
/// what every view shares.
public protocol Drawable {
    func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext)
}

/// What every widget needs: what the views share (library, size, keys, bookmarks), the theme, and
/// topic styles by id.
public struct RenderContext {
    public let shared: ViewContext
    public let theme: Theme

    public init(shared: ViewContext, theme: Theme) {
        self.shared = shared
        self.theme = theme
    }

    /// Style and gutter glyph for a topic id.
    func topicStyle(_ id: String) -> (style: Style, mark: String) {
        let topics = shared.library.topicSet.topics
        let index = topics.firstIndex { $0.id == id } ?? 0
        let color = topics.indices.contains(index) ? topics[index].color : "white"
        return (theme.topic(color: color, index: index), theme.topicMark(index: index))
    }

    /// A topic's label in lower case, for titles and messages.
    func topicLabel(_ id: String) -> String {
        shared.topicLabel(id)
    }

    /// A full-width title row across the top of a full-screen view.
    public func drawViewTitle(_ title: String, into screen: inout Screen, _ rect: Rect) {
        screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme.focusedPaneTitle)
        screen.put(title, x: rect.x, y: rect.y, style: theme.focusedPaneTitle, limit: rect.width)
    }

    /// A reading pane with no article open: its title and a hint naming the live key that opens one.
    func drawEmptyPane(_ title: String, focused: Bool, hint: (String) -> String, into screen: inout Screen, _ rect: Rect) {
        drawTitle(title, focused: focused, into: &screen, rect)
        let open = shared.keyMap.keyLabel(for: .open, in: [.library, .global])
        screen.put(hint(open), x: rect.x, y: rect.y + 1, style: theme.dim, limit: rect.width)
    }

    /// Draws a pane's title row, highlighted when the pane has the focus.
    func drawTitle(_ title: String, focused: Bool, into screen: inout Screen, _ rect: Rect) {
        let style = focused ? theme.focusedPaneTitle : theme.paneTitle
        screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        screen.put(" " + title, x: rect.x, y: rect.y, style: style, limit: rect.width)
    }
}
