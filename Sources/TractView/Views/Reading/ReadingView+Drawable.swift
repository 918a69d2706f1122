import ScreenKit
import TractApp

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
