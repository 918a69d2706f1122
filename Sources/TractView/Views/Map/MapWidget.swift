import ScreenKit
import TractApp
import TractCore

/// The articles × topics map: words on each topic with a bar; the cursor cell is highlighted. The
/// article rows scroll under the fixed topic headers.
struct MapWidget {
    let context: RenderContext
    let map: MapView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let library = context.shared.library
        let topics = library.topicSet.topics
        let table = TopicMap(library: library)
        let nameWidth = min(max(map.names.map { DisplayWidth.of($0) }.max() ?? 10, 10), rect.width / 3)
        let cellWidth = max((rect.width - nameWidth - 2) / max(topics.count, 1), 4)
        let open = context.shared.keyMap.keyLabel(for: .open, in: map.keyContexts)
        let compare = context.shared.keyMap.keyLabel(for: .startCompare, in: map.keyContexts)
        context.drawViewTitle(" Topic map · words per topic · \(open) opens · on a topic: \(open) digest, "
                              + "\(compare) compares the richest two", into: &screen, rect)
        let headerY = rect.y + MapView.firstArticleRow - 1
        for (column, topic) in topics.enumerated() {
            let x = rect.x + nameWidth + 2 + column * cellWidth
            let selected = map.onHeader && map.column == column
            let style = selected ? context.theme.selection : context.topicStyle(topic.id).style.merged(Style(bold: true))
            screen.put(topic.label, x: x, y: headerY, style: style, limit: cellWidth - 1)
        }
        let rows = Rect(x: rect.x, y: rect.y + MapView.firstArticleRow, width: rect.width, height: MapView.listHeight(size: context.shared.size))
        ListWidget(list: map.articles, count: library.articles.count).draw(in: rows) { row, y, _ in
            screen.put(map.names[row], x: rect.x + 1, y: y, style: map.row == row ? Style(bold: true) : .plain, limit: nameWidth)
            for column in topics.indices {
                let x = rect.x + nameWidth + 2 + column * cellWidth
                let words = table.words[row][column]
                let text = Self.cell(words, max: table.maxWords[column], width: cellWidth - 1)
                let selected = map.row == row && map.column == column
                let style = selected ? context.theme.selection : (words == 0 ? context.theme.dim : context.topicStyle(topics[column].id).style)
                screen.put(text, x: x, y: y, style: style, limit: cellWidth - 1)
            }
        }
    }

    /// A cell's bar and count in `width` columns: the bar gives way first, then the count shows as
    /// "…" — a figure is never cut.
    static func cell(_ words: Int, max: Int, width: Int) -> String {
        guard words > 0 else { return "·" }
        let count = "\(words)"
        let bar = min(Swift.max(width - 5, 1), width - count.count - 1)
        if bar >= 1 { return TopicMap.bar(words, max: max, width: bar) + " " + count }
        return width >= count.count ? count : "…"
    }
}

extension MapView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        MapWidget(context: context, map: self).draw(into: &screen, rect)
    }
}
