import ScreenKit

extension AppState {
    /// Wheel scrolls the pane under the pointer; a click focuses it and selects the row clicked.
    mutating func handleMouse(_ event: MouseEvent) {
        let layout = PaneLayout(size: size, focus: focus, articleCount: library.articles.count)
        let panes: [(Pane, Rect?)] = [(.library, layout.library), (.outline, layout.outline), (.article, layout.article)]
        guard let (pane, rect) = panes.first(where: { $0.1.map { contains($0, event) } ?? false }), let rect else { return }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let saved = focus
            focus = pane
            move(by: event.kind == .wheelDown ? 3 : -3, unit: 1)
            focus = saved
        case .click:
            focus = pane
            let row = event.y - rect.y - 1  // the first row of every pane is its title
            switch pane {
            case .library:
                let index = ListWindow.first(selection: librarySelection, count: library.articles.count, height: rect.height - 1) + row
                guard row >= 0, library.articles.indices.contains(index) else { return }
                librarySelection = index
                activate()
            case .outline:
                let index = ListWindow.first(selection: outlineSelection, count: outlineCount, height: rect.height - 1) + row
                guard row >= 0, index < outlineCount else { return }
                outlineSelection = index
                activate()
            case .article:
                break
            }
        }
    }

    private func contains(_ rect: Rect, _ event: MouseEvent) -> Bool {
        event.x >= rect.x && event.x < rect.x + rect.width && event.y >= rect.y && event.y < rect.y + rect.height
    }
}

/// Which rows of a list are visible: the selection is kept on screen, scrolled as little as needed.
public enum ListWindow {
    /// Index of the first visible row for a list of `count` rows shown `height` at a time.
    public static func first(selection: Int, count: Int, height: Int) -> Int {
        guard height > 0, count > height else { return 0 }
        return min(max(selection - height / 2, 0), count - height)
    }
}
