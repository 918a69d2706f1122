import Yams

/// The YAML block at the top of a Markdown article, between `---` lines.
public struct FrontMatter: Equatable, Sendable {
    public var title: String?
    public var source: String?
    public var date: String?

    public init(title: String? = nil, source: String? = nil, date: String? = nil) {
        self.title = title
        self.source = source
        self.date = date
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
        return (FrontMatter(title: string("title"), source: string("source"), date: string("date")), body, end + 1)
    }
}
