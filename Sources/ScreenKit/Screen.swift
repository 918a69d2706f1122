/// A terminal-sized grid of cells that widgets draw into; the backend copies it to the terminal.
public struct Screen: Equatable, Sendable {
    /// One cell: the character drawn there (empty for the right half of a wide character) and its style.
    public struct Cell: Equatable, Sendable {
        public var text: String
        public var style: Style

        public static let blank = Cell(text: " ", style: .plain)
        /// The right half of a two-cell character.
        public static let continuation = Cell(text: "", style: .plain)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` at (x, y) clipped to `limit` cells (default: to the right edge); returns the cells used.
    /// A wide character that would cross the clip edge is replaced by a space, so it never straddles a border.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        for scalar in text.unicodeScalars {
            let cells = DisplayWidth.of(scalar)
            if cells == 0 {
                // A combining mark joins the character before it.
                if column > x, column - 1 >= 0 { appendMark(scalar, x: column - 1, y: y) }
                continue
            }
            if column + cells > end {
                if column < end { set(x: column, y: y, Cell(text: " ", style: style)) }
                column = end
                break
            }
            if column >= 0 {
                set(x: column, y: y, Cell(text: String(scalar), style: style))
                if cells == 2 { set(x: column + 1, y: y, Cell(text: "", style: style)) }
            }
            column += cells
        }
        return max(column - x, 0)
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in max(rect.y, 0)..<min(rect.y + rect.height, height) {
            for x in max(rect.x, 0)..<min(rect.x + rect.width, width) {
                set(x: x, y: y, Cell(text: " ", style: style))
            }
        }
    }

    /// Changes the style of cells in a row range, keeping their text.
    public mutating func restyle(x: Int, y: Int, count: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for column in max(x, 0)..<min(x + count, width) {
            change(&cells[y * width + column].style)
        }
    }

    private mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[index].text.isEmpty, x > 0 { cells[index - 1] = Cell(text: " ", style: cells[index - 1].style) }
        if x + 1 < width, cells[index + 1].text.isEmpty, !cells[index].text.isEmpty,
           DisplayWidth.of(cells[index].text) == 2 {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    private mutating func appendMark(_ scalar: Unicode.Scalar, x: Int, y: Int) {
        var index = y * width + x
        if cells[index].text.isEmpty, x > 0 { index -= 1 }
        cells[index].text.unicodeScalars.append(scalar)
    }

    /// The text of each row, wide characters once, trailing spaces kept.
    public var rows: [String] {
        (0..<height).map { y in (0..<width).map { self[$0, y].text }.joined() }
    }

    /// A snapshot: the rows, then a style grid with one code per distinct style run.
    public var snapshot: String {
        var out = rows.map { "|" + $0 + "|" }.joined(separator: "\n")
        out += "\n--- styles\n"
        for y in 0..<height {
            var runs: [String] = []
            var x = 0
            while x < width {
                let style = self[x, y].style
                var end = x
                while end < width && self[end, y].style == style { end += 1 }
                if style != .plain { runs.append("\(x)-\(end - 1):\(style.code)") }
                x = end
            }
            if !runs.isEmpty { out += "\(y): " + runs.joined(separator: " ") + "\n" }
        }
        return out
    }
}

/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(width, 0)
        self.height = max(height, 0)
    }
}

/// A terminal size in cells.
public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

extension Rect {
    /// A `width` × `height` rectangle centred in this one (shrunk to fit), for overlays.
    public func centred(width: Int, height: Int) -> Rect {
        let w = min(width, self.width)
        let h = min(height, self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + max((self.height - h) / 2, 0), width: w, height: h)
    }

    /// The first `rows` rows and the rest below them.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let top = min(max(rows, 0), height)
        return (Rect(x: x, y: y, width: width, height: top), Rect(x: x, y: y + top, width: width, height: height - top))
    }

    /// The rows above the last `rows` and those last rows.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let (rest, bottom) = splitTop(height - min(max(rows, 0), height))
        return (rest, bottom)
    }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }
}
