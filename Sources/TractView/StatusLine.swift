import ScreenKit
import TractApp

/// The bottom line: article › section, position, mode, message, and key hints; or the search prompt.
struct StatusLine {
    let context: RenderContext

    func draw(into screen: inout Screen, _ rect: Rect) {
        let state = context.state
        let style = context.theme.status
        screen.fill(rect, style: style)
        if case .searchInput(let query) = state.mode {
            screen.put("/" + query + "▏", x: rect.x, y: rect.y, style: style, limit: rect.width)
            return
        }
        var parts: [String] = []
        if let document = state.document {
            var place = document.article.title
            if let section = state.currentSection {
                place += " › " + (document.article.sections[section].heading ?? "(opening)")
            }
            parts.append(place)
            parts.append("\(percent(state, document))%")
        } else {
            parts.append("Tract · \(state.library.articles.count) articles")
        }
        parts.append(modeName(state))
        if let message = state.message { parts.append(message) }
        let left = " " + parts.joined(separator: " │ ")
        let hints = "?:help q:quit "
        let used = screen.put(left, x: rect.x, y: rect.y, style: style, limit: rect.width)
        let hintsWidth = DisplayWidth.of(hints)
        if used + hintsWidth + 1 <= rect.width {
            screen.put(hints, x: rect.x + rect.width - hintsWidth, y: rect.y, style: style)
        }
    }

    private func percent(_ state: AppState, _ document: ReadingDocument) -> Int {
        guard document.blocks.count > 1 else { return 100 }
        return min(100, state.position.block * 100 / (document.blocks.count - 1))
    }

    private func modeName(_ state: AppState) -> String {
        switch state.mode {
        case .help: return "HELP"
        case .searchInput: return "SEARCH"
        case .normal:
            switch state.highlight {
            case .off: return state.focus.rawValue.uppercased()
            case .all: return state.focus.rawValue.uppercased() + " · topics"
            case .only(let id): return state.focus.rawValue.uppercased() + " · " + id
            }
        }
    }
}
