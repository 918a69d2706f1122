import ScreenKit
import TractApp
import TractCore

/// The articles × topics map: words on each topic with a bar; the cursor cell is highlighted.
struct MapWidget {
    let context: RenderContext
    let map: MapState

    func draw(into screen: inout Screen) {
        let library = context.state.library
        let topics = library.topicSet.topics
        let table = TopicMap(library: library)
        let nameWidth = min(max(library.articles.map { DisplayWidth.of($0.title) }.max() ?? 10, 10), screen.width / 3)
        let cellWidth = max((screen.width - nameWidth - 2) / max(topics.count, 1), 4)
        screen.fill(Rect(x: 0, y: 0, width: screen.width, height: 1), style: context.theme.focusedPaneTitle)
        screen.put(" Topic map · words per topic · Enter opens · Enter on a topic compares its two richest articles",
                   x: 0, y: 0, style: context.theme.focusedPaneTitle)
        let headerY = 2
        for (column, topic) in topics.enumerated() {
            let x = nameWidth + 2 + column * cellWidth
            let selected = map.row == -1 && map.column == column
            let style = selected ? context.theme.selection : context.topicStyle(topic.id).style.merged(Style(bold: true))
            screen.put(topic.label, x: x, y: headerY, style: style, limit: cellWidth - 1)
        }
        for (row, article) in library.articles.enumerated() {
            let y = headerY + 1 + row
            guard y < screen.height - 1 else { break }
            screen.put(article.title, x: 1, y: y, style: map.row == row ? Style(bold: true) : .plain, limit: nameWidth)
            for column in topics.indices {
                let x = nameWidth + 2 + column * cellWidth
                let words = table.words[row][column]
                let barWidth = max(cellWidth - 6, 1)
                let text = words == 0 ? "·" : TopicMap.bar(words, max: table.maxWords[column], width: barWidth) + " \(words)"
                let selected = map.row == row && map.column == column
                let style = selected ? context.theme.selection : (words == 0 ? context.theme.dim : context.topicStyle(topics[column].id).style)
                screen.put(text, x: x, y: y, style: style, limit: cellWidth - 1)
            }
        }
    }
}
