/// Two articles' passages on one topic, paired for side-by-side reading.
///
/// Each side leads with its sections on the topic (a side without any leads with its best paragraphs
/// instead), then the paragraphs elsewhere that mention the topic. The leads are paired among
/// themselves and the rest among themselves, so the two safety sections meet at the top rather than
/// after a stray paragraph. Pairs keep reading order within each part (they never cross) and are
/// chosen to maximise total similarity: word overlap of the passages (their `WordSignature`s), plus a
/// bonus when both are whole sections.
public struct TopicComparison: Equatable, Sendable {
    /// One article's side: its passages, or — when it has none — its nearest paragraphs.
    public struct Side: Equatable, Sendable {
        public var article: Article
        public var passages: [Passage]
        /// Filled only when `passages` is empty.
        public var nearest: [Passage]
    }

    public var topic: String
    public var left: Side
    public var right: Side
    /// Index pairs (left passage, right passage): the leads' pairs, then the rest's, each in reading order.
    public var pairs: [[Int]]
    /// How many passages of each side (left, right) form its lead; the rest come after them.
    public var leading: [Int]

    /// Compares `left` and `right` on `topic`.
    public init(topic: String, left: Article, right: Article) {
        self.topic = topic
        let arranged = Self.arrange(PassageFinder.passages(in: left, topic: topic), PassageFinder.passages(in: right, topic: topic))
        self.left = Side(article: left, passages: arranged.left,
                         nearest: arranged.left.isEmpty ? PassageFinder.nearest(in: left, topic: topic) : [])
        self.right = Side(article: right, passages: arranged.right,
                          nearest: arranged.right.isEmpty ? PassageFinder.nearest(in: right, topic: topic) : [])
        leading = arranged.leading
        let (leftLead, rightLead) = (leading[0], leading[1])
        let rest = Self.align(Array(arranged.left[leftLead...]), Array(arranged.right[rightLead...]))
        pairs = Self.align(Array(arranged.left[..<leftLead]), Array(arranged.right[..<rightLead]))
            + rest.map { [$0[0] + leftLead, $0[1] + rightLead] }
    }

    /// The same comparison with the sides exchanged.
    public var swapped: TopicComparison {
        var copy = self
        copy.left = right
        copy.right = left
        copy.pairs = pairs.map { [$0[1], $0[0]] }
        copy.leading = leading.reversed()
        return copy
    }

    /// Each side's passages reordered lead first, and the lead sizes. A side's lead is its sections on
    /// the topic; a side without any leads with its best-scoring paragraphs (as many as the other side
    /// has sections, in reading order), so it never opens on filler beside the other's sections.
    static func arrange(_ left: [Passage], _ right: [Passage]) -> (left: [Passage], right: [Passage], leading: [Int]) {
        let leftSections = left.filter(\.isSection).count
        let rightSections = right.filter(\.isSection).count
        let a = lead(left, otherSections: rightSections)
        let b = lead(right, otherSections: leftSections)
        return (a.passages, b.passages, [a.count, b.count])
    }

    private static func lead(_ passages: [Passage], otherSections: Int) -> (passages: [Passage], count: Int) {
        let sections = passages.filter(\.isSection)
        let paragraphs = passages.filter { !$0.isSection }
        if !sections.isEmpty { return (sections + paragraphs, sections.count) }
        guard otherSections > 0 else { return (paragraphs, paragraphs.count) }
        let best = Set(paragraphs.indices.sorted { paragraphs[$0].score > paragraphs[$1].score }.prefix(otherSections))
        let chosen = paragraphs.indices.filter { best.contains($0) }.map { paragraphs[$0] }
        let others = paragraphs.indices.filter { !best.contains($0) }.map { paragraphs[$0] }
        return (chosen + others, chosen.count)
    }

    /// The paired passage on the other side for passage `index` of `side` (0 left, 1 right), if any.
    public func counterpart(of index: Int, onLeft: Bool) -> Int? {
        pairs.first { $0[onLeft ? 0 : 1] == index }.map { $0[onLeft ? 1 : 0] }
    }

    static let sectionBonus = 1.0
    /// Below this similarity two paragraph passages are not worth pairing.
    static let minimumSimilarity = 0.05

    /// Above this many candidate pairs, alignment looks only near the diagonal (see `alignBanded`).
    static let fullAlignmentLimit = 40_000
    /// How far from the proportional position the banded alignment looks for a partner.
    static let band = 12

    /// Monotone alignment maximising summed similarity (dynamic programming, gaps cost nothing).
    public static func align(_ left: [Passage], _ right: [Passage]) -> [[Int]] {
        guard !left.isEmpty, !right.isEmpty else { return [] }
        // Signatures were made at parse time, so pairing reads no text; their sizes are taken once
        // (the band search below compares tens of thousands of pairs on a huge article).
        let leftSignatures = left.map(\.signature)
        let rightSignatures = right.map(\.signature)
        let leftSizes = leftSignatures.map { Double($0.count) }
        let rightSizes = rightSignatures.map { Double($0.count) }
        let leftSections = left.map(\.isSection)
        let rightSections = right.map(\.isSection)
        func gain(_ i: Int, _ j: Int) -> Double {
            let shared = leftSignatures[i].shared(rightSignatures[j])
            let similarity = shared == 0 ? 0 : Double(shared) / (leftSizes[i] * rightSizes[j]).squareRoot()
            let bonus = leftSections[i] && rightSections[j] ? sectionBonus : 0
            return similarity + bonus >= minimumSimilarity ? similarity + bonus : 0
        }
        let n = left.count
        let m = right.count
        if n * m > fullAlignmentLimit { return alignBanded(n: n, m: m, gain: gain) }
        var best = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        var gains = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
        for i in 0..<n { for j in 0..<m { gains[i][j] = gain(i, j) } }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                let pair = gains[i][j] > 0 ? gains[i][j] + best[i + 1][j + 1] : 0
                best[i][j] = max(pair, best[i + 1][j], best[i][j + 1])
            }
        }
        var pairs: [[Int]] = []
        var i = 0
        var j = 0
        while i < n && j < m {
            if gains[i][j] > 0 && best[i][j] == gains[i][j] + best[i + 1][j + 1] {
                pairs.append([i, j])
                i += 1
                j += 1
            } else if best[i][j] == best[i + 1][j] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    /// For long articles: walks the left passages in order and pairs each with the best unused right
    /// passage within a band around its proportional position, after the last one paired. Linear in
    /// the number of passages, still monotone.
    static func alignBanded(n: Int, m: Int, gain: (Int, Int) -> Double) -> [[Int]] {
        var pairs: [[Int]] = []
        var next = 0
        for i in 0..<n where next < m {
            let centre = i * m / n
            let low = max(next, centre - band)
            let high = min(m - 1, max(centre + band, low))
            guard low <= high else { continue }
            var bestGain = 0.0
            var bestJ: Int?
            for j in low...high {
                let value = gain(i, j)
                if value > bestGain { bestGain = value; bestJ = j }
            }
            if let j = bestJ {
                pairs.append([i, j])
                next = j + 1
            }
        }
        return pairs
    }
}
