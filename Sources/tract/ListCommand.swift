import ArgumentParser
import ScreenKit
import TractCore

/// `tract list`: the library's articles with their size and topic coverage.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the library's articles: path, title, sections, words, words per topic."
    )

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Also name hidden files and folders (names starting with a dot), which are never read.") var all = false
    @Argument(help: ArgumentHelp("Library folders or articles (default: the library).", valueName: "dir"))
    var paths: [String] = []

    func run() throws {
        try reportingErrors {
            var library = try options.selection.loadLibrary(paths: paths)
            let hidden = library.skipped.filter(\.hidden).count
            if !all { library.skipped.removeAll { $0.hidden } }
            if json {
                try Output.json(ListJSON(library: library.root.map(Sanitizer.clean),
                                         articles: library.articles.map { ArticleSummaryJSON($0, topicSet: library.topicSet) },
                                         skipped: library.skipped.map { .init(path: Sanitizer.clean($0.path), reason: $0.reason, hidden: $0.hidden) }))
            } else {
                Output.print(LibraryTable.render(library)
                             + (!all && hidden > 0 ? "\n\(hidden) hidden \(hidden == 1 ? "entry" : "entries") not read (--all names them)" : ""))
            }
        }
    }
}

/// The plain-text table printed by `tract list` (and by `tract` when it cannot open the reader).
enum LibraryTable {
    static func render(_ library: Library) -> String {
        let ids = library.topicSet.ids
        var rows = [["ARTICLE", "TITLE", "SECTIONS", "WORDS"] + ids]
        for article in library.articles {
            let coverage = article.coverage
            rows.append([Sanitizer.clean(article.stem), TextWrapper.truncate(article.title, width: 44), "\(article.headingCount)",
                         "\(article.wordCount)"] + ids.map { "\(coverage.words(on: $0))" })
        }
        var out = Columns.format(rows, rightAligned: Set(2..<(4 + ids.count)))
        if library.articles.isEmpty { out += "\n(no articles)" }
        for item in library.skipped {
            out += "\nskipped \(Sanitizer.clean(item.path)): \(item.reason)"
        }
        return out
    }
}
