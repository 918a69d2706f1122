/// Cells to write in one call: a position, the text of consecutive cells, and their one style.
public struct CellRun: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var text: String
    public var style: Style

    public init(x: Int, y: Int, text: String, style: Style) {
        self.x = x
        self.y = y
        self.text = text
        self.style = style
    }
}

extension Screen {
    /// What turns `previous` into this screen. With no previous screen, or one of another size, every
    /// cell is written (`full`: the backend clears first); otherwise only changed cells, each run of
    /// changed cells in one style as one run, so an unchanged frame writes nothing.
    public func changes(since previous: Screen?) -> (full: Bool, runs: [CellRun]) {
        let full = previous.map { $0.width != width || $0.height != height } ?? true
        var runs: [CellRun] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                if !full, let previous, previous[x, y] == self[x, y] { x += 1; continue }
                let style = self[x, y].style
                let start = x
                var text = ""
                while x < width, self[x, y].style == style, full || previous?[x, y] != self[x, y] {
                    text += self[x, y].text
                    x += 1
                }
                runs.append(CellRun(x: start, y: y, text: text, style: style))
            }
        }
        return (full, runs)
    }
}
