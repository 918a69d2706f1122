/// One result of a library search.
public struct SearchHit: Equatable, Sendable, Codable {
    public var path: String
    public var title: String
    public var section: String?
    public var sectionIndex: Int
    public var paragraphIndex: Int
    public var line: Int
    /// Topic ids of the passage (its section's and its own).
    public var topics: [String]
    /// A short excerpt around the hits; `highlights` are character ranges of the hits in it.
    public var snippet: String
    public var highlights: [[Int]]
    /// Higher is better (BM25, heading matches weighted up).
    public var score: Double

    public init(path: String, title: String, section: String?, sectionIndex: Int, paragraphIndex: Int, line: Int,
                topics: [String], snippet: String, highlights: [[Int]], score: Double) {
        self.path = path
        self.title = title
        self.section = section
        self.sectionIndex = sectionIndex
        self.paragraphIndex = paragraphIndex
        self.line = line
        self.topics = topics
        self.snippet = snippet
        self.highlights = highlights
        self.score = score
    }
}

