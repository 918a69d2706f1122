import ScreenKit

extension ReadingView {
    /// Wheel scrolls the pane under the pointer; a click focuses it and opens the row clicked.
    mutating func handleMouse(_ event: MouseEvent, context: ViewContext) -> [Command] {
        let layout = layout(context)
        let panes: [(Pane, Rect?)] = [(.library, layout.library), (.outline, layout.outline), (.article, layout.article)]
        guard let (pane, rect) = panes.first(where: { $0.1?.contains(x: event.x, y: event.y) ?? false }), let rect else { return [] }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let saved = focus
            focus = pane
            move(by: event.kind == .wheelDown ? 3 : -3, unit: 1, context: context)
            focus = saved
            return []
        case .click:
            focus = pane
            let row = event.y - rect.y - 1  // the first row of every pane is its title
            guard row >= 0 else { return [] }
            switch pane {
            case .library:
                let count = context.library.articles.count
                let index = library.visible(count: count, height: rect.height - 1).lowerBound + row
                guard index < count else { return [] }
                library.select(index, count: count, height: rect.height - 1)
            case .outline:
                let index = outline.visible(count: outlineCount, height: rect.height - 1).lowerBound + row
                guard index < outlineCount else { return [] }
                outline.select(index, count: outlineCount, height: rect.height - 1)
            case .article:
                return []
            }
            return activate(context: context)
        }
    }
}
