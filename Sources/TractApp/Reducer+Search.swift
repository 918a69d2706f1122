import ScreenKit
import TractCore

extension AppState {
    /// Typing into the search prompt; Enter runs the search and jumps to the first hit below the top.
    mutating func editSearch(_ edit: Action.SearchEdit) {
        guard case .searchInput(var query) = mode else { return }
        switch edit {
        case .insert(let character):
            query.append(character)
            mode = .searchInput(query)
        case .deleteBackward:
            if query.isEmpty { mode = .normal } else { query.removeLast(); mode = .searchInput(query) }
        case .cancel:
            mode = .normal
        case .submit:
            mode = .normal
            guard let document, !query.isEmpty else { return }
            var state = SearchState(query: query, document: document)
            if !state.hits.isEmpty {
                state.current = state.hits.firstIndex { $0.block >= position.block } ?? 0
            }
            search = state
            if let current = state.current {
                rememberJump()
                show(hit: state.hits[current])
            }
            message = state.summary
        }
    }

    /// n / N: the next or previous hit, wrapping around the article.
    mutating func stepSearch(by step: Int) {
        guard var state = search else {
            message = "no search yet: press / to search"
            return
        }
        guard !state.hits.isEmpty else { message = state.summary; return }
        let count = state.hits.count
        state.current = ((state.current ?? -step) + step + count) % count
        search = state
        if let current = state.current { show(hit: state.hits[current]) }
        message = state.summary
    }

    /// Scrolls so the row holding the hit is near the top, with a little context above it.
    private mutating func show(hit: SearchState.Hit) {
        guard let document, let query = search?.query.lowercased() else { return }
        let width = articleText.width
        let rows = document.rows(of: hit.block, width: width)
        var seen = 0
        var hitRow = rows.first?.kind == .blank ? 1 : 0
        for (index, row) in rows.enumerated() {
            let here = SearchState.occurrences(of: query, in: row.text)
            if seen + here > hit.occurrence { hitRow = index; break }
            seen += here
        }
        let blockTop = Position(block: hit.block, row: hit.block > 0 ? 1 : 0)
        position = hitRow < articleText.height - 2 ? blockTop : document.moved(Position(block: hit.block, row: hitRow), by: -2, width: width)
        followSection()
    }
}
