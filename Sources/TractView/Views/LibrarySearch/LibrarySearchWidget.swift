import ScreenKit
import TractApp
import TractCore

/// Library search: the query line, the topic it is narrowed to, and ranked hits with highlighted snippets.
struct LibrarySearchWidget {
    let context: RenderContext
    let search: LibrarySearchView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let keys = context.shared.keyMap
        let hints = [keys.hint(.cycleSearchTopic(1), in: search.keyContexts), keys.hint(.edit(.submit), in: search.keyContexts),
                     keys.keyLabel(for: .edit(.cancel), in: search.keyContexts) + " closes"]
        context.drawViewTitle(" Search the library · type to search · " + hints.compactMap { $0 }.joined(separator: " · "), into: &screen, rect)
        let topic = search.topic.map { "on " + context.topicLabel($0) } ?? "all topics"
        var used = rect.x + screen.put(" search: ", x: rect.x, y: rect.y + 1, style: Style(bold: true), limit: rect.width)
        // The last query offered again is shown selected: typing replaces it.
        let line = search.query.isSelected ? search.query.text : search.query.withCaret
        used += screen.put(line, x: used, y: rect.y + 1, style: search.query.isSelected ? context.theme.selection : Style(bold: true),
                           limit: max(rect.x + rect.width - used, 0))
        screen.put("  [\(topic)]", x: used, y: rect.y + 1, style: search.topic.map { context.topicStyle($0).style } ?? context.theme.dim)
        guard !search.hits.isEmpty else {
            let hint = search.indexing.map { "indexing the library for search: \($0.done) of \($0.total) articles read…" }
                ?? (search.query.text.isEmpty ? "words, \"a phrase\", prefix*, OR, NOT" : search.searching ? "searching…" : "no hits")
            screen.put("  " + hint, x: rect.x, y: rect.y + 3, style: context.theme.dim, limit: rect.width)
            return
        }
        let rows = Rect(x: rect.x, y: rect.y + LibrarySearchView.firstRow, width: rect.width, height: rect.height - LibrarySearchView.firstRow)
        ListWidget(list: search.list, count: search.hits.count, rowHeight: LibrarySearchView.rowsPerHit).draw(in: rows) { index, y, selected in
            let hit = search.hits[index]
            let style = selected ? context.theme.selection : Style(bold: true)
            if selected { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style) }
            let head = " \(index + 1). \(hit.title) › \(hit.section ?? "(opening)") · line \(hit.line)"
            var x = rect.x + screen.put(head, x: rect.x, y: y, style: style, limit: rect.width)
            for topic in hit.topics where x < rect.x + rect.width - 2 {
                x += screen.put(" " + topic, x: x, y: y, style: selected ? style : context.topicStyle(topic).style)
            }
            drawSnippet(hit, at: (rect.x + 4, y + 1), end: rect.x + rect.width, into: &screen)
        }
    }

    /// The snippet with its hits in the search-hit style.
    private func drawSnippet(_ hit: SearchHit, at start: (x: Int, y: Int), end: Int, into screen: inout Screen) {
        let characters = Array(hit.snippet)
        var x = start.x
        for (offset, character) in characters.enumerated() where x < end {
            let inHit = hit.highlights.contains { offset >= $0[0] && offset < $0[1] }
            x += screen.put(String(character), x: x, y: start.y, style: inHit ? context.theme.searchHit : .plain)
        }
    }
}

extension LibrarySearchView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        LibrarySearchWidget(context: context, search: self).draw(into: &screen, rect)
    }
}
