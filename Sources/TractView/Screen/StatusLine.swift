import ScreenKit
import TractApp

/// The bottom line: the parts the views on top give (place, position, mode, or a prompt being typed),
/// then the message, loading progress and key hints. Every key named here comes from the live key map.
struct StatusLine {
    let context: RenderContext

    func draw(into screen: inout Screen, _ rect: Rect, parts: ViewStatus, message: String?, loading: String?,
              keyContexts: [KeyContext]) {
        let style = context.theme.status
        screen.fill(rect, style: style)
        if let prompt = parts.prompt {
            screen.put(prompt, x: rect.x, y: rect.y, style: style, limit: rect.width)
            return
        }
        let fitted = StatusFit.Parts(place: parts.place, position: parts.position, mode: parts.mode, message: message, loading: loading)
        var line = StatusFit(parts: fitted, keys: context.shared.keyMap, chain: keyContexts, back: parts.back)
        line.fit(width: rect.width)
        let used = screen.put(line.left, x: rect.x, y: rect.y, style: style, limit: rect.width)
        let hintsWidth = DisplayWidth.of(line.hints)
        if used + hintsWidth <= rect.width {
            screen.put(line.hints, x: rect.x + rect.width - hintsWidth, y: rect.y, style: style)
        }
    }
}
