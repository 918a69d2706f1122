import ScreenKit
import TractApp
import TractCore

/// Draws the whole reader for a state at a size. Pure: the same state always gives the same screen.
public func render(_ state: AppState, theme: Theme) -> Screen {
    var screen = Screen(width: state.size.width, height: state.size.height)
    let layout = state.reading.layout(state.context)
    if layout.tooSmall {
        // The longest wording that fits whole, so the size needed is never cut off.
        let size = "\(PaneLayout.minimum.width)×\(PaneLayout.minimum.height)"
        let fits = ["terminal too small (min \(size))", "too small: min \(size)", "min \(size)", size]
            .first { DisplayWidth.of($0) <= state.size.width } ?? "…"
        screen.put(fits, x: 0, y: 0, style: theme.dim)
        return screen
    }
    let context = RenderContext(state: state, theme: theme)
    switch state.view {
    case .compare(let compare):
        CompareWidget(context: context, compare: compare).draw(into: &screen)
    case .map(let map):
        MapWidget(context: context, map: map).draw(into: &screen)
    case .bookmarks(let bookmarks):
        BookmarksWidget(context: context, view: bookmarks).draw(into: &screen)
    case .librarySearch(let search):
        LibrarySearchWidget(context: context, search: search).draw(into: &screen)
    case .digest(let digest):
        DigestWidget(context: context, view: digest).draw(into: &screen)
    case .compareMany(let compare):
        MultiCompareWidget(context: context, compare: compare).draw(into: &screen)
    case .reading, .picker:
        if let rect = layout.library { LibraryWidget(context: context).draw(into: &screen, rect) }
        if let rect = layout.outline { OutlineWidget(context: context).draw(into: &screen, rect) }
        if let rect = layout.article { ArticleWidget(context: context).draw(into: &screen, rect) }
        if let column = layout.separator {
            for y in 0..<(state.size.height - 1) { screen.put("│", x: column, y: y, style: theme.dim) }
        }
        if case .picker(let picker) = state.view { PickerOverlay(context: context, picker: picker).draw(into: &screen) }
    }
    StatusLine(context: context).draw(into: &screen, layout.status)
    if let help = state.help { HelpOverlay(context: context, help: help).draw(into: &screen) }
    return screen
}

/// What every widget needs: the state, the theme, and topic styles by id.
struct RenderContext {
    let state: AppState
    let theme: Theme

    /// Style and gutter glyph for a topic id.
    func topicStyle(_ id: String) -> (style: Style, mark: String) {
        let topics = state.library.topicSet.topics
        let index = topics.firstIndex { $0.id == id } ?? 0
        let color = topics.indices.contains(index) ? topics[index].color : "white"
        return (theme.topic(color: color, index: index), theme.topicMark(index: index))
    }

    /// A topic's label in lower case, for titles and messages.
    func topicLabel(_ id: String) -> String {
        state.context.topicLabel(id)
    }

    /// A full-width title row across the top of a full-screen view.
    func drawViewTitle(_ title: String, into screen: inout Screen) {
        screen.fill(Rect(x: 0, y: 0, width: screen.width, height: 1), style: theme.focusedPaneTitle)
        screen.put(title, x: 0, y: 0, style: theme.focusedPaneTitle)
    }

    /// Draws a pane's title row, highlighted when the pane has the focus.
    func drawTitle(_ title: String, pane: Pane, into screen: inout Screen, _ rect: Rect) {
        let style = state.reading.focus == pane ? theme.focusedPaneTitle : theme.paneTitle
        screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        screen.put(" " + title, x: rect.x, y: rect.y, style: style, limit: rect.width)
    }
}

extension LineEditor {
    /// The line with a caret drawn at the cursor.
    var withCaret: String {
        let (before, after) = split
        return before + "▏" + after
    }
}
