import ScreenKit

/// Where the open article is read from: the top row on screen, whether long lines wrap (and how far
/// they are scrolled sideways when they do not), and a place the open stand-in was too short for.
/// Pure arithmetic over a document at a text size; the reading view says when.
public struct ArticleScroll: Equatable, Sendable {
    public internal(set) var position = Position()
    /// False while long lines run off the right edge instead of wrapping (`less -S`).
    public internal(set) var wraps = true
    /// Columns the unwrapped text is scrolled to the left.
    public internal(set) var column = 0
    /// A saved place beyond the end of the open stand-in, taken up when the whole article arrives.
    public internal(set) var deferredPlace: DeferredPlace?

    /// The top position showing block `block` from its first text row (past its separator row).
    static func top(ofBlock block: Int) -> Position {
        Position(block: block, row: block > 0 ? 1 : 0)
    }

    /// The place to remember: a saved place the stand-in was too short for still counts while the
    /// reader has not moved.
    var placeToKeep: Position {
        if let deferredPlace, deferredPlace.shown == position { return deferredPlace.target }
        return position
    }

    /// Keeps the position on a row that exists at `width` (after a resize re-wrapped the text, the same
    /// block stays at the top).
    mutating func clamp(in document: ReadingDocument, width: Int) {
        guard !document.blocks.isEmpty else { position = Position(); return }
        let block = min(position.block, document.blocks.count - 1)
        let rows = document.rows(of: block, width: width).count
        position = Position(block: block, row: min(position.row, max(rows - 1, 0)))
    }

    /// Puts the top at `place`; when the document is a stand-in too short for it, at its end, with
    /// `place` remembered for when the whole article arrives.
    mutating func go(to place: Position, in document: ReadingDocument, width: Int) {
        position = place
        clamp(in: document, width: width)
        deferredPlace = !document.article.isComplete && position != place ? DeferredPlace(target: place, shown: position) : nil
    }

    mutating func move(by rows: Int, in document: ReadingDocument, width: Int) {
        position = document.moved(position, by: rows, width: width)
    }

    /// `g` / `G`: the top, or the last page full.
    mutating func goToEdge(end: Bool, in document: ReadingDocument, text: Size) {
        position = end ? document.endPosition(height: text.height, width: text.width) : Position()
    }

    /// `w`: wrapping on or off; the same block stays at the top.
    mutating func toggleWrap(in document: ReadingDocument?, width: (Bool) -> Int) {
        wraps.toggle()
        column = 0
        position = Position(block: position.block, row: position.row > 0 ? 1 : 0)
        if let document { clamp(in: document, width: width(wraps)) }
    }

    /// With wrapping off: scrolled sideways, when need be, so that `columns` of a line are on screen
    /// in a text `width` wide (a third of the width in from the left).
    mutating func show(columns: Range<Int>, width: Int) {
        if columns.lowerBound < column || columns.lowerBound >= column + width - columns.count {
            column = max(0, columns.lowerBound - width / 3)
        }
    }

    /// ←/→ with wrapping off: `count` steps of `step` columns sideways; false while lines wrap.
    mutating func scrollColumns(by count: Int, step: Int) -> Bool {
        guard !wraps else { return false }
        column = max(0, column + count * max(step, 1))
        return true
    }
}
