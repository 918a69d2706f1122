/// A parsed article: its metadata and its sections, each tagged with topics.
public struct Article: Equatable, Sendable {
    /// Which parser produced the structure.
    public enum Format: String, Sendable, Codable {
        case text, markdown, html, pdf, epub
    }

    /// The path as given or as found in the library.
    public var path: String
    /// Title from front matter, a leading title line, or the file stem in words.
    public var title: String
    public var format: Format
    /// 1-based line of the title line in the source, when the title came from the text.
    public var titleLine: Int?
    public var source: String?
    public var date: String?
    /// Who wrote it, the site or journal it is from, and its DOI, as the file says.
    public var about = ArticleMetadata()
    public let sections: [Section]
    /// Counts derived once from the sections, so views can show them on every frame for free.
    public let headingCount: Int
    public let wordCount: Int
    public let coverage: TopicCoverage
    /// Each topic's passages (see `PassageFinder`), found once so compare can switch topics quickly.
    public let passagesByTopic: [String: [Passage]]
    /// Per topic id, the paragraphs nearest to it below the threshold, best first (from the classifier).
    public let nearestByTopic: [String: [Passage]]
    /// FNV-1a hash of the raw bytes, hex; bookmarks use it to detect edits.
    public var contentHash: String
    /// Lines in the source file.
    public var lineCount: Int
    /// False for a stand-in shown while the whole file is still being read: only its opening is parsed.
    public var isComplete = true
    /// True while the sections are read but not yet labelled with topics (`ArticleParser.structure`).
    public var topicsPending = false

    public init(path: String, title: String, format: Format, titleLine: Int? = nil, source: String? = nil,
                date: String? = nil, sections: [Section], nearest: [String: [Passage]] = [:], contentHash: String,
                lineCount: Int = 0) {
        self.path = path
        self.title = title
        self.format = format
        self.titleLine = titleLine
        self.source = source
        self.date = date
        self.sections = sections
        self.contentHash = contentHash
        self.lineCount = lineCount
        headingCount = sections.reduce(0) { $0 + ($1.heading == nil ? 0 : 1) }
        coverage = TopicCoverage(sections: sections)
        wordCount = coverage.totalWords
        passagesByTopic = PassageFinder.passagesByTopic(sections)
        nearestByTopic = nearest
    }

    /// The entries of its reference list (`ReferenceParser`), read when asked — by `outline`, `refs` and
    /// the article the reader opens: kept for every article, a library of 2,000 papers held ~30 KB each.
    public var references: [ReferenceEntry] { ReferenceParser.entries(in: sections) }

    /// The file name without directory and extension.
    public var stem: String { ArticlePath.stem(of: path) }

    public var byline: String? {
        get { about.byline }
        set { about.byline = newValue }
    }

    public var siteName: String? {
        get { about.siteName }
        set { about.siteName = newValue }
    }

    public var doi: String? {
        get { about.doi }
        set { about.doi = newValue }
    }

    /// Sections that have a heading.
    public var headings: [String] { sections.compactMap(\.heading) }
}
