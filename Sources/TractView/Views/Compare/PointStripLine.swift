import ScreenKit
import TractApp
import TractCore

/// Row 1 of two-, three- and four-way compare: what the articles both say and what only one says, or
/// the chosen point, with this key map's keys.
struct PointStripLine {
    let context: RenderContext

    func draw(points: [Point], titles: [String], chosen: Int?, pending: Bool, keyContexts: [KeyContext], into screen: inout Screen, _ rect: Rect) {
        let keyMap = context.shared.keyMap
        let keys = (next: keyMap.keyName(for: .nextPoint, in: keyContexts),
                    move: keyMap.keyName(for: .searchNext, in: keyContexts) + "/" + keyMap.keyName(for: .searchPrevious, in: keyContexts))
        let width = rect.width
        let text = PointStrip.text(points: points, titles: titles, chosen: chosen, keys: keys, width: width - 1, pending: pending)
        screen.put(" " + text, x: rect.x, y: rect.y + 1, style: chosen == nil ? context.theme.dim : context.theme.heading, limit: width)
    }
}
