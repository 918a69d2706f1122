import ScreenKit
import TractApp
import TractCore

/// The library list: each article's title, section count and a mark per topic it covers.
struct LibraryWidget {
    let context: RenderContext

    func draw(into screen: inout Screen, _ rect: Rect) {
        let state = context.state
        let articles = state.library.articles
        context.drawTitle("Library (\(articles.count))", pane: .library, into: &screen, rect)
        let height = rect.height - 1
        guard height > 0 else { return }
        if articles.isEmpty {
            screen.put(" no articles in this library", x: rect.x, y: rect.y + 1, style: context.theme.dim, limit: rect.width)
            return
        }
        let topics = state.library.topicSet.topics
        let markWidth = topics.count + 1
        let reading = state.reading
        ListWidget(list: reading.library, count: articles.count).draw(in: rect.splitTop(1).rest) { index, y, selected in
            let article = articles[index]
            let open = index == reading.openIndex
            let style = selected && reading.focus == .library ? context.theme.selection : (open ? Style(bold: true) : .plain)
            screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            let sections = "\(article.headingCount)"
            let textWidth = rect.width - markWidth - sections.count - 2
            screen.put((open ? "▸" : " ") + article.title, x: rect.x, y: y, style: style, limit: max(textWidth, 0))
            screen.put(sections, x: rect.x + rect.width - markWidth - sections.count - 1, y: y, style: style)
            let coverage = article.coverage
            for (number, topic) in topics.enumerated() where rect.width > markWidth + 4 {
                let covered = coverage.words(on: topic.id) > 0
                let look = context.topicStyle(topic.id)
                screen.put(covered ? look.mark : "·", x: rect.x + rect.width - markWidth + number, y: y,
                           style: covered ? look.style : context.theme.dim)
            }
        }
    }
}
