import ScreenKit
import TractApp

/// Draws one compare cell — the gutter mark, then the line by kind: filler, divider, note, heading or text
/// with its evidence words in bold topic colour and the words a pair shares underlined. Two-way and
/// multi-way compare both draw their cells through this.
struct CompareCellPainter {
    let context: RenderContext

    func draw(_ cell: CompareCell, at origin: (x: Int, y: Int), width: Int, look: (style: Style, mark: String),
                          mark: String?, words: (evidence: [String], shared: Set<String>), into screen: inout Screen) {
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
            emphasise(words, in: cell.text, x: x + 2, y: y, look: look.style, into: &screen)
        }
    }

    /// Evidence words in bold topic colour, shared words underlined: only their letters, never the
    /// punctuation around them.
    private func emphasise(_ words: (evidence: [String], shared: Set<String>), in text: String, x: Int, y: Int, look: Style,
                           into screen: inout Screen) {
        guard !words.evidence.isEmpty || !words.shared.isEmpty else { return }
        for span in WordSpans(text) {
            var style: Style?
            if words.evidence.contains(where: { span.word.hasPrefix($0) }) { style = look.merged(Style(bold: true)) }
            if words.shared.contains(span.word) { style = (style ?? .plain).merged(context.theme.shared) }
            if let style { screen.restyle(x: x + span.column, y: y, count: span.width) { $0 = style } }
        }
    }
}
