import ScreenKit

/// Lays out rows of cells as aligned plain-text columns, by display width, fitted to a width when one
/// is given by shortening one column's cells with "…".
enum Columns {
    /// The table; with `width`, column `shrinking` is cut down (to `minimum` at least) so each line fits;
    /// the first row, the header, in bold.
    static func format(_ rows: [[String]], rightAligned: Set<Int> = [], width: Int? = nil, shrinking: Int? = nil,
                       minimum: Int = 12) -> String {
        var rows = rows
        var widths = widthsOf(rows)
        if let width, let shrinking, widths.indices.contains(shrinking) {
            let excess = total(widths) - width
            if excess > 0 {
                let target = max(widths[shrinking] - excess, min(minimum, widths[shrinking]))
                for index in rows.indices.dropFirst() where DisplayWidth.of(rows[index][shrinking]) > target {
                    rows[index][shrinking] = TextWrapper.truncate(rows[index][shrinking], width: target)
                }
                widths = widthsOf(rows)
            }
        }
        return rows.enumerated().map { number, row in
            let line = row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
                return rightAligned.contains(index) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
            return number == 0 ? Paint.bold(line) : line
        }.joined(separator: "\n")
    }

    /// The width a table of these rows takes.
    static func width(_ rows: [[String]]) -> Int { total(widthsOf(rows)) }

    private static func widthsOf(_ rows: [[String]]) -> [Int] {
        var widths = [Int](repeating: 0, count: rows.map(\.count).max() ?? 0)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        return widths
    }

    private static func total(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + 2 * max(widths.count - 1, 0)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
