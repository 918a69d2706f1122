import Foundation

/// Two articles' passages on one topic, paired for side-by-side reading.
///
/// Pairs keep reading order on both sides (they never cross), and are chosen to maximise total
/// similarity: word overlap of the passages, plus a bonus when both are whole sections on the topic,
/// so "Potential Side Effects" meets "Safety Profile And Side Effects" rather than a stray paragraph.
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
    /// Index pairs (left passage, right passage), in reading order.
    public var pairs: [[Int]]

    /// Compares `left` and `right` on `topic`.
    public init(topic: String, left: Article, right: Article, classifier: TopicClassifier) {
        self.topic = topic
        let leftPassages = PassageFinder.passages(in: left, topic: topic)
        let rightPassages = PassageFinder.passages(in: right, topic: topic)
        self.left = Side(article: left, passages: leftPassages,
                         nearest: leftPassages.isEmpty ? PassageFinder.nearest(in: left, topic: topic, classifier: classifier) : [])
        self.right = Side(article: right, passages: rightPassages,
                          nearest: rightPassages.isEmpty ? PassageFinder.nearest(in: right, topic: topic, classifier: classifier) : [])
        pairs = Self.align(leftPassages, rightPassages)
    }

    /// The same comparison with the sides exchanged.
    public var swapped: TopicComparison {
        var copy = self
        copy.left = right
        copy.right = left
        copy.pairs = pairs.map { [$0[1], $0[0]] }
        return copy
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
        // With thousands of passages (a huge article) each bag samples less, so a topic switch stays quick.
        let count = left.count + right.count
        let sample = count > 4000 ? WordBag.shortestSample : count > 400 ? WordBag.shortSample : WordBag.sampleLength
        // The two sides' bags are made on two cores.
        var bags: [[WordBag]] = [[], []]
        bags.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: 2) { side in
                output[side] = (side == 0 ? left : right).map { WordBag($0.texts, sample: sample) }
            }
        }
        let leftBags = bags[0]
        let rightBags = bags[1]
        // Plain arrays: the band search calls `gain` tens of thousands of times on a huge article.
        let leftSections = left.map(\.isSection)
        let rightSections = right.map(\.isSection)
        func gain(_ i: Int, _ j: Int) -> Double {
            let similarity = leftBags[i].cosine(rightBags[j])
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

/// Word counts of a text without the commonest function words, for cosine similarity. Words are kept
/// as hashes of their lowercased bytes, sorted, so making a bag needs no strings and two bags compare
/// by a merge.
struct WordBag {
    private var ids: [UInt64] = []
    private var counts: [Double] = []
    private var norm: Double = 0

    static let stopWords: Set<UInt64> = Set([
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "is", "are", "be", "as", "by", "it",
        "that", "this", "its", "can", "may", "has", "have", "from", "at", "which", "their", "these", "such", "also",
        "mdma", "not", "more", "been", "was", "were", "but", "into", "than",
    ].map { hash(Array($0.utf8)[...]) })

    /// Bytes of a passage that go into its bag: its opening characterises it, and long sections of a
    /// 10 MB article must not make every topic switch re-read them whole.
    static let sampleLength = 600
    /// For comparisons of hundreds, and of thousands of passages.
    static let shortSample = 160
    static let shortestSample = 96

    /// The bag of the opening `length` bytes of `texts` (read in order, as if joined by blank lines).
    init(_ texts: [String], sample length: Int = sampleLength) {
        var words: [UInt64] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var remaining = length
        func finish() {
            if word.count > 2 {
                let id = Self.hash(word[...])
                if !Self.stopWords.contains(id) { words.append(id) }
            }
            word.removeAll(keepingCapacity: true)
        }
        for text in texts where remaining > 0 {
            for byte in text.utf8.prefix(remaining) {
                switch byte {
                case 0x41...0x5A: word.append(byte | 0x20)
                case 0x61...0x7A, 0x30...0x39, 0x80...: word.append(byte)
                default: finish()
                }
            }
            finish()
            remaining -= text.utf8.count + 2
        }
        words.sort()
        for id in words {
            if ids.last == id { counts[counts.count - 1] += 1 } else { ids.append(id); counts.append(1) }
        }
        norm = counts.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// FNV-1a of a word's bytes.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return value
    }

    func cosine(_ other: WordBag) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        var dot = 0.0
        var i = 0
        var j = 0
        while i < ids.count && j < other.ids.count {
            if ids[i] == other.ids[j] {
                dot += counts[i] * other.counts[j]
                i += 1
                j += 1
            } else if ids[i] < other.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return dot / (norm * other.norm)
    }
}
