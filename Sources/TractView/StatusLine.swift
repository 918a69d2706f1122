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
        if case .noteInput(let note, let purpose) = state.mode {
            let prompt = { if case .new = purpose { return "note (Enter saves, Esc cancels): " } else { return "edit note: " } }()
            screen.put(prompt + note + "▏", x: rect.x, y: rect.y, style: style, limit: rect.width)
            return
        }
        var place = "Tract · \(state.library.articles.count) articles"
        var details: [String] = []
        if case .compare(let compare) = state.view {
            place = "\(compare.comparison.left.article.title) ⟷ \(compare.comparison.right.article.title)"
            let groups = compare.layout.groups.count
            details.append("\(groups > 1 ? min(100, compare.positions[compare.side].block * 100 / (groups - 1)) : 100)%")
        } else if case .map = state.view {
            place = "Topic map"
        } else if case .librarySearch(let search) = state.view {
            let count = search.hits.count == 1 ? "1 hit" : "\(search.hits.count) hits"
            place = search.query.isEmpty ? "Library search" : "\(count) for '\(search.query)'"
        } else if case .bookmarks = state.view {
            place = "Bookmarks · \(state.bookmarks.count)"
        } else if case .picker = state.view {
            place = "Compare with… type to filter, ↑↓ choose, Enter opens, Esc cancels"
        } else if let document = state.document {
            place = document.article.title
            if let section = state.currentSection {
                place += " › " + (document.article.sections[section].heading ?? "(opening)")
            }
            details.append("\(percent(state, document))%")
        }
        details.append(modeName(state))
        if let message = state.message { details.append(message) }
        if let loading = state.loading { details.append("reading \(loading.done)/\(loading.total)…") }
        let hints = "?:help q:quit "
        let tail = " │ " + details.joined(separator: " │ ")
        // The place gives way first, so the position, mode and any message stay readable.
        let room = rect.width - DisplayWidth.of(tail) - DisplayWidth.of(hints) - 2
        let shownPlace = DisplayWidth.of(place) <= room ? place : TextWrapper.truncate(place, width: max(room, 8))
        let used = screen.put(" " + shownPlace + tail, x: rect.x, y: rect.y, style: style, limit: rect.width)
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
        switch state.view {
        case .compare(let compare):
            return "COMPARE · \(state.topicLabel(compare.topic)) · " + (compare.linked ? "linked" : "unlinked")
        case .map: return "MAP"
        case .picker: return "PICK"
        case .bookmarks: return "BOOKMARKS · Enter jumps · e note · d delete · u undo · / filter · a re-attach"
        case .librarySearch: return "SEARCH LIBRARY"
        case .reading: break
        }
        switch state.mode {
        case .help: return "HELP"
        case .searchInput: return "SEARCH"
        case .noteInput: return "NOTE"
        case .normal:
            switch state.highlight {
            case .off: return state.focus.rawValue.uppercased()
            case .all: return state.focus.rawValue.uppercased() + " · topics"
            case .only(let id): return state.focus.rawValue.uppercased() + " · " + id
            }
        }
    }
}
