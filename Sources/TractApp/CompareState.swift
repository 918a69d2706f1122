import TractCore

/// The compare view: two articles on one topic, their aligned rows, and how each side is scrolled.
public struct CompareState: Equatable, Sendable {
    public var comparison: TopicComparison { layout.comparison }

    /// `count` rows from the top of `side`.
    public func visibleRows(side: Int, count: Int) -> [(CompareRow, Int)] {
        RowMath.rows(from: positions[side], count: count, blocks: layout.groups.count) { layout.rows(of: $0) }
    }

    /// Moves `side` by `delta` rows.
    func moved(side: Int, by delta: Int) -> Position {
        RowMath.moved(positions[side], by: delta, blocks: layout.groups.count) { layout.rows(of: $0).count }
    }

    public var left: Int
    public var right: Int
    public var topic: String
    /// The aligned groups at the current width; rebuilt when the width, topic or sides change.
    public var layout: CompareLayout
    /// Top row of each side (group and row in it); equal while scrolling is linked.
    public var positions: [Position] = [Position(), Position()]
    public var linked = true
    /// The side the keyboard scrolls when unlinked, and whose top passage is the cursor (0 left, 1 right).
    public var side = 0
}

/// Choosing the second article for compare: a filter typed by the user and a selection.
public struct ComparePicker: Equatable, Sendable {
    public var filter = ""
    public var selection = 0
    /// The article compare starts from.
    public var left: Int

    /// Library indices of the articles matching the filter (the left one excluded).
    public func candidates(in library: Library) -> [Int] {
        let needle = filter.lowercased()
        return library.articles.indices.filter { index in
            index != left && (needle.isEmpty || library.articles[index].stem.lowercased().contains(needle)
                || library.articles[index].title.lowercased().contains(needle))
        }
    }
}

/// The topic map view: a cursor over articles × topics; row -1 is the row of topic headers.
public struct MapState: Equatable, Sendable {
    public var row = 0
    public var column = 0
}

/// The bookmarks view: a selection, an optional filter, and the last deletion for undo.
public struct BookmarksState: Equatable, Sendable {
    public var selection = 0
    public var filter = ""
    public var filtering = false
    public var lastDeleted: Bookmark?

    public init() {}
}

/// The library search view: the query being typed, the topic it is narrowed to, and the results.
public struct LibrarySearchState: Equatable, Sendable {
    public var query = ""
    public var topic: String?
    public var hits: [SearchHit] = []
    public var selection = 0

    public init() {}
}

/// Which full-screen view is showing.
public enum View: Equatable, Sendable {
    case reading
    case picker(ComparePicker)
    case compare(CompareState)
    case map(MapState)
    case bookmarks(BookmarksState)
    case librarySearch(LibrarySearchState)
}
