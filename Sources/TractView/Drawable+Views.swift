import ScreenKit
import TractApp

// Each view drawn by its widget, from its own model.

extension ReadingView: Drawable {
    /// The library, outline and article panes where the layout puts them, with the separator.
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        let layout = layout(context.shared)
        if let pane = layout.library { LibraryWidget(context: context, reading: self).draw(into: &screen, pane) }
        if let pane = layout.outline { OutlineWidget(context: context, reading: self).draw(into: &screen, pane) }
        if let pane = layout.article { ArticleWidget(context: context, reading: self).draw(into: &screen, pane) }
        if let column = layout.separator {
            for y in rect.y..<(rect.y + rect.height) { screen.put("│", x: column, y: y, style: context.theme.dim) }
        }
    }
}

extension CompareView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        CompareWidget(context: context, compare: self).draw(into: &screen, rect)
    }
}

extension MultiCompareView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        MultiCompareWidget(context: context, compare: self).draw(into: &screen, rect)
    }
}

extension MapView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        MapWidget(context: context, map: self).draw(into: &screen, rect)
    }
}

extension BookmarksView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        BookmarksWidget(context: context, view: self).draw(into: &screen, rect)
    }
}

extension LibrarySearchView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        LibrarySearchWidget(context: context, search: self).draw(into: &screen, rect)
    }
}

extension DigestView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        DigestWidget(context: context, view: self).draw(into: &screen, rect)
    }
}

extension PickerView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        PickerOverlay(context: context, picker: self).draw(into: &screen, rect)
    }
}

extension HelpView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        HelpOverlay(context: context, help: self).draw(into: &screen, rect)
    }
}
