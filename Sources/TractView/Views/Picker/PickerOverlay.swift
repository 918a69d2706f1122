import ScreenKit
import TractApp

/// The "compare with…" picker: a bordered box over the reader naming the article and the topic, a
/// filter line, and one row per candidate with its words on that topic, richest first.
struct PickerOverlay {
    let context: RenderContext
    let picker: PickerView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let library = context.shared.library
        let candidates = picker.candidates(in: library)
        let box = PickerView.frame(size: context.shared.size, candidates: candidates.count)
        guard box.width > 12, box.height > 4 else { return }
        screen.fill(box, style: .plain)
        drawBorder(into: &screen, box)
        let topic = context.topicLabel(picker.topic)
        let title = " Compare \(library.articles[picker.left].title) on \(topic) with… "
        screen.put(TextWrapper.truncate(title, width: box.width - 4), x: box.x + 2, y: box.y, style: Style(bold: true))
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        screen.put("filter: " + picker.filter.withCaret, x: inner.x, y: inner.y, limit: inner.width)
        let wordsHeader = "words on \(topic)"
        let wordsWidth = min(max(DisplayWidth.of(wordsHeader), 6), inner.width / 3)
        let header = context.theme.dim.merged(Style(bold: true))
        screen.put("Article", x: inner.x, y: inner.y + 1, style: header)
        screen.put(TextWrapper.truncate(wordsHeader, width: wordsWidth), x: inner.x + inner.width - wordsWidth, y: inner.y + 1,
                   style: header)
        if candidates.isEmpty {
            screen.put("no article matches", x: inner.x, y: inner.y + 2, style: context.theme.dim, limit: inner.width)
        }
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        ListWidget(list: picker.list, count: candidates.count).draw(in: list) { index, y, selected in
            let style = selected ? context.theme.selection : Style.plain
            let article = library.articles[candidates[index].index]
            screen.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), style: style)
            let words = article.coverage.words(on: picker.topic)
            let count = words == 0 ? "—" : "\(words)"
            let titleWidth = list.width - wordsWidth - 1
            let used = screen.put(TextWrapper.truncate(article.title, width: titleWidth), x: list.x, y: y, style: style, limit: titleWidth)
            // Why it matched the filter, where the title leaves room.
            if let reason = candidates[index].reason, used + 4 + DisplayWidth.of(reason) <= titleWidth {
                screen.put(reason, x: list.x + used + 2, y: y, style: style.merged(context.theme.dim))
            }
            screen.put(count, x: list.x + list.width - DisplayWidth.of(count), y: y,
                       style: words == 0 ? style.merged(context.theme.dim) : style)
        }
    }

    private func drawBorder(into screen: inout Screen, _ box: Rect) {
        let line = context.theme.dim
        let across = String(repeating: "─", count: max(box.width - 2, 0))
        screen.put("┌" + across + "┐", x: box.x, y: box.y, style: line)
        screen.put("└" + across + "┘", x: box.x, y: box.y + box.height - 1, style: line)
        for y in (box.y + 1)..<(box.y + box.height - 1) {
            screen.put("│", x: box.x, y: y, style: line)
            screen.put("│", x: box.x + box.width - 1, y: y, style: line)
        }
    }
}

extension PickerView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        PickerOverlay(context: context, picker: self).draw(into: &screen, rect)
    }
}
