import ScreenKit
import TractApp

/// Draws one compare cell — the gutter mark, then the line by kind: filler, divider, note, heading or text
/// with the points it states marked (`PointMarks`). Two-way and multi-way compare both draw their
/// cells through this.
struct CompareCellPainter {
    let context: RenderContext

    func draw(_ cell: CompareCell, at origin: (x: Int, y: Int), width: Int, look: (style: Style, mark: String),
                          mark: String?, points: PointMarks?, neighbours: (before: String?, after: String?) = (nil, nil),
                          into screen: inout Screen) {
        let (x, y) = origin
        if let mark {
            // A gutter glyph underlined (a monochrome topic style) reads as a stray underscore.
            var style = look.style.merged(Style(bold: mark != look.mark))
            style.underline = false
            screen.put(mark, x: x, y: y, style: style)
        }
        switch cell.kind {
        case .filler:
            screen.put("·", x: x + 1, y: y, style: context.theme.dim)
        case .blank:
            break
        case .divider:
            screen.put(cell.text, x: x + 2, y: y, style: context.theme.dim.merged(Style(bold: true)), limit: width)
        case .note:
            screen.put(cell.text, x: x + 2, y: y, style: context.theme.dim.merged(Style(bold: cell.passage == nil)), limit: width)
        case .context:
            screen.put(cell.text, x: x + 2, y: y, style: look.style.merged(context.theme.heading), limit: width)
        case .text:
            screen.put(cell.text, x: x + 2, y: y, limit: width)
            points?.apply(to: cell.text, before: neighbours.before, after: neighbours.after, x: x + 2, y: y, into: &screen)
        }
    }
}
