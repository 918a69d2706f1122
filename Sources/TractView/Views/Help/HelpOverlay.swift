import ScreenKit
import TractApp

/// The `?` overlay, made from the live key table so it always tells the truth about the bindings:
/// each group's heading, then its keys and what they do.
struct HelpOverlay {
    let context: RenderContext
    let help: HelpView

    /// A heading row (keys nil) or a binding row.
    private typealias Line = (keys: String?, text: String)

    func draw(into screen: inout Screen, _ rect: Rect) {
        var lines: [Line] = []
        for (index, section) in context.shared.keyMap.helpSections.enumerated() {
            if index > 0 { lines.append((nil, "")) }
            lines.append((nil, section.group.rawValue))
            lines += section.lines.map { ($0.keys, $0.help) }
        }
        let keyWidth = min(lines.compactMap { $0.keys.map(DisplayWidth.of) }.max() ?? 0, 24)
        let box = HelpView.frame(size: context.shared.size, lines: lines.count)
        guard box.width > 10, box.height > 3 else { return }
        screen.fill(box, style: .plain)
        let visible = box.height - 3
        let first = min(help.scroll, max(lines.count - visible, 0))
        let scroll = context.shared.keyMap.keyName(for: .scrollLines(1), in: help.keyContexts) + "/"
            + context.shared.keyMap.keyName(for: .scrollLines(-1), in: help.keyContexts)
        let title = lines.count > visible ? " Keys — \(scroll) scroll, any other key closes " : " Keys — any key closes "
        // Cut text ends in an ellipsis, so a narrow terminal never shows a word or key name half written.
        let fit = { (text: String, width: Int) in TextWrapper.truncate(text, width: max(width, 1)) }
        screen.put(fit(title, box.width - 2), x: box.x + 1, y: box.y, style: context.theme.focusedPaneTitle)
        for (index, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            let row = box.y + 2 + index
            guard let keys = line.keys else {
                screen.put(fit(line.text, box.width - 4), x: box.x + 2, y: row, style: context.theme.heading)
                continue
            }
            screen.put(fit(keys, keyWidth), x: box.x + 2, y: row, style: Style(bold: true))
            screen.put(fit(line.text, box.width - keyWidth - 5), x: box.x + 4 + keyWidth, y: row)
        }
        drawBorder(box, into: &screen)
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
