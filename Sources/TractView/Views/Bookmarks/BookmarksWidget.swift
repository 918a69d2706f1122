import ScreenKit
import TractApp
import TractCore

/// The bookmarks list, newest first: article › section, topic, state, the quote's first line (cut at a
/// word, with how many paragraphs more it spans) and the note.
struct BookmarksWidget {
    let context: RenderContext
    let view: BookmarksView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let shared = context.shared
        let items = view.shown(shared)
        let title = view.filter.text.isEmpty ? " Bookmarks (\(shared.bookmarks.count))" : " Bookmarks (\(items.count) of \(shared.bookmarks.count))"
        context.drawViewTitle(title, into: &screen, rect)
        let top = view.firstRow
        if top > 1 {
            screen.put(" filter: " + (view.filtering ? view.filter.withCaret : view.filter.text), x: rect.x, y: rect.y + 1)
        }
        guard !items.isEmpty else {
            let mark = shared.keyMap.keyName(for: .bookmark, in: [.article, .global])
            let hint = shared.bookmarks.isEmpty ? "no bookmarks yet: in an article, \(mark) bookmarks the paragraph at the cursor"
                : "no bookmark matches"
            screen.put("  " + hint, x: rect.x, y: rect.y + top + 1, style: context.theme.dim)
            return
        }
        let rows = Rect(x: rect.x, y: rect.y + top, width: rect.width, height: rect.height - top)
        ListWidget(list: view.list, count: items.count, rowHeight: BookmarksView.rowsPerItem).draw(in: rows) { index, y, selected in
            let item = items[index]
            let style = selected ? context.theme.selection : Style(bold: true)
            screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: selected ? style : .plain)
            let article = item.article.map { shared.library.articles[$0].title } ?? ArticlePath.stem(of: item.bookmark.path)
            var head = " ★ \(article) › \(item.bookmark.section ?? "(opening)")"
            if let index = item.article, !shared.library.articles[index].isComplete {
                head += "  [reading…]"
            } else if item.anchor == .unplaced {
                head += "  [not placed yet]"
            } else if item.isOrphan {
                head += item.article == nil ? "  [article not in library]" : "  [orphan]"
            }
            let used = rect.x + screen.put(head, x: rect.x, y: y, style: style, limit: rect.width)
            if let topic = item.bookmark.topic {
                screen.put(" " + topic, x: used, y: y, style: selected ? style : context.topicStyle(topic).style)
            }
            // The quote cut at a word with "…", and how far it runs when it spans several paragraphs.
            let extent = item.bookmark.extent.map { "  (\($0))" } ?? ""
            let room = rect.width - 5 - DisplayWidth.of(extent)
            let quote = "   “" + TextWrapper.truncateAtWord(item.bookmark.firstLine, width: max(room, 8)) + "”"
            let end = rect.x + screen.put(quote, x: rect.x, y: y + 1, limit: rect.width)
            screen.put(extent, x: end, y: y + 1, style: context.theme.dim, limit: max(rect.x + rect.width - end, 0))
            if !item.bookmark.note.isEmpty {
                screen.put("   note: " + item.bookmark.note, x: rect.x, y: y + 2, style: context.theme.dim, limit: rect.width)
            }
        }
    }
}

extension BookmarksView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        BookmarksWidget(context: context, view: self).draw(into: &screen, rect)
    }
}
