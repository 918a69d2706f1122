import ScreenKit
import TractApp
import TractCore

/// Three or four articles on one topic in columns: each column's title and its aligned rows, drawn as
/// two-way compare draws them; the cursor column's first passage marked ▶.
struct MultiCompareWidget {
    let context: RenderContext
    let compare: MultiCompareView

    func draw(into screen: inout Screen) {
        let count = compare.articles.count
        let width = MultiCompareView.columnWidth(context.state.size, columns: count)
        let height = MultiCompareView.height(context.state.size)
        let look = context.topicStyle(compare.topic)
        let rows = compare.visibleRows(count: height)
        let painter = CompareCellPainter(context: context)
        for column in 0..<count {
            let x = column * (width + 3)
            let side = compare.layout.sides[column]
            let style = column == compare.column ? context.theme.focusedPaneTitle : context.theme.paneTitle
            screen.fill(Rect(x: x, y: 0, width: width + 2, height: 1), style: style)
            screen.put(TextWrapper.truncate(" \(side.article.title) · \(context.topicLabel(compare.topic))", width: width + 2),
                       x: x, y: 0, style: style)
            var evidence = EvidenceWords(side: side)
            var marked = false
            for (row, item) in rows.enumerated() {
                let cell = item.0[column]
                let y = row + 1
                let onTopic = cell.passage != nil && !side.passages.isEmpty && cell.kind != .blank
                let cursor = onTopic && column == compare.column && !marked
                marked = marked || cursor
                let words = onTopic ? cell.passage.flatMap { evidence.words(of: $0) } ?? [] : []
                painter.draw(cell, at: (x, y), width: width, look: look, mark: onTopic ? (cursor ? "▶" : look.mark) : nil,
                             words: (words, []), into: &screen)
            }
            if column > 0 {
                for y in 0..<(height + 1) { screen.put("│", x: x - 1, y: y, style: context.theme.dim) }
            }
        }
    }
}
