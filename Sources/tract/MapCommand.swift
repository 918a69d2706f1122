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
            let library = try options.selection.loadLibrary()
            let map = TopicMap(library: library)
            if json {
                try Output.json(MapJSON(map: map, library: library))
                return
            }
            var rows = [["ARTICLE"] + library.topicSet.ids]
            for (index, article) in library.articles.enumerated() {
                rows.append([Sanitizer.clean(article.stem)] + map.words[index].enumerated().map { column, words in
                    words == 0 ? "·" : "\(TopicMap.bar(words, max: map.maxWords[column], width: 6)) \(words)"
                })
            }
            Output.print(Columns.format(rows))
        }
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
