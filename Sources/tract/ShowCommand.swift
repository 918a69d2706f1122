import ArgumentParser
import TractCore
import TractApp

/// `tract show ARTICLE [--section N|TEXT]`: the article or one section, wrapped.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article, or one section of it, wrapped to a width."
    )

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON.") var json = false
    @Option(help: ArgumentHelp("Section number (as in `tract outline`), or part of a heading, or a topic id.", valueName: "n|text"))
    var section: String?
    @Option(help: "Wrap to this many columns (default: the terminal's, else 80).") var width: Int?
    @Argument(help: ArgumentHelp("A path, a file stem from the library, or an unambiguous part of one.", valueName: "article"))
    var article: String

    func run() throws {
        try reportingErrors {
            let article = try options.selection.resolveArticle(article)
            let width = try Output.width(width)
            let range = try section.map { try SectionSelector.find($0, in: article) }.map { $0..<($0 + 1) }
            if json {
                try Output.json(ShowJSON(article: article, width: width, lines: ArticleLayout.lines(of: article, width: width, sections: range)))
            } else {
                var output = Output.LineWriter()
                if range == nil { output.write("\(article.title)\n") }
                ArticleLayout.forEachLine(of: article, width: width, sections: range) { output.write(ArticleLayout.plainText($0)) }
                output.flush()
            }
        }
    }
}

/// Finds the section a `--section` value names.
enum SectionSelector {
    static func find(_ value: String, in article: Article) throws -> Int {
        let count = article.sections.count
        if let number = Int(value) {
            guard number >= 1 && number <= count else {
                throw TractError("section \(number) is out of range: \(article.stem) has sections 1–\(count)")
            }
            return number - 1
        }
        let lower = value.lowercased()
        let hits = article.sections.indices.filter { article.sections[$0].heading?.lowercased().contains(lower) ?? false }
        if hits.count == 1 { return hits[0] }
        if hits.count > 1 {
            let names = hits.map { "\($0 + 1). \(article.sections[$0].heading ?? "")" }.joined(separator: "; ")
            throw TractError("'\(value)' matches several sections: \(names)")
        }
        if let byTopic = article.sections.firstIndex(where: { $0.primaryTopic == lower }) { return byTopic }
        throw TractError("no section matches '\(value)' in \(article.stem) (see `tract outline \(article.stem)`)")
    }
}

/// The `show --json` document: the wrapped rows of each section shown.
struct ShowJSON: Encodable {
    struct SectionRows: Encodable {
        @ExplicitNull var heading: String?
        var line: Int
        var lines: [String]
    }

    var path: String
    var title: String
    var width: Int
    var sections: [SectionRows]

    init(article: Article, width: Int, lines: [LayoutLine]) {
        path = Sanitizer.clean(article.path)
        title = article.title
        self.width = width
        var sections: [SectionRows] = []
        var current: Int?
        for line in lines {
            if line.section != current {
                // Blank separator rows belong to the section they open; skip them at its start.
                current = line.section
                let source = article.sections[line.section]
                sections.append(SectionRows(heading: source.heading, line: source.line, lines: []))
                if line.kind == .blank { continue }
            }
            sections[sections.count - 1].lines.append(line.kind == .blank ? "" : String(repeating: " ", count: line.indent) + line.text)
        }
        self.sections = sections
    }
}
