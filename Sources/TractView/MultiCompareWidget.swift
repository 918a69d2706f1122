import ScreenKit
import TractApp
import TractCore

/// Three or four articles on one topic in columns: each column's title, its aligned rows (the topic's
/// bar beside passage rows, headings in the topic's colour, evidence words in bold colour, filler where
/// a column is done), the cursor column's first passage marked ▶.
struct MultiCompareWidget {
    let context: RenderContext
    let compare: MultiCompareView

    func draw(into screen: inout Screen) {
        let count = compare.articles.count
        let width = MultiCompareView.columnWidth(context.state.size, columns: count)
        let height = MultiCompareView.height(context.state.size)
        let look = context.topicStyle(compare.topic)
        let rows = compare.visibleRows(count: height)
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
                if onTopic {
                    let cursor = column == compare.column && !marked
                    marked = marked || cursor
                    screen.put(cursor ? "▶" : look.mark, x: x, y: y, style: look.style.merged(Style(bold: cursor)))
                }
                drawCell(cell, x: x + 2, y: y, width: width, look: look.style,
                         evidence: onTopic ? cell.passage.flatMap { evidence.words(of: $0) } ?? [] : [], into: &screen)
            }
            if column > 0 {
                for y in 0..<(height + 1) { screen.put("│", x: x - 1, y: y, style: context.theme.dim) }
            }
        }
    }

    private func drawCell(_ cell: CompareCell, x: Int, y: Int, width: Int, look: Style, evidence: [String], into screen: inout Screen) {
        switch cell.kind {
        case .filler: screen.put("·", x: x - 1, y: y, style: context.theme.dim)
        case .blank: break
        case .divider, .note: screen.put(cell.text, x: x, y: y, style: context.theme.dim, limit: width)
        case .context: screen.put(cell.text, x: x, y: y, style: look.merged(context.theme.heading), limit: width)
        case .text:
            screen.put(cell.text, x: x, y: y, limit: width)
            for span in WordSpans(cell.text) where evidence.contains(where: { span.word.hasPrefix($0) }) {
                screen.restyle(x: x + span.column, y: y, count: span.width) { $0 = look.merged(Style(bold: true)) }
            }
        }
    }
}
