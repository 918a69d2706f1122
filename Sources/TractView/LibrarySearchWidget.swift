import ScreenKit
import TractApp
import TractCore

/// Library search: the query line, the topic it is narrowed to, and ranked hits with highlighted snippets.
struct LibrarySearchWidget {
    let context: RenderContext
    let search: LibrarySearchView

    func draw(into screen: inout Screen) {
        let keys = context.state.keyMap
        let hints = [keys.hint(.cycleSearchTopic, in: search.keyContexts), keys.hint(.edit(.submit), in: search.keyContexts),
                     keys.keyLabel(for: .edit(.cancel), in: search.keyContexts) + " closes"]
        context.drawViewTitle(" Search the library · type to search · " + hints.compactMap { $0 }.joined(separator: " · "), into: &screen)
        let topic = search.topic.map { "on " + context.topicLabel($0) } ?? "all topics"
        let used = screen.put(" search: " + search.query.withCaret, x: 0, y: 1, style: Style(bold: true))
        screen.put("  [\(topic)]", x: used, y: 1, style: search.topic.map { context.topicStyle($0).style } ?? context.theme.dim)
        guard !search.hits.isEmpty else {
            let hint = search.indexing.map { "indexing the library for search: \($0.done) of \($0.total) articles read…" }
                ?? (search.query.text.isEmpty ? "words, \"a phrase\", prefix*, OR, NOT" : search.searching ? "searching…" : "no hits")
            screen.put("  " + hint, x: 0, y: 3, style: context.theme.dim)
            return
        }
        let rows = Rect(x: 0, y: LibrarySearchView.firstRow, width: screen.width, height: screen.height - 1 - LibrarySearchView.firstRow)
        ListWidget(list: search.list, count: search.hits.count, rowHeight: LibrarySearchView.rowsPerHit).draw(in: rows) { index, y, selected in
            let hit = search.hits[index]
            let style = selected ? context.theme.selection : Style(bold: true)
            if selected { screen.fill(Rect(x: 0, y: y, width: screen.width, height: 1), style: style) }
            let head = " \(index + 1). \(hit.title) › \(hit.section ?? "(opening)") · line \(hit.line)"
            var x = screen.put(head, x: 0, y: y, style: style)
            for topic in hit.topics where x < screen.width - 2 {
                x += screen.put(" " + topic, x: x, y: y, style: selected ? style : context.topicStyle(topic).style)
            }
            drawSnippet(hit, y: y + 1, into: &screen)
        }
    }

    /// The snippet with its hits in the search-hit style.
    private func drawSnippet(_ hit: SearchHit, y: Int, into screen: inout Screen) {
        let characters = Array(hit.snippet)
        var x = 4
        for (offset, character) in characters.enumerated() where x < screen.width {
            let inHit = hit.highlights.contains { offset >= $0[0] && offset < $0[1] }
            x += screen.put(String(character), x: x, y: y, style: inHit ? context.theme.searchHit : .plain)
        }
    }
}
