import Foundation
import TractCore

extension ReadingView {
    /// Enter in the search prompt: every hit of `query`, the first at or below the top shown.
    mutating func runSearch(_ query: String, context: ViewContext) -> [Command] {
        guard let document, !query.isEmpty else { return [] }
        var state = SearchState(query: query, document: document)
        if !state.hits.isEmpty {
            state.current = state.hits.firstIndex { $0.block >= position.block } ?? 0
        }
        search = state
        if let current = state.current {
            rememberJump()
            show(hit: state.hits[current], context: context)
        }
        return [.say(state.summary)]
    }

    /// n / N: the next or previous hit, wrapping around the article.
    mutating func stepSearch(by step: Int, context: ViewContext) -> [Command] {
        guard var state = search else {
            return [.say("no search yet: press \(context.keyMap.keyName(for: .startSearch, in: keyContexts)) to search")]
        }
        guard !state.hits.isEmpty else { return [.say(state.summary)] }
        let count = state.hits.count
        state.current = ((state.current ?? -step) + step + count) % count
        search = state
        if let current = state.current { show(hit: state.hits[current], context: context) }
        return [.say(state.summary)]
    }

    /// Scrolls so the row holding the hit is near the top, with a little context above it.
    private mutating func show(hit: SearchState.Hit, context: ViewContext) {
        guard let document, let query = search?.query.lowercased() else { return }
        let text = Self.articleText(context)
        let rows = document.rows(of: hit.block, width: text.width)
        var seen = 0
        var hitRow = rows.first?.kind == .blank ? 1 : 0
        for (index, row) in rows.enumerated() {
            let here = SearchState.occurrences(of: query, in: row.text)
            if seen + here > hit.occurrence { hitRow = index; break }
            seen += here
        }
        let target = hitRow < text.height - 2
            ? Self.top(ofBlock: hit.block)
            : document.moved(Position(block: hit.block, row: hitRow), by: -2, width: text.width)
        go(to: target, context: context)
    }

    /// After opening a library-search hit: the query's words highlighted, the hit at `block` current.
    mutating func highlightHits(of query: String, from block: Int, in document: ReadingDocument) -> [Command] {
        var inArticle = SearchState(query: Self.highlightText(of: query), document: document)
        inArticle.current = inArticle.hits.firstIndex { $0.block >= block }
        search = inArticle.hits.isEmpty ? nil : inArticle
        return inArticle.hits.isEmpty ? [] : [.say(inArticle.summary)]
    }

    /// What to highlight in the article for a library query: its phrase, or its first plain word.
    static func highlightText(of query: String) -> String {
        if let open = query.firstIndex(of: "\""), let close = query[query.index(after: open)...].firstIndex(of: "\"") {
            return String(query[query.index(after: open)..<close])
        }
        let operators: Set<String> = ["AND", "OR", "NOT", "NEAR"]
        let word = query.split(separator: " ").first { !operators.contains(String($0)) } ?? ""
        return word.trimmingCharacters(in: CharacterSet(charactersIn: "*\"()"))
    }
}
