import ScreenKit
import TractApp
import TractCore

/// The digest: a title row with its keys, then the laid-out rows from the view's top line; the
/// selected item's rows marked in the gutter, evidence words in the topic's colour, and the point it
/// is narrowed to marked as compare marks a chosen point.
struct DigestWidget {
    let context: RenderContext
    let view: DigestView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let shared = context.shared
        let keys = shared.keyMap
        let topic = view.digest.topic
        let label = context.topicLabel(topic)
        let hints = [keys.hint(.open, in: view.keyContexts), keys.hint(.startSearch, in: view.keyContexts),
                     keys.hint(.bookmark, in: view.keyContexts), keys.topicHint(count: shared.library.topicSet.ids.count, in: view.keyContexts),
                     keys.hint(.back, in: view.keyContexts)]
        let count = "\(view.entries.count) of \(shared.library.articles.count) articles"
        let title = " Digest on \(label) · \(count) · " + hints.compactMap { $0 }.joined(separator: " · ")
        context.drawViewTitle(TextWrapper.truncate(title, width: rect.width), into: &screen, rect)
        let blocks = view.blocks(shared)
        let items = blocks.indices.filter { blocks[$0].item != nil }
        let selectedBlock = items.indices.contains(view.selection) ? items[view.selection] : nil
        let height = DigestView.height(shared.size)
        let topicStyle = context.topicStyle(topic).style
        let narrowed = view.point.map { PointMarks(marking: view.digest.shared[$0], style: context.theme.chosenPoint) }
        let rows = view.visibleRows(blocks, count: height, context: shared)
        for (row, (line, block)) in rows.enumerated() {
            let y = rect.y + row + 1
            let selected = block == selectedBlock && line.kind != .blank
            if selected { screen.put("▌", x: rect.x, y: y, style: topicStyle) }
            let x = rect.x + 1 + line.indent
            switch line.kind {
            case .article: screen.put(line.text, x: x, y: y, style: selected ? context.theme.selection : Style(bold: true))
            case .heading: screen.put(line.text, x: x, y: y, style: context.theme.heading)
            case .point: screen.put(line.text, x: x, y: y, style: selected ? context.theme.selection : topicStyle)
            case .points, .closing: screen.put(line.text, x: x, y: y, style: context.theme.dim)
            case .body:
                drawBody(line, x: x, y: y, emphasis: topicStyle.merged(Style(bold: true)), into: &screen)
                let around = (row > 0 && rows[row - 1].0.kind == .body ? rows[row - 1].0.text : nil,
                              row + 1 < rows.count && rows[row + 1].0.kind == .body ? rows[row + 1].0.text : nil)
                narrowed?.apply(to: line.text, before: around.0, after: around.1, x: x, y: y, into: &screen)
            case .blank: break
            }
        }
        if let search = view.search {
            screen.fill(Rect(x: rect.x, y: rect.y + rect.height - 1, width: rect.width, height: 1), style: .plain)
            screen.put("/" + search.withCaret, x: rect.x, y: rect.y + rect.height - 1, limit: rect.width)
        }
    }

    /// A passage row with its evidence words emphasised.
    private func drawBody(_ line: DigestLine, x: Int, y: Int, emphasis: Style, into screen: inout Screen) {
        screen.put(line.text, x: x, y: y)
        guard !line.evidence.isEmpty else { return }
        let wanted = Set(line.evidence)
        for span in WordSpans(line.text) where wanted.contains(span.word) {
            screen.restyle(x: x + span.column, y: y, count: span.width) { $0 = emphasis }
        }
    }
}

extension DigestView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        DigestWidget(context: context, view: self).draw(into: &screen, rect)
    }
}
