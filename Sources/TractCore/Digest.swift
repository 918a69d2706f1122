/// The whole library on one topic: every article's passages on it, strongest article first (by its
/// words on the topic, as the map's column ranks them), each article's whole sections on the topic
/// before its single paragraphs elsewhere; the articles with nothing on it; and the points several
/// articles make (`SharedPoints`).
public struct Digest: Equatable, Sendable {
    /// One article's part of the digest.
    public struct Entry: Equatable, Sendable {
        /// Library index of the article.
        public var article: Int
        /// Its words on the topic.
        public var words: Int
        public var passages: [Passage]
    }

    public let topic: String
    public let entries: [Entry]
    /// Library indices of the articles with nothing on the topic, in library order.
    public let without: [Int]
    /// Content words and phrases found in the passages of two articles or more, most widely shared first.
    public let shared: [SharedPoints.Point]

    public init(library: Library, topic: String) {
        self.topic = topic
        var entries: [Entry] = []
        var without: [Int] = []
        for (index, article) in library.articles.enumerated() {
            let passages = PassageFinder.passages(in: article, topic: topic)
            guard !passages.isEmpty else {
                without.append(index)
                continue
            }
            // Whole sections first, then paragraphs from elsewhere; each in reading order.
            let ordered = passages.filter(\.isSection) + passages.filter { !$0.isSection }
            entries.append(Entry(article: index, words: article.coverage.words(on: topic), passages: ordered))
        }
        // Stable: equal counts keep library order.
        self.entries = entries.enumerated().sorted { ($0.element.words, -$0.offset) > ($1.element.words, -$1.offset) }.map(\.element)
        self.without = without
        shared = SharedPoints.find(in: self.entries.map { entry in
            entry.passages.map { $0.text(in: library.articles[entry.article]) }.joined(separator: "\n")
        }, others: library.articles.indices.map { Self.textOff(topic, in: library.articles[$0]) })
    }

    /// An article's paragraphs that are in none of its passages on `topic`.
    static func textOff(_ topic: String, in article: Article) -> String {
        let passages = PassageFinder.passages(in: article, topic: topic)
        var out: [String] = []
        for (index, section) in article.sections.enumerated() {
            for number in section.paragraphs.indices
            where !passages.contains(where: { $0.section == index && $0.paragraphs.contains(number) }) {
                out.append(section.paragraphs[number].text)
            }
        }
        return out.joined(separator: "\n")
    }

    /// The entries with only their passages that mention `point` (any case), articles left without one
    /// dropped.
    public func narrowed(to point: String, in library: Library) -> [Entry] {
        entries.compactMap { entry in
            let article = library.articles[entry.article]
            let kept = entry.passages.filter { SharedPoints.mentions($0.text(in: article), point) }
            return kept.isEmpty ? nil : Entry(article: entry.article, words: entry.words, passages: kept)
        }
    }
}
