import ArgumentParser
import ScreenKit
import TractCore
import TractRuntime

/// `tract list`: the library's articles with their size and topic coverage.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the library's articles: path, title, sections, words, words per topic."
    )

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON.") var json = false
    @Option(help: ArgumentHelp("Order: \(LibrarySort.allCases.map(\.rawValue).joined(separator: ", ")) (last read first; default name).",
                               valueName: "order"))
    var sort: LibrarySort = .name
    @OptionGroup var store: StoreOptions
    @Flag(help: "Also name hidden files and folders (names starting with a dot), which are never read.") var all = false
    @Argument(help: ArgumentHelp("Library folders or articles (default: the library).", valueName: "dir"))
    var paths: [String] = []

    func run() throws {
        try reportingErrors {
            var library = try options.selection.loadSummarised(paths: paths)
            let hidden = library.skipped.filter(\.hidden).count
            if !all { library.skipped.removeAll { $0.hidden } }
            if sort != .name {
                let readOrder = sort == .read ? (try? store.open().readOrders()) ?? [:] : [:]
                let order = sort.order(library.articles, paths: absolutePaths(library.articles.map(\.path)), readOrder: readOrder)
                library.articles = order.map { library.articles[$0] }
            }
            if json {
                try Output.json(ListJSON(library: library.root.map(Sanitizer.clean),
                                         articles: library.articles.map { ArticleSummaryJSON($0, topicSet: library.topicSet) },
                                         skipped: library.skipped.map { .init(path: Sanitizer.clean($0.path), reason: $0.reason, hidden: $0.hidden) }))
            } else {
                Output.print(LibraryTable.render(library, width: Output.tableWidth())
                             + (!all && hidden > 0 ? "\n\(hidden) hidden \(hidden == 1 ? "entry" : "entries") not read (--all names them)" : ""))
            }
        }
    }
}

/// The plain-text table printed by `tract list` (and by `tract` when it cannot open the reader),
/// fitted to `width` when there is one: titles shortened first; then, where a column per topic does not
/// fit, one column of bars (a character per topic, numbered in a legend below).
enum LibraryTable {
    static func render(_ library: Library, width: Int? = nil) -> String {
        let ids = library.topicSet.ids
        var rows = self.rows(library, bars: false)
        let compact = width.map { Columns.width(rows) - DisplayWidth.of(rows[0][1]) + 12 > $0 } ?? false
        if compact { rows = self.rows(library, bars: true) }
        // The counts start after the title and, when there is one, the author column.
        let counts = rows[0].firstIndex(of: "SECTIONS") ?? 2
        var out = Columns.format(rows, rightAligned: Set(counts..<rows[0].count), width: width, shrinking: 1, minimum: 8)
        if compact && !ids.isEmpty {
            let legend = "topics: " + ids.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: "  ")
            out += "\n" + TextWrapper.wrap(legend, width: width ?? 80).joined(separator: "\n")
        }
        if library.articles.isEmpty { out += "\n(no articles)" }
        for item in library.skipped {
            out += "\nskipped \(Sanitizer.clean(item.path)): \(item.reason)"
        }
        return out
    }

    /// A header and a row per article: words per topic in a column each, or as one column of bars.
    private static func rows(_ library: Library, bars: Bool) -> [[String]] {
        let ids = library.topicSet.ids
        let most = TopicCoverage.most(ids, in: library.articles)
        let topicHeader = bars ? [ids.indices.map { String(($0 + 1) % 10) }.joined()] : ids
        // An author column only when some article names one.
        let byline = library.articles.contains { $0.authorYear != nil }
        var rows = [["ARTICLE", "TITLE"] + (byline ? ["AUTHOR, YEAR"] : []) + ["SECTIONS", "WORDS"] + topicHeader]
        for article in library.articles {
            let words = ids.map { article.coverage.words(on: $0) }
            let topics = bars ? [zip(words, most).map { TopicMap.level($0, max: $1) }.joined()] : words.map(String.init)
            rows.append([Sanitizer.clean(article.stem), article.title] + (byline ? [article.authorYear ?? "-"] : [])
                        + ["\(article.headingCount)", "\(article.wordCount)"] + topics)
        }
        return rows
    }
}

extension LibrarySort: ExpressibleByArgument {}
