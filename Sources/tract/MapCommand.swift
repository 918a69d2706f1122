import ArgumentParser
import TractCore

/// `tract map`: the articles × topics table — how much each article says on each topic.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Print the articles × topics table: words on each topic, with a bar."
    )

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try reportingErrors {
            let library = try options.selection.loadSummarised()
            let map = TopicMap(library: library)
            if json {
                try Output.json(MapJSON(map: map, library: library))
                return
            }
            Output.print(Self.table(map, library: library, width: Output.tableWidth()))
        }
    }

    /// The table, its bars as long as `width` allows (six columns, three, one), then topic names cut
    /// to four letters, then article names shortened.
    static func table(_ map: TopicMap, library: Library, width: Int?) -> String {
        var rows: [[String]] = []
        for (barWidth, short) in [(6, false), (3, false), (1, false), (1, true)] {
            rows = [["ARTICLE"] + library.topicSet.ids.map { short ? String($0.prefix(4)) : $0 }]
            for (index, article) in library.articles.enumerated() {
                rows.append([Sanitizer.clean(article.stem)] + map.words[index].enumerated().map { column, words in
                    words == 0 ? "·" : "\(TopicMap.bar(words, max: map.maxWords[column], width: barWidth)) \(words)"
                })
            }
            if width.map({ Columns.width(rows) <= $0 }) ?? true { break }
        }
        return Columns.format(rows, width: width, shrinking: 0)
    }
}

/// The `map --json` document.
struct MapJSON: Encodable {
    struct Row: Encodable {
        var path: String
        var title: String
        var words: [String: Int]
    }

    var topics: [String]
    var articles: [Row]

    init(map: TopicMap, library: Library) {
        topics = library.topicSet.ids
        articles = library.articles.enumerated().map { index, article in
            Row(path: Sanitizer.clean(article.path), title: article.title,
                words: Dictionary(uniqueKeysWithValues: zip(library.topicSet.ids, map.words[index])))
        }
    }
}
