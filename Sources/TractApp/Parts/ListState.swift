/// A selection in a list and the first row shown; the list scrolls only as far as needed to keep the
/// selection in view (ratatui's `ListState`). Every list of the reader uses it.
public struct ListState: Equatable, Sendable {
    public private(set) var selection = 0
    public private(set) var offset = 0

    public init(selection: Int = 0) {
        self.selection = max(selection, 0)
    }

    /// Selects `index` (kept inside `count` rows) and scrolls so it is among `height` visible rows.
    public mutating func select(_ index: Int, count: Int, height: Int) {
        selection = max(0, min(index, count - 1))
        offset = Self.first(selection: selection, offset: offset, count: count, height: height)
    }

    /// Moves the selection by `delta` rows.
    public mutating func move(by delta: Int, count: Int, height: Int) {
        select(selection + delta, count: count, height: height)
    }

    /// The rows visible at `height`: from the stored offset, moved as little as needed to show the
    /// selection (the height may have changed since the last move, with a resize).
    public func visible(count: Int, height: Int) -> Range<Int> {
        let first = Self.first(selection: selection, offset: offset, count: count, height: height)
        return first..<min(first + max(height, 0), count)
    }

    private static func first(selection: Int, offset: Int, count: Int, height: Int) -> Int {
        guard height > 0, count > height else { return 0 }
        var first = min(offset, count - height)
        if selection < first { first = selection }
        if selection >= first + height { first = selection - height + 1 }
        return max(first, 0)
    }
}
