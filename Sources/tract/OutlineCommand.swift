import ArgumentParser
import ScreenKit
import TractCore

/// `tract outline ARTICLE`: the title and sections, with topics and paragraphs.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print an article's title and sections with their topics and paragraphs."
    )

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON.") var json = false
    @Argument(help: ArgumentHelp("A path, a file stem from the library, or an unambiguous part of one.", valueName: "article"))
    var article: String

    func run() throws {
        try reportingErrors {
            let article = try options.selection.resolveArticle(article)
            if json {
                try Output.json(OutlineJSON(article))
            } else {
                Output.print(OutlineText.render(article))
            }
        }
    }
}

/// The plain-text outline: numbered sections with line, topics and paragraph count, then paragraphs.
enum OutlineText {
    static func render(_ article: Article) -> String {
        var out = "\(article.title)\n\(Sanitizer.clean(article.path)) · \(article.format.rawValue) · "
            + "\(article.headingCount) sections · \(article.wordCount) words\n"
        let web = BibliographicRecord(article: article).url.flatMap { article.doi == nil ? $0 : nil }
        let about = [article.byline.map { "by " + $0 }, article.date, article.siteName, article.doi.map { "doi:" + $0 }, web].compactMap { $0 }
        if !about.isEmpty { out += about.joined(separator: " · ") + "\n" }
        for (index, section) in article.sections.enumerated() {
            let heading = section.heading ?? "(before the first heading)"
            let indent = String(repeating: "  ", count: max(section.level - 1, 0))
            out += "\n\(index + 1). \(indent)\(heading)  [line \(section.line)]  \(topics(section.topics))\n"
            for paragraph in section.paragraphs {
                out += "     \(paragraph.line): \(TextWrapper.truncate(String(paragraph.text), width: 60))  \(topics(paragraph.topics))\n"
            }
        }
        return out.trimmingTrailingSpaces()
    }

    static func topics(_ labels: [TopicLabel]) -> String {
        labels.map { "\($0.id) \(formatScore($0.score)) (\($0.evidence.prefix(3).joined(separator: ", ")))" }
            .joined(separator: "; ")
    }

    static func formatScore(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return hundredths >= 100 ? "1.00" : "0.\(hundredths < 10 ? "0" : "")\(hundredths)"
    }
}
