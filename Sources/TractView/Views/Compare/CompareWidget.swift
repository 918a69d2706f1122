import ScreenKit
import TractApp
import TractCore

/// Two articles side by side on one topic: the points strip, then aligned rows, each passage marked
/// by a bar in the topic's colour beside plain text, its heading in that colour, the points it states
/// marked (shared ones alike on both sides, the chosen one over all), and the cursor passage's
/// counterpart marked.
struct CompareWidget {
    let context: RenderContext
    let compare: CompareView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let width = CompareView.columnWidth(context.shared.size)
        let height = CompareView.height(context.shared.size)
        let sides = [compare.comparison.left, compare.comparison.right]
        let separator = rect.x + width + 2
        let look = context.topicStyle(compare.topic)
        // While scrolling is linked both sides show the same rows: wrap them once per frame.
        let leftRows = compare.visibleRows(side: 0, count: height)
        let visible = [leftRows, compare.positions[1] == compare.positions[0] ? leftRows : compare.visibleRows(side: 1, count: height)]
        let cursor = compare.cursorPassage(height: height)
        let counterpart = cursor.flatMap { compare.comparison.counterpart(of: $0, onLeft: compare.side == 0) }
        let bookmarked = [bookmarkedPassages(sides[0], article: compare.left), bookmarkedPassages(sides[1], article: compare.right)]
        PointStripLine(context: context).draw(points: compare.comparison.points, titles: sides.map(\.article.title),
                                              chosen: compare.chosenPoint, pending: compare.pointsPending,
                                              keyContexts: compare.keyContexts, into: &screen, rect)
        for side in 0..<2 {
            let x = side == 0 ? rect.x : separator + 1
            drawTitle(side: side, at: (x, rect.y), width: width, into: &screen)
            var previous: Int?
            let lines = visible[side].map { side == 0 ? $0.0.left : $0.0.right }
            var marks = PointMarks.PerPassage(points: compare.comparison.points, side: side, chosen: compare.chosenPoint, theme: context.theme)
            for (row, item) in visible[side].enumerated() {
                let cell = side == 0 ? item.0.left : item.0.right
                let y = rect.y + row + 2
                let onTopic = cell.passage != nil && !sides[side].passages.isEmpty
                // The cursor (▶) and its counterpart (◆) are marked on the passage's first row on screen;
                // every other row of a passage has the topic's bar.
                let first = onTopic && cell.passage != previous
                if onTopic { previous = cell.passage }
                let marked = first && (side == compare.side ? cell.passage == cursor : cell.passage == counterpart)
                let mark = marked ? (side == compare.side ? "▶" : "◆") : (onTopic && cell.kind != .blank ? look.mark : nil)
                let points = onTopic ? cell.passage.map { marks.of($0) } : nil
                CompareCellPainter(context: context).draw(cell, at: (x, y), width: width, look: look, mark: mark, points: points,
                                                          neighbours: PointMarks.neighbours(of: row, in: lines), into: &screen)
                if cell.kind == .text, onTopic, let passage = cell.passage, bookmarked[side].contains(passage) {
                    screen.put("★", x: x + 1, y: y, style: context.theme.bookmark)
                }
            }
        }
        for y in 0..<(height + 2) where y != 1 { screen.put("│", x: separator, y: rect.y + y, style: context.theme.dim) }
    }

    private func drawTitle(side: Int, at origin: (x: Int, y: Int), width: Int, into screen: inout Screen) {
        let sides = [compare.comparison.left, compare.comparison.right]
        let focused = side == compare.side && !compare.linked
        // The topic with the number key that chose it; beside the right title, where it fits, the others'.
        let ids = context.shared.library.topicSet.ids
        let number = ids.firstIndex(of: compare.topic).map { "\($0 + 1) " } ?? ""
        let title = "\(sides[side].article.title) · \(number)\(context.topicLabel(compare.topic))"
        let titleStyle = focused || compare.linked && side == compare.side ? context.theme.focusedPaneTitle : context.theme.paneTitle
        screen.fill(Rect(x: origin.x, y: origin.y, width: width + 2, height: 1), style: titleStyle)
        let used = screen.put(" " + title, x: origin.x, y: origin.y, style: titleStyle, limit: width + 2)
        let others = ids.enumerated().filter { $0.element != compare.topic }.map { "\($0.offset + 1) \(context.topicLabel($0.element))" }
        let keys = others.joined(separator: "  ") + " "
        if side == 1, used + DisplayWidth.of(keys) + 3 <= width + 2 {
            screen.put(keys, x: origin.x + width + 2 - DisplayWidth.of(keys), y: origin.y, style: titleStyle.merged(context.theme.dim))
        }
    }


    /// Passages of a side that overlap a bookmarked paragraph, so compare shows the same ★ as reading.
    /// Runs on every frame: the article's paragraphs are only walked when it has bookmarks, and by section.
    private func bookmarkedPassages(_ side: TopicComparison.Side, article: Int) -> Set<Int> {
        var ordinals = Set<Int>()
        for item in context.shared.bookmarks where item.article == article {
            if case .anchored(let ordinal, _, _) = item.anchor {
                ordinals.formUnion(ordinal..<(ordinal + max(item.bookmark.paragraphCount, 1)))
            }
        }
        guard !ordinals.isEmpty else { return [] }
        // (section, paragraph) of each bookmarked ordinal, by counting paragraphs section by section.
        var marked = Set<[Int]>()
        var first = 0
        for (section, content) in side.article.sections.enumerated() {
            for ordinal in ordinals where ordinal >= first && ordinal < first + content.paragraphs.count {
                marked.insert([section, ordinal - first])
            }
            first += content.paragraphs.count
        }
        return Set(side.passages.indices.filter { index in
            side.passages[index].paragraphs.contains { marked.contains([side.passages[index].section, $0]) }
        })
    }
}

extension CompareView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        CompareWidget(context: context, compare: self).draw(into: &screen, rect)
    }
}
