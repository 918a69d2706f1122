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
        var line = StatusFit(parts: placeAndDetails(state), keys: state.keyMap, chain: state.keyContexts)
        line.fit(width: rect.width)
        let used = screen.put(line.left, x: rect.x, y: rect.y, style: style, limit: rect.width)
        let hintsWidth = DisplayWidth.of(line.hints)
        if used + hintsWidth <= rect.width {
            screen.put(line.hints, x: rect.x + rect.width - hintsWidth, y: rect.y, style: style)
        }
    }

    /// The prompt line while one of the reading view's or the bookmarks view's prompts is open.
    private func promptText(_ state: AppState) -> String? {
        let keys = state.keyMap
        let newNote = { (editor: LineEditor) in
            "note (\(keys.keyLabel(for: .edit(.submit), in: [.prompt])) saves, \(keys.keyLabel(for: .edit(.cancel), in: [.prompt])) cancels): "
                + editor.withCaret
        }
        switch state.view {
        case .bookmarks(let view): return view.note.map { "edit note: " + $0.editor.withCaret }
        case .compare(let compare): return compare.note.map { newNote($0.editor) }
        case .reading: break
        default: return nil
        }
        switch state.reading.prompt {
        case .search(let search)?: return "/" + search.editor.withCaret
        case .note(let note)?: return newNote(note.editor)
        case nil: return nil
        }
    }

    /// Where the reader is, and the details after it: position, mode, message, loading progress.
    private func placeAndDetails(_ state: AppState) -> StatusFit.Parts {
        var place = "Tract · \(state.library.articles.count) articles"
        var position: String?
        switch state.view {
        case .compare(let compare):
            place = ""  // the column titles name both articles
            let layout = compare.layout
            let end = RowMath.end(height: CompareView.height(state.size), blocks: layout.groups.count) { layout.rows(of: $0).count }
            position = Self.percent(compare.positions[compare.side], end: end, blocks: layout.groups.count)
        case .map:
            place = "Topic map"
        case .librarySearch(let search):
            let count = search.hits.count == 1 ? "1 hit" : "\(search.hits.count) hits"
            place = search.query.text.isEmpty ? "Library search" : "\(count) for '\(search.query.text)'"
        case .bookmarks:
            place = "Bookmarks · \(state.bookmarks.count)"
        case .compareMany(let compare):
            place = ""  // the column titles name the articles
            let layout = compare.layout
            let end = RowMath.end(height: MultiCompareView.height(state.size), blocks: layout.groups.count) { layout.rows(of: $0).count }
            position = Self.percent(compare.position, end: end, blocks: layout.groups.count)
        case .digest(let digest):
            place = "Digest"
            let blocks = digest.blocks(state.context)
            position = Self.percent(digest.top, end: digest.endPosition(blocks, context: state.context), blocks: blocks.count)
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
                let text = state.reading.textSize(state.context)
                position = Self.percent(state.reading.position, end: document.endPosition(height: text.height, width: text.width),
                                        blocks: document.blocks.count)
            }
        }
        // A big open article shows its outline before its topics: say that they are on their way.
        let labelling = state.reading.document?.article.topicsPending == true
        let loading = state.loading.flatMap { $0.quiet ? nil : labelling ? "finding topics…" : "reading \($0.done)/\($0.total)…" }
        let changed = state.reading.changedOnDisk && state.view == .reading
            ? " · changed on disk: \(state.keyMap.keyName(for: .reload, in: state.reading.keyContexts)) reloads" : ""
        return StatusFit.Parts(place: place, position: position, mode: modeName(state) + changed, message: state.message, loading: loading)
    }

    /// "0%" at the top, "END" when the last row is on screen, else how far down the top block is (1–99 %).
    static func percent(_ position: Position, end: Position, blocks: Int) -> String {
        if position >= end { return "END" }
        if position == Position() { return "0%" }
        return "\(max(1, min(99, position.block * 100 / max(end.block, 1))))%"
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
        case .compareMany(let compare): return "COMPARE \(compare.articles.count) · \(context.topicLabel(compare.topic))"
        case .digest(let digest): return "DIGEST · " + context.topicLabel(digest.digest.topic) + (digest.point.map { " · '\($0)'" } ?? "")
        case .reading: break
        }
        let focus = state.reading.focus.rawValue.uppercased() + (state.reading.wraps ? "" : " · no wrap")
        switch state.reading.highlight {
        case .off: return focus
        case .all: return focus + " · topics"
        case .only(let id): return focus + " · " + id
        }
    }
}
