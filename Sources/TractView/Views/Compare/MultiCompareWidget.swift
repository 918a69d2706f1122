import ScreenKit
import TractApp
import TractCore

/// Three or four articles on one topic in columns: each column's title and its aligned rows, drawn as
/// two-way compare draws them; the cursor column's first passage marked ▶.
struct MultiCompareWidget {
    let context: RenderContext
    let compare: MultiCompareView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let count = compare.articles.count
        let width = MultiCompareView.columnWidth(context.shared.size, columns: count)
        let height = MultiCompareView.height(context.shared.size)
        let look = context.topicStyle(compare.topic)
        let rows = compare.visibleRows(count: height)
        let painter = CompareCellPainter(context: context)
        PointStripLine(context: context).draw(points: compare.layout.points, titles: compare.layout.sides.map(\.article.title),
                                              chosen: compare.chosenPoint, pending: compare.pointsPending,
                                              keyContexts: compare.keyContexts, into: &screen, rect)
        for column in 0..<count {
            let x = rect.x + column * (width + 3)
            let side = compare.layout.sides[column]
            let style = column == compare.column ? context.theme.focusedPaneTitle : context.theme.paneTitle
            screen.fill(Rect(x: x, y: rect.y, width: width + 2, height: 1), style: style)
            screen.put(TextWrapper.truncate(" \(side.article.title) · \(context.topicLabel(compare.topic))", width: width + 2),
                       x: x, y: rect.y, style: style)
            var marked = false
            let lines = rows.map { $0.0[column] }
            var marks = PointMarks.PerPassage(points: compare.layout.points, side: column, chosen: compare.chosenPoint, theme: context.theme)
            for (row, item) in rows.enumerated() {
                let cell = item.0[column]
                let y = rect.y + row + 2
                let onTopic = cell.passage != nil && !side.passages.isEmpty && cell.kind != .blank
                let cursor = onTopic && column == compare.column && !marked
                marked = marked || cursor
                let points = onTopic ? cell.passage.map { marks.of($0) } : nil
                painter.draw(cell, at: (x, y), width: width, look: look, mark: onTopic ? (cursor ? "▶" : look.mark) : nil,
                             points: points, neighbours: PointMarks.neighbours(of: row, in: lines), into: &screen)
            }
            if column > 0 {
                for y in 0..<(height + 2) where y != 1 { screen.put("│", x: x - 1, y: rect.y + y, style: context.theme.dim) }
            }
        }
    }
}

extension MultiCompareView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        MultiCompareWidget(context: context, compare: self).draw(into: &screen, rect)
    }
}
