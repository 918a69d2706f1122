import ScreenKit
import TractApp
import TractCore

/// The article pane before any article is open: the library as a table — title, author and year
/// when known, sections, and the words each article has on each topic as one bar per topic — then
/// the topics' legend and the keys that matter, so a first start explains itself.
struct LibraryTableWidget {
    let context: RenderContext
    let reading: ReadingView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let library = context.shared.library
        let sorted = reading.order.sort == .name ? "" : " · by \(reading.order.sort.label)"
        context.drawTitle("Library · \(library.articles.count) article\(library.articles.count == 1 ? "" : "s")" + sorted,
                          focused: reading.focus == .article, into: &screen, rect)
        let body = Rect(x: rect.x + 1, y: rect.y + 2, width: max(rect.width - 2, 1), height: max(rect.height - 2, 0))
        guard !library.articles.isEmpty else { return drawEmpty(into: &screen, body) }
        // The legend and keys right under the table, or at the bottom when the table fills the pane.
        let footer = footerLines(width: body.width)
        let tableHeight = min(library.articles.count + 1, max(body.height - footer.count - 1, min(body.height, 3)))
        // Not wider than a long title needs: on a wide terminal the bars stay near the titles.
        drawTable(into: &screen, Rect(x: body.x, y: body.y, width: min(body.width, 110), height: tableHeight))
        var y = body.y + tableHeight + 1
        for line in footer where y < body.y + body.height {
            line.draw(&screen, body.x, y, body.width)
            y += 1
        }
    }

    /// The columns: title takes what the others leave.
    private struct Columns {
        var byline: Int
        var sections = 8
        var topics: Int

        func title(in width: Int) -> Int { max(width - byline - sections - topics - 2, 8) }
    }

    /// The columns for the rows on screen, from their bylines (`bylines`, read once a frame for the rows
    /// shown only, as a library of thousands draws this on every frame until an article is opened).
    private func columns(width: Int, bylines: [String?]) -> Columns {
        let longest = bylines.compactMap { $0.map(DisplayWidth.of) }.max() ?? 0
        let byline = longest == 0 || width < 50 ? 0 : min(max(longest, 12), 22) + 2
        return Columns(byline: byline, topics: context.shared.library.topicSet.topics.count * 2)
    }

    private func drawTable(into screen: inout Screen, _ rect: Rect) {
        let articles = context.shared.library.articles
        let topics = context.shared.library.topicSet.topics
        let rows = rect.height - 1
        let selected = reading.library.selection
        let first = rows > 0 ? max(0, min(selected - rows + 1, articles.count - rows)) : 0
        let shown = first..<min(articles.count, first + max(rows, 0))
        let bylines = shown.map { articles[reading.order.index(atRow: $0)].authorYear }
        let columns = columns(width: rect.width, bylines: bylines)
        let titleWidth = columns.title(in: rect.width)
        let right = rect.x + rect.width - columns.topics
        let header = context.theme.dim.merged(Style(bold: true))
        screen.put("Title", x: rect.x, y: rect.y, style: header)
        if columns.byline > 0 { screen.put("Author, year", x: rect.x + titleWidth + 1, y: rect.y, style: header) }
        screen.put("Sections", x: right - columns.sections - 1, y: rect.y, style: header, limit: columns.sections)
        for (number, topic) in topics.enumerated() {
            screen.put("\(number + 1)", x: right + number * 2, y: rect.y, style: context.topicStyle(topic.id).style.merged(Style(bold: true)))
        }
        let most = TopicCoverage.most(topics.map(\.id), in: articles)
        for (slot, row) in shown.enumerated() {
            let y = rect.y + 1 + slot
            let article = articles[reading.order.index(atRow: row)]
            let style = row == selected && reading.focus == .library ? context.theme.selection : Style.plain
            screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            screen.put(TextWrapper.truncate(article.title, width: titleWidth), x: rect.x, y: y, style: style, limit: titleWidth)
            if columns.byline > 0, let by = bylines[slot] {
                screen.put(TextWrapper.truncate(by, width: columns.byline - 2), x: rect.x + titleWidth + 1, y: y, style: style)
            }
            let count = "\(article.headingCount)"
            screen.put(count, x: right - 2 - DisplayWidth.of(count), y: y, style: style)
            for (number, topic) in topics.enumerated() {
                let words = article.coverage.words(on: topic.id)
                let bar = TopicMap.level(words, max: most[number])
                screen.put(bar, x: right + number * 2, y: y, style: words == 0 ? context.theme.dim : context.topicStyle(topic.id).style)
            }
        }
    }

    /// A line of the footer: pieces of text, each in its style.
    private struct FooterLine {
        var pieces: [(String, Style)] = []

        func draw(_ screen: inout Screen, _ x: Int, _ y: Int, _ width: Int) {
            var at = x
            for (text, style) in pieces where at < x + width {
                at += screen.put(text, x: at, y: y, style: style, limit: x + width - at)
            }
        }

        var width: Int { pieces.reduce(0) { $0 + DisplayWidth.of($1.0) } }
    }

    /// The legend (each topic's number, mark and name, in its style) and the keys that matter, wrapped
    /// to `width` at whole items.
    private func footerLines(width: Int) -> [FooterLine] {
        let topics = context.shared.library.topicSet.topics
        let legend = topics.enumerated().map { number, topic -> [(String, Style)] in
            let look = context.topicStyle(topic.id)
            return [("\(number + 1) ", context.theme.dim), (look.mark, look.style), (context.topicLabel(topic.id), look.style), ("   ", .plain)]
        }
        let keyMap = context.shared.keyMap
        let chain: [KeyContext] = [.library, .global]
        let keys = [Action.open, .startCompare, .showMap, .showDigest, .startLibrarySearch, .toggleHelp, .quit].compactMap {
            keyMap.hint($0, in: chain)
        }.map { [($0, Style.plain), ("   ", Style.plain)] }
        return wrap([[("Topics  ", context.theme.dim)]] + legend, width: width) + wrap([[("Keys    ", context.theme.dim)]] + keys, width: width)
    }

    private func wrap(_ items: [[(String, Style)]], width: Int) -> [FooterLine] {
        var lines = [FooterLine()]
        for item in items {
            let itemWidth = item.reduce(0) { $0 + DisplayWidth.of($1.0) }
            if lines[lines.count - 1].width + itemWidth > width + 3, !lines[lines.count - 1].pieces.isEmpty {
                lines.append(FooterLine(pieces: [("        ", .plain)]))
            }
            lines[lines.count - 1].pieces += item
        }
        return lines
    }

    /// An empty library: what Tract reads and where it looked.
    private func drawEmpty(into screen: inout Screen, _ rect: Rect) {
        let place = context.shared.library.root.map { " in " + Sanitizer.clean($0) } ?? ""
        let text = "No articles\(place). Tract reads .txt, .md, .html, .pdf and .epub files; open a folder of them with `tract FOLDER`."
        for (offset, line) in TextWrapper.wrap(text, width: rect.width).enumerated() where offset < rect.height {
            screen.put(line, x: rect.x, y: rect.y + offset, style: context.theme.dim)
        }
    }
}
