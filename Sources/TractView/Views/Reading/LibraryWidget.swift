import ScreenKit
import TractApp
import TractCore

/// The library list: each article's title, how far it has been read and how many bookmarks it has
/// (else its section count), and a mark per topic it covers.
struct LibraryWidget {
    let context: RenderContext
    let reading: ReadingView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let shared = context.shared
        let articles = shared.library.articles
        context.drawTitle("Library (\(articles.count))", focused: reading.focus == .library, into: &screen, rect)
        let height = rect.height - 1
        guard height > 0 else { return }
        if articles.isEmpty {
            screen.put(" no articles in this library", x: rect.x, y: rect.y + 1, style: context.theme.dim, limit: rect.width)
            return
        }
        let topics = shared.library.topicSet.topics
        let markWidth = topics.count + 1
        var bookmarks: [Int: Int] = [:]
        for item in shared.bookmarks { if let article = item.article { bookmarks[article, default: 0] += 1 } }
        ListWidget(list: reading.library, count: articles.count).draw(in: rect.splitTop(1).rest) { index, y, selected in
            let article = articles[index]
            let open = index == reading.openIndex
            let style = selected && reading.focus == .library ? context.theme.selection : (open ? Style(bold: true) : .plain)
            screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            let marks = [bookmarks[index].map { "★\($0)" }, reading.progress(of: index, in: shared.library).map { "\($0)%" }]
            let info = marks.contains { $0 != nil } ? marks.compactMap { $0 }.joined(separator: " ") : "\(article.headingCount)"
            let textWidth = rect.width - markWidth - DisplayWidth.of(info) - 2
            let title = TextWrapper.truncate((open ? "▸" : " ") + article.title, width: max(textWidth, 1))
            screen.put(title, x: rect.x, y: y, style: style, limit: max(textWidth, 0))
            screen.put(info, x: rect.x + rect.width - markWidth - DisplayWidth.of(info) - 1, y: y, style: style)
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
