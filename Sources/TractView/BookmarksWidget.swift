import ScreenKit
import TractApp
import TractCore

/// The bookmarks list, newest first: article › section, topic, state, the quote's first line and the note.
struct BookmarksWidget {
    let context: RenderContext
    let view: BookmarksView

    func draw(into screen: inout Screen) {
        let state = context.state
        let items = view.shown(state.context)
        let title = view.filter.text.isEmpty ? " Bookmarks (\(state.bookmarks.count))" : " Bookmarks (\(items.count) of \(state.bookmarks.count))"
        context.drawViewTitle(title, into: &screen)
        let top = view.firstRow
        if top > 1 {
            screen.put(" filter: " + (view.filtering ? view.filter.withCaret : view.filter.text), x: 0, y: 1)
        }
        guard !items.isEmpty else {
            let mark = state.keyMap.keyName(for: .bookmark, in: [.article, .global])
            let hint = state.bookmarks.isEmpty ? "no bookmarks yet: in an article, \(mark) bookmarks the paragraph at the cursor"
                : "no bookmark matches"
            screen.put("  " + hint, x: 0, y: top + 1, style: context.theme.dim)
            return
        }
        let rows = Rect(x: 0, y: top, width: screen.width, height: screen.height - 1 - top)
        ListWidget(list: view.list, count: items.count, rowHeight: BookmarksView.rowsPerItem).draw(in: rows) { index, y, selected in
            let item = items[index]
            let style = selected ? context.theme.selection : Style(bold: true)
            screen.fill(Rect(x: 0, y: y, width: screen.width, height: 1), style: selected ? style : .plain)
            let article = item.article.map { state.library.articles[$0].title } ?? ArticlePath.stem(of: item.bookmark.path)
            var head = " ★ \(article) › \(item.bookmark.section ?? "(opening)")"
            if let index = item.article, !state.library.articles[index].isComplete {
                head += "  [reading…]"
            } else if item.isOrphan {
                head += item.article == nil ? "  [article not in library]" : "  [orphan]"
            }
            let used = screen.put(head, x: 0, y: y, style: style)
            if let topic = item.bookmark.topic {
                screen.put(" " + topic, x: used, y: y, style: selected ? style : context.topicStyle(topic).style)
            }
            screen.put("   “" + item.bookmark.firstLine + "”", x: 0, y: y + 1, limit: screen.width)
            if !item.bookmark.note.isEmpty {
                screen.put("   note: " + item.bookmark.note, x: 0, y: y + 2, style: context.theme.dim, limit: screen.width)
            }
        }
    }
}
