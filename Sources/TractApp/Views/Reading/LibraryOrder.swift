import TractCore

/// The library pane's rows in the order chosen with `o`: which article each row shows. The list's
/// selection is a row; opening and marking the open article go through `index(atRow:)` and `row(of:)`.
public struct LibraryOrder: Equatable, Sendable {
    public private(set) var sort: LibrarySort = .name
    /// Article index per row; empty while the order is the files' own.
    private var rows: [Int] = []
    private var rowOfIndex: [Int: Int] = [:]
    /// When each article was last opened (absolute path to a count that grows), for "last read".
    private var readOrder: [String: Int] = [:]

    public init() {}

    /// The article index a row shows.
    public func index(atRow row: Int) -> Int { rows.isEmpty || !rows.indices.contains(row) ? row : rows[row] }

    /// The row showing article `index`.
    public func row(of index: Int) -> Int { rows.isEmpty ? index : rowOfIndex[index] ?? index }

    /// Orders by `sort` now and as articles arrive.
    mutating func sort(by sort: LibrarySort, context: ViewContext) {
        self.sort = sort
        resort(context: context)
    }

    /// The rows again after articles changed (their authors and years arrive as they are read).
    mutating func resort(context: ViewContext) {
        rows = sort == .name ? [] : sort.order(context.library.articles, paths: context.absolutePaths, readOrder: readOrder)
        rowOfIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($0.element, $0.offset) })
    }

    mutating func adoptReadOrder(_ saved: [String: Int]) {
        readOrder = saved
    }

    /// Article `index` was opened now.
    mutating func noteOpened(_ path: String) {
        readOrder[path] = (readOrder.values.max() ?? 0) + 1
    }
}

extension ReadingView {
    /// `o`: the library in the next order, the same article still selected.
    mutating func sortLibrary(context: ViewContext) -> [Command] {
        let selected = order.index(atRow: library.selection)
        order.sort(by: order.sort.next, context: context)
        library.select(order.row(of: selected), count: context.library.articles.count, height: listHeight(.library, context: context))
        return [.say("library by \(order.sort.label)")]
    }

    /// The order made again as articles arrive, the same article still selected.
    mutating func resortLibrary(context: ViewContext) {
        let selected = order.index(atRow: library.selection)
        order.resort(context: context)
        library.select(order.row(of: selected), count: context.library.articles.count, height: listHeight(.library, context: context))
    }
}
