import ArgumentParser
import ScreenKit
import TractCore

/// `tract digest --topic T`: what every article of the library says on one topic, strongest first.
struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Print every article's passages on one topic, strongest article first, with the points they share."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var options: LibraryOptions
    @Option(help: "The topic id (see `tract topics`).") var topic: String
    @Option(help: "Output: text, markdown or json.") var format: Format = .text
    @Flag(help: "Print JSON (the same as --format json).") var json = false
    @Option(help: "Narrow to the passages that state this point (a word or phrase).") var point: String?
    @Option(help: "Width to wrap text to (default: the terminal's, else 80).") var width: Int?

    func run() throws {
        try reportingErrors {
            let library = try options.selection.loadLibrary()
            let topicInfo = try library.topicSet.require(topic)
            let digest = Digest(library: library, topic: topic)
            let entries = point.map { digest.narrowed(to: digest.point(named: $0), in: library) } ?? digest.entries
            switch json ? .json : format {
            case .json: try Output.json(DigestJSON(digest: digest, entries: entries, library: library))
            case .markdown: Output.print(DigestText.markdown(digest, entries: entries, library: library, label: topicInfo.label))
            case .text:
                Output.print(DigestText.plain(digest, entries: entries, library: library, label: topicInfo.label,
                                              width: try Output.width(width)))
            }
        }
    }
}

/// The digest as plain text and as Markdown.
enum DigestText {
    static func plain(_ digest: Digest, entries: [Digest.Entry], library: Library, label: String, width: Int) -> String {
        let fit = { (text: String) in TextWrapper.truncate(text, width: width) }
        var out = fit("Digest on \(label.lowercased()) (\(digest.topic)) · \(entries.count) of \(library.articles.count) articles") + "\n"
        if !digest.shared.isEmpty {
            let points = "Shared points: " + digest.shared.map { "\($0.name) (\($0.sides.count))" }.joined(separator: " · ")
            out += TextWrapper.wrap(points, width: width).joined(separator: "\n") + "\n"
        }
        for entry in entries {
            let article = library.articles[entry.article]
            out += "\n" + fit("\(digest.names[entry.article]) — \(entry.words) words on \(label.lowercased())") + "\n"
            for passage in entry.passages {
                out += fit("  § \(passage.heading ?? "(opening)") · line \(passage.line)") + "\n"
                for paragraph in passage.blocks(in: article) {
                    out += TextWrapper.wrap(paragraph.text, width: max(width - 4, 20)).map { "    " + $0 }.joined(separator: "\n") + "\n"
                }
            }
        }
        return out + TextWrapper.wrap(digest.closingLine(library: library, label: label.lowercased()), width: width).joined(separator: "\n")
    }

    static func markdown(_ digest: Digest, entries: [Digest.Entry], library: Library, label: String) -> String {
        var out = "# \(label)\n\n"
        if !digest.shared.isEmpty {
            let points = digest.shared.map { point in "*\(point.name)* (\(point.sides.count))" }
            out += "Shared points: " + points.joined(separator: ", ") + "\n"
        }
        for entry in entries {
            let article = library.articles[entry.article]
            out += "\n## \(article.title)\n"
            if let by = article.authorYear { out += "\n*\(by)*\n" }
            for passage in entry.passages {
                out += "\n### \(passage.heading ?? "(opening)")\n\n"
                for paragraph in passage.blocks(in: article) {
                    out += emphasised(String(paragraph.text), passage.evidence) + "\n\n"
                }
                out += "— \(article.path), line \(passage.line)\n"
            }
        }
        return out + "\n" + digest.closingLine(library: library, label: label.lowercased())
    }

    /// `text` with each evidence word in bold.
    private static func emphasised(_ text: String, _ evidence: [String]) -> String {
        let wanted = Set(evidence.map { $0.lowercased() })
        guard !wanted.isEmpty else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let core = word.trimmingCharacters(in: .punctuationCharacters)
            guard !core.isEmpty, wanted.contains(core.lowercased()), let range = word.range(of: core) else { return String(word) }
            return word.replacingCharacters(in: range, with: "**\(core)**")
        }.joined(separator: " ")
    }
}

/// The `digest --json` document.
struct DigestJSON: Encodable {
    struct PassageJSON: Encodable {
        @ExplicitNull var section: String?
        var line: Int
        var text: String
        var evidence: [String]
        var wholeSection: Bool
    }

    struct EntryJSON: Encodable {
        var path: String
        var title: String
        var words: Int
        var passages: [PassageJSON]
    }

    /// A point, how many articles state it, and each one's words for it.
    struct PointJSON: Encodable {
        struct Statement: Encodable {
            var path: String
            var title: String
            var quote: String
        }

        var text: String
        var articles: Int
        var statedBy: [Statement]

        enum CodingKeys: String, CodingKey {
            case text, articles, statedBy = "stated_by"
        }
    }

    var topic: String
    var shared: [PointJSON]
    var articles: [EntryJSON]
    var without: [String]

    init(digest: Digest, entries: [Digest.Entry], library: Library) {
        topic = digest.topic
        shared = digest.shared.map { point in
            PointJSON(text: point.name, articles: point.sides.count, statedBy: digest.statements(of: point).map { statement in
                let article = library.articles[statement.article]
                return PointJSON.Statement(path: Sanitizer.clean(article.path), title: article.title, quote: statement.quote)
            })
        }
        articles = entries.map { entry in
            let article = library.articles[entry.article]
            return EntryJSON(path: Sanitizer.clean(article.path), title: article.title, words: entry.words, passages: entry.passages.map {
                PassageJSON(section: $0.heading, line: $0.line, text: $0.text(in: article), evidence: $0.evidence, wholeSection: $0.isSection)
            })
        }
        without = digest.without.map { Sanitizer.clean(library.articles[$0].path) }
    }
}
