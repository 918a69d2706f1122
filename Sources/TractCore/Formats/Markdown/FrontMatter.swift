import Yams

/// The YAML block at the top of a Markdown article, between `---` lines.
public struct FrontMatter: Equatable, Sendable {
    public var title: String?
    public var source: String?
    public var date: String?
    /// `author` or `authors`: a name, a list of names, or of mappings with a `name`.
    public var authors: [String] = []
    /// `journal`, `venue`, `publication`, `site` or `publisher`, the first given.
    public var venue: String?
    public var doi: String?

    public init(title: String? = nil, source: String? = nil, date: String? = nil) {
        self.title = title
        self.source = source
        self.date = date
    }

    /// The metadata it gives besides title, source and date.
    public var about: ArticleMetadata {
        let byline = authors.isEmpty ? nil : authors.prefix(3).joined(separator: ", ") + (authors.count > 3 ? " et al." : "")
        return ArticleMetadata(byline: byline, authors: authors, siteName: venue, doi: doi.flatMap { DOI.find(in: $0) })
    }

    /// Separates front matter from the body; returns the metadata, the body, and how many lines
    /// the front matter took (so body line numbers can be mapped back to the file).
    static func split(_ text: String) -> (FrontMatter, String, Int) {
        guard text.hasPrefix("---\n") else { return (FrontMatter(), text, 0) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let end = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else {
            return (FrontMatter(), text, 0)
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        // Composed rather than loaded, so a date stays the text it was written as.
        let mapping = (try? Yams.compose(yaml: yaml))?.mapping
        func string(_ key: String) -> String? {
            mapping?[key]?.string.map(Sanitizer.clean)
        }
        var matter = FrontMatter(title: string("title"), source: string("source") ?? string("url"), date: string("date") ?? string("year"))
        matter.authors = ["authors", "author"].lazy.compactMap { mapping?[$0].map(names) }.first { !$0.isEmpty } ?? []
        matter.venue = ["journal", "venue", "publication", "site", "publisher"].lazy.compactMap(string).first
        matter.doi = string("doi")
        return (matter, body, end + 1)
    }

    /// Names in a YAML value: "A. Keeper", "A. Keeper and C. Tagger", [A. Keeper, C. Tagger], or a list of
    /// mappings with a `name` (or `family` and `given`).
    private static func names(_ node: Yams.Node) -> [String] {
        if let text = node.string {
            return text.replacingOccurrences(of: " and ", with: ";").split(separator: ";").map { Sanitizer.clean(String($0.trimmingSpaces())) }
        }
        if let sequence = node.sequence { return sequence.flatMap(names) }
        if let mapping = node.mapping {
            if let name = mapping["name"]?.string { return [Sanitizer.clean(name)] }
            let parts = [mapping["given"]?.string, mapping["family"]?.string].compactMap { $0 }
            return parts.isEmpty ? [] : [Sanitizer.clean(parts.joined(separator: " "))]
        }
        return []
    }
}
