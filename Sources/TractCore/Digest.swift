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
        // The points are read from the strongest articles only (and, for what is said off the topic,
        // from those and some articles without a passage): enough to see what recurs, and the same cost
        // on a library of 2,000 as on one of 200.
        let sample = self.entries.prefix(SharedPoints.sampleArticles)
        let background = sample.map { $0.article } + without.prefix(SharedPoints.sampleArticles / 2)
        shared = SharedPoints.find(in: sample.map { entry in
            entry.passages.map { $0.text(in: library.articles[entry.article]) }.joined(separator: "\n")
        }, others: background.map { Self.textOff(topic, in: library.articles[$0]) })
    }

    /// "Nothing on safety in: A, B." — every article without a passage, in one line (`label` the topic's
    /// name as the sentence says it).
    public func closingLine(library: Library, label: String) -> String {
        guard !without.isEmpty else { return "Every article has something on \(label)." }
        return "Nothing on \(label) in: " + without.map { library.articles[$0].title }.joined(separator: ", ") + "."
    }

    /// An article's paragraphs that are in none of its passages on `topic`.
    static func textOff(_ topic: String, in article: Article) -> String {
        var covered = Set<Int>()  // section × 1,000,000 + paragraph
        for passage in PassageFinder.passages(in: article, topic: topic) {
            for number in passage.paragraphs { covered.insert(passage.section * 1_000_000 + number) }
        }
        var out: [String] = []
        for (index, section) in article.sections.enumerated() {
            for number in section.paragraphs.indices where !covered.contains(index * 1_000_000 + number) {
                out.append(String(section.paragraphs[number].text))
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
