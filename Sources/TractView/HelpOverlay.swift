import ScreenKit
import TractApp

/// The `?` overlay, generated from the key map so it always tells the truth about the bindings.
struct HelpOverlay {
    let context: RenderContext

    func draw(into screen: inout Screen) {
        let lines = context.state.keyMap.helpLines
        let keyWidth = min(lines.map { DisplayWidth.of($0.keys) }.max() ?? 0, 24)
        let width = min(screen.width - 2, 72)
        let height = min(screen.height - 2, lines.count + 3)
        guard width > 10, height > 3 else { return }
        let x = (screen.width - width) / 2
        let y = max((screen.height - 1 - height) / 2, 0)
        screen.fill(Rect(x: x, y: y, width: width, height: height), style: .plain)
        let visible = height - 3
        let first = min(context.state.helpScroll, max(lines.count - visible, 0))
        let title = lines.count > visible ? " Keys — j/k scroll, any other key closes " : " Keys — any key closes "
        screen.put(title, x: x + 1, y: y, style: context.theme.focusedPaneTitle, limit: width - 2)
        for (index, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            let row = y + 2 + index
            screen.put(line.keys, x: x + 2, y: row, style: Style(bold: true), limit: keyWidth)
            screen.put(line.help, x: x + 4 + keyWidth, y: row, limit: width - keyWidth - 5)
        }
        for row in y..<(y + height) {
            screen.put("│", x: x, y: row, style: context.theme.dim)
            screen.put("│", x: x + width - 1, y: row, style: context.theme.dim)
        }
        let edge = String(repeating: "─", count: width - 2)
        screen.put("└" + edge + "┘", x: x, y: y + height - 1, style: context.theme.dim)
    }
}
