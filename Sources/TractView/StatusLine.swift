import ScreenKit
import TractApp

/// The bottom line: article › section, position, mode, message, and key hints; or the open prompt.
/// Every key named here comes from the live key map.
struct StatusLine {
    let context: RenderContext

    func draw(into screen: inout Screen, _ rect: Rect) {
        let state = context.state
        let style = context.theme.status
        screen.fill(rect, style: style)
        if let prompt = promptText(state) {
            screen.put(prompt, x: rect.x, y: rect.y, style: style, limit: rect.width)
            return
        }
        let (place, details) = placeAndDetails(state)
        let keys = state.keyMap
        let chain = state.keyContexts
        let hints = [keys.hint(.toggleHelp, in: chain, separator: ":"), keys.hint(.quit, in: chain, separator: ":")]
            .compactMap { $0 }.joined(separator: " ") + " "
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

    /// The prompt line while one of the reading view's or the bookmarks view's prompts is open.
    private func promptText(_ state: AppState) -> String? {
        if case .bookmarks(let view) = state.view, let note = view.note { return "edit note: " + note.editor.withCaret }
        guard case .reading = state.view, let prompt = state.reading.prompt else { return nil }
        switch prompt {
        case .search(let editor):
            return "/" + editor.withCaret
        case .note(let editor, _):
            let keys = state.keyMap
            let done = "\(keys.keyLabel(for: .edit(.submit), in: [.prompt])) saves, \(keys.keyLabel(for: .edit(.cancel), in: [.prompt])) cancels"
            return "note (\(done)): " + editor.withCaret
        }
    }

    /// Where the reader is, and the details after it: position, mode, message, loading progress.
    private func placeAndDetails(_ state: AppState) -> (String, [String]) {
        var place = "Tract · \(state.library.articles.count) articles"
        var details: [String] = []
        switch state.view {
        case .compare(let compare):
            place = "\(compare.comparison.left.article.title) ⟷ \(compare.comparison.right.article.title)"
            let groups = compare.layout.groups.count
            details.append("\(groups > 1 ? min(100, compare.positions[compare.side].block * 100 / (groups - 1)) : 100)%")
        case .map:
            place = "Topic map"
        case .librarySearch(let search):
            let count = search.hits.count == 1 ? "1 hit" : "\(search.hits.count) hits"
            place = search.query.text.isEmpty ? "Library search" : "\(count) for '\(search.query.text)'"
        case .bookmarks:
            place = "Bookmarks · \(state.bookmarks.count)"
        case .picker(let picker):
            let keys = state.keyMap
            place = "Compare with… type to filter, \(keys.keyLabel(for: .scrollLines(-1), in: picker.keyContexts))"
                + "\(keys.keyLabel(for: .scrollLines(1), in: picker.keyContexts)) choose, "
                + "\(keys.keyLabel(for: .edit(.submit), in: picker.keyContexts)) opens, "
                + "\(keys.keyLabel(for: .edit(.cancel), in: picker.keyContexts)) cancels"
        case .reading:
            if let document = state.reading.document {
                place = document.article.title
                if let section = state.reading.currentSection {
                    place += " › " + (document.article.sections[section].heading ?? "(opening)")
                }
                details.append("\(percent(state.reading, document))%")
            }
        }
        details.append(modeName(state))
        if let message = state.message { details.append(message) }
        if let loading = state.loading { details.append("reading \(loading.done)/\(loading.total)…") }
        return (place, details)
    }

    private func percent(_ reading: ReadingView, _ document: ReadingDocument) -> Int {
        guard document.blocks.count > 1 else { return 100 }
        return min(100, reading.position.block * 100 / (document.blocks.count - 1))
    }

    private func modeName(_ state: AppState) -> String {
        if state.help != nil, case .reading = state.view { return "HELP" }
        switch state.view {
        case .compare(let compare):
            return "COMPARE · \(context.topicLabel(compare.topic)) · " + (compare.linked ? "linked" : "unlinked")
        case .map: return "MAP"
        case .picker: return "PICK"
        case .bookmarks(let view):
            let jump = state.keyMap.keyLabel(for: .open, in: view.keyContexts) + " jumps"
            let actions: [Action] = [.editNote, .deleteBookmark, .undoDelete, .startFilter, .reattachBookmark]
            return "BOOKMARKS · \(jump) · " + state.keyMap.hints(actions, in: view.keyContexts)
        case .librarySearch: return "SEARCH LIBRARY"
        case .reading: break
        }
        let focus = state.reading.focus.rawValue.uppercased()
        switch state.reading.highlight {
        case .off: return focus
        case .all: return focus + " · topics"
        case .only(let id): return focus + " · " + id
        }
    }
}
