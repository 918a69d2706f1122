import ScreenKit
import TractApp

/// The `?` overlay, made from the live key table so it always tells the truth about the bindings:
/// the concepts with the topic legend, then each group's keys and what they do, wrapped.
struct HelpOverlay {
    let context: RenderContext
    let help: HelpView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let lines = help.lines(context.shared)
        let box = HelpView.frame(size: context.shared.size, lines: max(lines.count, 1))
        guard box.width > 10, box.height > 3 else { return }
        screen.fill(box, style: .plain)
        let visible = box.height - 3
        let first = min(help.scroll, max(lines.count - visible, 0))
        screen.put(TextWrapper.truncate(title(lines: lines.count, visible: visible), width: box.width - 2), x: box.x + 1, y: box.y,
                   style: context.theme.focusedPaneTitle)
        let keyWidth = min(lines.filter { $0.kind == .key }.compactMap { $0.keys.map(DisplayWidth.of) }.max() ?? 0, HelpText.keyColumn)
        let width = box.width - 4
        if lines.isEmpty, let query = help.query {
            screen.put(TextWrapper.truncate("nothing in the help mentions '\(query)'", width: width), x: box.x + 2, y: box.y + 2,
                       style: context.theme.dim)
        }
        for (index, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            draw(line, x: box.x + 2, y: box.y + 2 + index, keyWidth: keyWidth, width: width, into: &screen)
        }
        drawBorder(box, into: &screen)
        if let search = help.search {
            screen.put(TextWrapper.truncate("/" + search.withCaret, width: box.width - 2), x: box.x + 1, y: box.y + box.height - 1)
        }
    }

    private func title(lines: Int, visible: Int) -> String {
        let keys = context.shared.keyMap
        let scroll = keys.keyName(for: .scrollLines(1), in: help.keyContexts) + "/" + keys.keyName(for: .scrollLines(-1), in: help.keyContexts)
        let search = keys.keyName(for: .startSearch, in: help.keyContexts)
        let found = help.query.map { "'\($0)' · " } ?? ""
        return " Help — " + found + (lines > visible ? "\(scroll) scroll, " : "") + "\(search) search, any other key closes "
    }

    private func draw(_ line: HelpLine, x: Int, y: Int, keyWidth: Int, width: Int, into screen: inout Screen) {
        switch line.kind {
        case .heading: screen.put(TextWrapper.truncate(line.text, width: width), x: x, y: y, style: context.theme.heading)
        case .text: screen.put(line.text, x: x, y: y, limit: width)
        case .legend(let topic):
            let id = context.shared.library.topicSet.topics[topic].id
            let look = context.topicStyle(id)
            screen.put((line.keys ?? "") + " ", x: x + 2, y: y, style: context.theme.dim)
            screen.put(look.mark, x: x + 4, y: y, style: look.style)
            screen.put(line.text, x: x + 5, y: y, style: look.style, limit: width - 5)
        case .key:
            if let keys = line.keys { screen.put(keys, x: x, y: y, style: Style(bold: true), limit: keyWidth) }
            screen.put(line.text, x: x + keyWidth + 2, y: y, limit: width - keyWidth - 2)
        }
    }

    private func drawBorder(_ box: Rect, into screen: inout Screen) {
        for row in box.y..<(box.y + box.height) {
            screen.put("│", x: box.x, y: row, style: context.theme.dim)
            screen.put("│", x: box.x + box.width - 1, y: row, style: context.theme.dim)
        }
        screen.put("└" + String(repeating: "─", count: box.width - 2) + "┘", x: box.x, y: box.y + box.height - 1, style: context.theme.dim)
    }
}

extension HelpView: Drawable {
    public func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        HelpOverlay(context: context, help: self).draw(into: &screen, rect)
    }
}
