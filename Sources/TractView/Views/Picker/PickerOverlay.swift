import ScreenKit
import TractApp

/// The "compare with…" picker: a filter line and the matching articles.
struct PickerOverlay {
    let context: RenderContext
    let picker: PickerView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let library = context.shared.library
        let candidates = picker.candidates(in: library)
        let box = PickerView.frame(size: context.shared.size, candidates: candidates.count)
        guard box.width > 10, box.height > 3 else { return }
        screen.fill(box, style: .plain)
        let (title, rest) = box.splitTop(1)
        screen.fill(title, style: context.theme.focusedPaneTitle)
        screen.put(" Compare \(library.articles[picker.left].title) with…", x: title.x, y: title.y,
                   style: context.theme.focusedPaneTitle, limit: title.width)
        screen.put(" filter: " + picker.filter.withCaret, x: rest.x, y: rest.y, limit: rest.width)
        if candidates.isEmpty {
            screen.put("  no article matches", x: rest.x, y: rest.y + 2, style: context.theme.dim, limit: rest.width)
        }
        let list = rest.splitTop(2).rest
        ListWidget(list: picker.list, count: candidates.count, rowHeight: PickerView.rowsPerCandidate).draw(in: list) { index, y, selected in
            let style = selected ? context.theme.selection : Style.plain
            let candidate = candidates[index]
            let article = library.articles[candidate.index]
            let lines = TextWrapper.wrap(article.title, width: max(list.width - 4, 1))
            screen.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: style)
            screen.put("  " + (lines.first ?? ""), x: list.x, y: y, style: style, limit: list.width)
            // The rest of a long title, then why it matched and its file.
            var detail = lines.count > 1 ? TextWrapper.truncate(lines.dropFirst().joined(separator: " "), width: list.width - 4) + "  " : ""
            let used = screen.put("  " + detail, x: list.x, y: y + 1, style: selected ? style : .plain, limit: list.width)
            detail = [article.stem, candidate.reason].compactMap { $0 }.joined(separator: " · ")
            screen.put(detail, x: list.x + used, y: y + 1, style: context.theme.dim, limit: list.width - used)
        }
    }
}

extension PickerView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        PickerOverlay(context: context, picker: self).draw(into: &screen, rect)
    }
}
