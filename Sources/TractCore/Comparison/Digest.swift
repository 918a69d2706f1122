/// The whole library on one topic: every article's passages on it, strongest article first (by its
/// words on the topic, as the map's column ranks them), each article's whole sections on the topic
/// before its single paragraphs elsewhere; the articles with nothing on it; and the points several
/// articles make (`PointFinder`, as compare finds them).
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
    /// What two articles or more state on the topic; a point's sides are the entries of `sampled`.
    public let shared: [Point]
    /// How many of the strongest entries the points were read from.
    public let sampled: Int

    /// The points are read from at most this many of the strongest articles: enough to see what recurs,
    /// and the same cost on a library of 2,000 as on one of 200.
    public static let sampleArticles = 60

    /// Each library article's name in the digest (`Library.shortNames`).
    public let names: [String]

    public init(library: Library, topic: String) {
        self.topic = topic
        names = library.shortNames
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
        let sample = Array(self.entries.prefix(Self.sampleArticles))
        sampled = sample.count
        let found = PointFinder.find(sides: sample.map { entry in entry.passages.map { $0.text(in: library.articles[entry.article]) } },
                                     subjects: sample.flatMap { [library.articles[$0.article].title, library.articles[$0.article].stem] },
                                     topic: topic, oneSided: false)
        // Most widely stated first; the finder's order (strongest) among equals.
        shared = found.enumerated().sorted { ($0.element.sides.count, -$0.offset) > ($1.element.sides.count, -$1.offset) }.map(\.element)
    }

    /// "Nothing on safety in: A, B." — every article without a passage, in one line (`label` the topic's
    /// name as the sentence says it).
    public func closingLine(library: Library, label: String) -> String {
        guard !without.isEmpty else { return "Every article has something on \(label)." }
        return "Nothing on \(label) in: " + without.map { names.indices.contains($0) ? names[$0] : library.articles[$0].title }
            .joined(separator: ", ") + "."
    }

    /// The library indices of the articles stating `point`, and the words each states it in (sampled
    /// articles only: the points were read from them).
    public func statements(of point: Point) -> [(article: Int, quote: String)] {
        point.quotes.enumerated().compactMap { side, quote in quote.map { (entries[side].article, $0) } }
    }

    /// The shared point called `name` (any case), or one made of the words themselves, found by them.
    public func point(named name: String) -> Point {
        shared.first { $0.name.lowercased() == name.lowercased() }
            ?? Point(name: name, forms: [PointText.normalised(Substring(name.lowercased()))], quotes: [], passages: [])
    }

    /// The entries with only their passages that state `point`, articles left without one dropped.
    public func narrowed(to point: Point, in library: Library) -> [Entry] {
        entries.enumerated().compactMap { number, entry in
            let article = library.articles[entry.article]
            let kept = number < sampled && number < point.passages.count
                ? point.passages[number].map { entry.passages[$0] }
                : entry.passages.filter { point.isStated(in: $0.text(in: article)) }
            return kept.isEmpty ? nil : Entry(article: entry.article, words: entry.words, passages: kept)
        }
    }
}
