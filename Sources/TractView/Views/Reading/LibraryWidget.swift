import ScreenKit
import TractApp
import TractCore

/// The library list: each article as "Author Year · Title" (the title alone when neither is known), how
/// far it has been read (blank until it is opened) and a mark per topic it covers, under a header
/// naming the two columns.
struct LibraryWidget {
    let context: RenderContext
    let reading: ReadingView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let shared = context.shared
        let articles = shared.library.articles
        let focused = reading.focus == .library
        context.drawTitle("Library (\(articles.count))", focused: focused, into: &screen, rect)
        let height = rect.height - 1
        guard height > 0 else { return }
        if articles.isEmpty {
            screen.put(" no articles in this library", x: rect.x, y: rect.y + 1, style: context.theme.dim, limit: rect.width)
            return
        }
        let topics = shared.library.topicSet.topics
        // A narrow sidebar gives its room to the titles: the table and the outline show the topics.
        let markWidth = rect.width >= 30 ? topics.count + 1 : 0
        let readRight = rect.x + rect.width - markWidth - 1
        // The header sits in the title row, over its columns, where the title leaves room.
        let titleStyle = focused ? context.theme.focusedPaneTitle : context.theme.paneTitle
        if rect.width >= DisplayWidth.of(" Library (\(articles.count))") + markWidth + 6 {
            screen.put("read", x: readRight - 4, y: rect.y, style: titleStyle)
            if markWidth > 0 { screen.put(String("topics".prefix(topics.count)), x: readRight + 1, y: rect.y, style: titleStyle) }
        }
        ListWidget(list: reading.library, count: articles.count).draw(in: rect.splitTop(1).rest) { row, y, selected in
            let index = reading.order.index(atRow: row)
            let article = articles[index]
            let open = index == reading.openIndex
            let style = selected && focused ? context.theme.selection : (open ? Style(bold: true) : .plain)
            screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            let read = reading.progress(of: index, context: shared).map { "\($0)%" } ?? ""
            drawName(of: index, into: &screen, x: rect.x, y: y, width: readRight - 5 - rect.x, style: style, selected: selected)
            screen.put(read, x: readRight - DisplayWidth.of(read), y: y, style: style)
            let coverage = article.coverage
            for (number, topic) in topics.enumerated() where markWidth > 0 {
                let covered = coverage.words(on: topic.id) > 0
                let look = context.topicStyle(topic.id)
                screen.put(covered ? look.mark : "·", x: readRight + 1 + number, y: y, style: covered ? look.style : context.theme.dim)
            }
        }
    }

    /// The row's mark (▸ open, ✗ unreadable and dimmed: opening it says why), "Author Year · " where
    /// there is room, and the title, in `width` columns.
    private func drawName(of index: Int, into screen: inout Screen, x start: Int, y: Int, width: Int, style: Style, selected: Bool) {
        let article = context.shared.library.articles[index]
        let failed = context.shared.unreadable[index] != nil
        let mark = index == reading.openIndex ? "▸" : failed ? "✗" : " "
        let titleStyle = failed && !selected ? style.merged(context.theme.dim) : style
        var x = start + screen.put(mark, x: start, y: y, style: titleStyle, limit: max(width, 0))
        // Authors where the title keeps room beside a usual "Surname 2019 · " (every row alike): more
        // of it, unless the list is sorted by them.
        let sortedByAuthor = [.author, .year].contains(reading.order.sort)
        if width - 1 - 16 >= (sortedByAuthor ? 6 : 10), let by = article.shortAuthorYear.map({ $0 + " · " }) {
            let highlighted = selected && reading.focus == .library
            x += screen.put(by, x: x, y: y, style: highlighted ? style : style.merged(context.theme.dim), limit: start + width - x)
        }
        screen.put(TextWrapper.truncate(article.title, width: max(start + width - x, 1)), x: x, y: y, style: titleStyle,
                   limit: max(start + width - x, 0))
    }
}
