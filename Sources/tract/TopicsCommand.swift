import ArgumentParser
import TractCore
import TractRuntime

/// `tract topics`: the topic set in force and where it came from.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "Print the topic set in force and where it came from.",
        discussion: "Use --yaml to print the built-in topic file as a starting point for your own topics.yml."
    )

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Print the built-in topic file (YAML).") var yaml = false

    func run() throws {
        try reportingErrors {
            if yaml {
                Output.print(TopicSet.builtIn.yaml)
                return
            }
            let folder = try? options.selection.libraryPath()
            let set = try LibraryLoader(topicsFile: options.topics).topics(forFirstFolderIn: folder.map { [$0] } ?? [])
            if json {
                try Output.json(TopicsJSON(set))
            } else {
                var out = "Topics from \(Sanitizer.clean(set.origin)) (threshold \(set.threshold))\n"
                for topic in set.topics {
                    out += "\n\(topic.id)  \(topic.label)  [\(topic.color)]\n"
                    out += "  headings: \(topic.headingTerms.map(\.text).joined(separator: ", "))\n"
                    out += "  words:    \(topic.bodyTerms.map(\.text).joined(separator: ", "))\n"
                }
                Output.print(out.trimmingTrailingSpaces())
            }
        }
    }
}

/// The `topics --json` document.
struct TopicsJSON: Encodable {
    struct TopicJSON: Encodable {
        var id: String
        var label: String
        var color: String
        var headings: [String]
        var words: [String: Double]
        var priority: Int
    }

    var origin: String
    var threshold: Double
    var neutralHeadings: [String]
    var model: String?
    var topics: [TopicJSON]

    enum CodingKeys: String, CodingKey {
        case origin, threshold, model, topics
        case neutralHeadings = "neutral-headings"
    }

    init(_ set: TopicSet) {
        origin = Sanitizer.clean(set.origin)
        threshold = set.threshold
        neutralHeadings = set.neutralHeadings.map(\.text)
        model = set.usesModel ? "built-in" : nil
        topics = set.topics.map { topic in
            TopicJSON(id: topic.id, label: topic.label, color: topic.color, headings: topic.headingTerms.map(\.text),
                      words: Dictionary(topic.bodyTerms.map { ($0.text, $0.weight) }, uniquingKeysWith: max),
                      priority: topic.priority)
        }
    }
}
