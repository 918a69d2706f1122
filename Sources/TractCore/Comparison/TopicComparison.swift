/// Two articles' passages on one topic, matched by what they are about, and the points they make.
///
/// Each side leads with its sections on the topic — those whose heading names it first, then those
/// found by their text (a side without any leads with its best paragraphs instead) — then its openings
/// and the paragraphs elsewhere that mention the topic. Rows follow the left article: each left
/// passage beside the right passages that match it best (its own best match when none chose it), so
/// neither column runs empty while the other still has passages; right passages that match nothing
/// come last, "only in" the right article. Matching weighs the passages' uncommon words
/// (`WordSignature`), so filler shared by any two passages counts for nothing.
public struct TopicComparison: Equatable, Sendable {
    /// One article's side: its passages, or — when it has none — its nearest paragraphs.
    public struct Side: Equatable, Sendable {
        public var article: Article
        public var passages: [Passage]
        /// Filled only when `passages` is empty.
        public var nearest: [Passage]
    }

    /// One row as shown: a left passage, a right passage, or both side by side.
    public struct Row: Equatable, Sendable {
        public var left: Int?
        public var right: Int?
        /// The right passage is only the best match of this left passage, shown in full beside the
        /// left passage that matches it best: here it may be shown in brief.
        public var echo: Bool

        public init(left: Int?, right: Int?, echo: Bool = false) {
            self.left = left
            self.right = right
            self.echo = echo
        }
    }

    public var topic: String
    public var left: Side
    public var right: Side
    /// The rows in the order shown.
    public var rows: [Row]
    /// How many passages of each side (left, right) form its lead; the rest come after them.
    public var leading: [Int]
    /// What both articles state on the topic, and what only one does (two sides each).
    public var points: [Point] = []
    /// The points are still to be found (`findPoints`): the texts were too long to read them at once.
    public private(set) var pointsPending = false

    /// Compares `left` and `right` on `topic`. Points are found at once when the passages they are
    /// read from hold at most `eagerPointBytes` (any real article's sections on a topic); longer
    /// ones wait for `findPoints`, so a topic switch on huge articles draws first.
    public init(topic: String, left: Article, right: Article) {
        self.topic = topic
        let arranged = Self.arrange(PassageFinder.passages(in: left, topic: topic), PassageFinder.passages(in: right, topic: topic))
        self.left = Side(article: left, passages: arranged.left,
                         nearest: arranged.left.isEmpty ? PassageFinder.nearest(in: left, topic: topic) : [])
        self.right = Side(article: right, passages: arranged.right,
                          nearest: arranged.right.isEmpty ? PassageFinder.nearest(in: right, topic: topic) : [])
        leading = arranged.leading
        rows = Self.rows(arranged.left, arranged.right, leading: arranged.leading)
        pointsPending = true
        if Self.pointPassages(self.left).bytes + Self.pointPassages(self.right).bytes <= Self.eagerPointBytes { findPoints() }
    }

    /// Finds the points, when they are still pending.
    public mutating func findPoints() {
        guard pointsPending else { return }
        take(points: pointInputs.find())
    }

    /// What the points are found from, so they can be found off the key loop.
    public var pointInputs: PointInputs {
        PointInputs(sides: [Self.pointTexts(left), Self.pointTexts(right)],
                    subjects: [left.article.title, left.article.stem, right.article.title, right.article.stem], topic: topic)
    }

    /// Points found elsewhere from `pointInputs`.
    public mutating func take(points found: [Point]) {
        points = found
        pointsPending = false
    }

    /// Point texts of both sides up to this many bytes are read as the comparison is made.
    public static let eagerPointBytes = 48 * 1024

    /// Pairs of passages shown side by side (left, right), in the order shown.
    public var pairs: [[Int]] { rows.compactMap { row in row.left.flatMap { l in row.right.map { [l, $0] } } } }

    /// The same comparison with the sides exchanged (rows then follow the new left article).
    public var swapped: TopicComparison {
        var copy = self
        copy.left = right
        copy.right = left
        copy.leading = leading.reversed()
        copy.rows = Self.rows(right.passages, left.passages, leading: copy.leading)
        copy.points = Self.swappedPoints(points)  // pending stays pending
        return copy
    }

    /// Shared points first, then the new left's, then the new right's.
    private static func swappedPoints(_ points: [Point]) -> [Point] {
        let turned = points.map { $0.reordered([1, 0]) }
        return turned.filter(\.isShared) + turned.filter { $0.sides == [0] } + turned.filter { $0.sides == [1] }
    }

    /// The passage shown beside passage `index` of one side first, if any.
    public func counterpart(of index: Int, onLeft: Bool) -> Int? {
        rows.first { (onLeft ? $0.left : $0.right) == index }.flatMap { onLeft ? $0.right : $0.left }
    }

    /// The passages points are read from: a side's sections on the topic (its openings and stray
    /// paragraphs say the same things again, or other things in passing), or, without sections, all
    /// its passages; lead first, up to `pointTextBudget` bytes (a huge article's first sections say
    /// what it states, and a topic switch must stay quick). Their indices, and how many bytes they hold.
    static func pointPassages(_ side: Side) -> (indices: Set<Int>, bytes: Int) {
        let hasSections = side.passages.contains(where: \.isTitledSection)
        var chosen: Set<Int> = []
        var bytes = 0
        for (index, passage) in side.passages.enumerated() where !hasSections || passage.isTitledSection {
            guard bytes < pointTextBudget else { break }
            chosen.insert(index)
            bytes += passage.blocks(in: side.article).reduce(0) { $0 + $1.text.utf8.count }
        }
        return (chosen, bytes)
    }

    /// The texts of `pointPassages`; the others empty, so indices stay those of `passages`.
    public static func pointTexts(_ side: Side) -> [String] {
        let chosen = pointPassages(side).indices
        return side.passages.indices.map { chosen.contains($0) ? side.passages[$0].text(in: side.article) : "" }
    }

    /// Bytes of one side's text points are read from.
    public static let pointTextBudget = 64 * 1024
}
