import ArgumentParser
import Foundation
import TractCore
import TractRuntime

/// `tract search QUERY`: ranked hits across the library.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the whole library: ranked hits with article, section, line and snippet.",
        discussion: """
        Words must all occur (any case or accents); "a phrase" matches as written; seroton* matches any \
        word it begins; OR and NOT combine. Headings count four times. Text without spaces between words \
        (Chinese, Japanese, Korean) is found by substring.
        """
    )

    @OptionGroup var options: LibraryOptions
    @OptionGroup var store: StoreOptions
    @Flag(help: "Print JSON.") var json = false
    @Option(help: "Only passages on this topic (see `tract topics`).") var topic: String?
    @Option(help: "At most this many hits.") var limit: Int = 20
    @Flag(help: "One line per hit as path:line:column:text, for an editor's quickfix list (vim, emacs, VS Code).")
    var vimgrep = false
    // Words Tract does not know as options are part of the query, so one may start with `-` (`-5-HT`).
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("What to look for (several words are one query).", valueName: "query"))
    var words: [String] = []

    var query: String { words.joined(separator: " ") }

    func run() throws {
        try reportingErrors {
            guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw TractError("search needs a query: tract search WORDS") }
            guard limit >= 1 else { throw TractError("--limit must be at least 1") }
            let hits = try LibrarySearch(options: options, store: store).search(query, topic: topic, limit: limit)
            if json {
                try Output.json(hits.map { hit -> SearchHit in
                    var clean = hit
                    clean.path = Sanitizer.clean(hit.path)
                    return clean
                })
                return
            }
            if vimgrep {
                // The passage's own line; column 1, as the index keeps passages, not character places.
                if !hits.isEmpty { Output.print(hits.map { "\(Sanitizer.clean($0.path)):\($0.line):1:\($0.snippet)" }.joined(separator: "\n")) }
                return
            }
            guard !hits.isEmpty else { Output.print("no hits for '\(Sanitizer.clean(query))'" + (topic.map { " on \(Sanitizer.clean($0))" } ?? "")); return }
            Output.print(hits.enumerated().map { index, hit in
                let tags = hit.topics.isEmpty ? "" : " [\(hit.topics.joined(separator: ","))]"
                return Paint.bold("\(index + 1). \(hit.title)") + " › \(hit.section ?? "(opening)") (line \(hit.line))\(tags)  score \(hit.score)\n"
                    + "   \(Self.marked(hit.snippet, hit.highlights))"
            }.joined(separator: "\n"))
        }
    }

    /// The snippet with its hits highlighted on a terminal, else in «guillemets».
    static func marked(_ snippet: String, _ highlights: [[Int]]) -> String {
        let (open, close) = Paint.enabled ? (String(Paint.hitMark), String(Paint.resetMark)) : ("«", "»")
        var out = ""
        for (offset, character) in snippet.enumerated() {
            if highlights.contains(where: { $0[0] == offset }) { out += open }
            out.append(character)
            if highlights.contains(where: { $0[1] == offset + 1 }) { out += close }
        }
        return out
    }
}

/// Keeps the index in step with the library folder, then queries it.
struct LibrarySearch {
    let options: LibraryOptions
    let store: StoreOptions

    func search(_ query: String, topic: String?, limit: Int) throws -> [SearchHit] {
        let folder = try options.selection.libraryPath()
        let loader = LibraryLoader(topicsFile: options.topics)
        let topicSet = try loader.topics(forFirstFolderIn: [folder])
        if let topic { _ = try topicSet.require(topic) }
        let classifier = TopicClassifier(topicSet: topicSet)
        let paths = loader.articlePaths(in: [folder]).map(absolutePath)
        let index = try SearchIndex.updated(directory: TractStore.directory(override: store.dataDir), paths: paths) { path, vocabulary in
            try? loader.loadArticle(path: path, classifier: classifier, vocabulary: vocabulary)
        }
        if let reason = index.unkept { Output.error("note: \(reason); searched an index built in memory for this run") }
        return try index.search(query, topic: topic, limit: limit)
    }
}
