/// Scrolling through a sequence of blocks whose rows are only known when a block is laid out.
/// Shared by the article view and the compare view: only the blocks passed over are wrapped.
public enum RowMath {
    /// The position `delta` rows below (above, when negative) `position`, kept inside the blocks.
    public static func moved(_ position: Position, by delta: Int, blocks: Int, rows: (Int) -> Int) -> Position {
        guard blocks > 0 else { return Position() }
        var block = min(position.block, blocks - 1)
        var row = position.row + delta
        while row < 0 {
            guard block > 0 else { return Position() }
            block -= 1
            row += rows(block)
        }
        while true {
            let count = rows(block)
            if row < count { return Position(block: block, row: row) }
            guard block + 1 < blocks else { return Position(block: block, row: max(count - 1, 0)) }
            row -= count
            block += 1
        }
    }

    /// The rows above `position`: a position's measure for the status line's percentage where a few
    /// long blocks (compare's aligned sections) would read 0 % → 1 % → 1 % → END by blocks.
    public static func rowsAbove(_ position: Position, rows: (Int) -> Int) -> Int {
        (0..<position.block).reduce(0) { $0 + rows($1) } + position.row
    }

    /// The top position that shows the last rows filling a viewport of `height`.
    public static func end(height: Int, blocks: Int, rows: (Int) -> Int) -> Position {
        guard blocks > 0 else { return Position() }
        let last = blocks - 1
        return moved(Position(block: last, row: max(rows(last) - 1, 0)), by: -(height - 1), blocks: blocks, rows: rows)
    }

    /// `count` rows from `position`, each with the block it comes from.
    public static func rows<Row>(from position: Position, count: Int, blocks: Int, rowsOf: (Int) -> [Row]) -> [(Row, Int)] {
        var out: [(Row, Int)] = []
        var block = position.block
        var skip = position.row
        while out.count < count && block < blocks {
            for row in rowsOf(block).dropFirst(skip) where out.count < count { out.append((row, block)) }
            skip = 0
            block += 1
        }
        return out
    }
}
