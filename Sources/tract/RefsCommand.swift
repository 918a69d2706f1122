import ArgumentParser
import ScreenKit
import TractCore

/// `tract refs ARTICLE`: the reference list split into entries, and where the text cites each.
struct RefsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs",
        abstract: "Print an article's reference list as entries, with where each is cited."
    )

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON.") var json = false
    @Argument(help: ArgumentHelp("A path, a file stem from the library, or an unambiguous part of one.", valueName: "article"))
    var article: String

    func run() throws {
        try reportingErrors {
            let article = try options.selection.resolveArticle(article)
            let report = ReferenceReport(article)
            if json {
                try Output.json(report)
            } else {
                Output.print(report.text)
            }
        }
    }
}

/// The entries with their citing lines, and how many of the text's citations name an entry.
struct ReferenceReport: Encodable {
    struct Entry: Encodable {
        var number: Int?
        var label: String
        var authors: [String]
        var year: String?
        var title: String?
        var venue: String?
        var doi: String?
        var line: Int
        var text: String
        /// Source lines of the paragraphs that cite it.
        var citedAt: [Int]
    }

    var path: String
    var entries: [Entry]
    /// Citations found in the text, and how many of them name at least one entry.
    var citations: Int
    var resolved: Int
    /// The citations that name no entry, as written.
    var unresolved: [String]

    init(_ article: Article) {
        path = Sanitizer.clean(article.path)
        let index = CitationIndex(article.references)
        let cited = article.citingLines(index)
        entries = index.entries.enumerated().map { offset, entry in
            Entry(number: entry.number, label: entry.label, authors: entry.authors, year: entry.year, title: entry.title,
                  venue: entry.venue, doi: entry.doi, line: entry.line, text: entry.text, citedAt: cited[offset] ?? [])
        }
        let found = article.citations(index)
        citations = found.count
        resolved = found.filter { !$0.entries.isEmpty }.count
        unresolved = found.filter { $0.entries.isEmpty }.map(\.text)
    }

    var text: String {
        guard !entries.isEmpty else { return "\(path): no reference list found" }
        var out = "\(path) · \(entries.count) references · \(resolved) of \(citations) citations in the text name one\n"
        for entry in entries {
            let cited = entry.citedAt.isEmpty ? "not cited" : "cited at line " + entry.citedAt.map(String.init).joined(separator: ", ")
            out += "\n\(entry.label)  \(entry.text)\n    \(cited)\(entry.doi.map { " · doi:" + $0 } ?? "")\n"
        }
        return out
    }
}
