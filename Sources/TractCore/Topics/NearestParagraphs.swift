/// The few paragraphs scoring highest on each topic without reaching its threshold, collected while
/// the classifier scores every paragraph anyway: an article with no passage on a topic offers them at
/// once, instead of re-scoring a 10 MB text when compare switches to that topic.
struct NearestParagraphs {
    /// How many paragraphs are kept per topic.
    static let limit = 3

    /// Per topic (by index in the topic set), best first: score descending, then earlier line.
    private(set) var byTopic: [[Passage]]

    init(topicCount: Int) {
        byTopic = Array(repeating: [], count: topicCount)
    }

    /// Whether a paragraph scoring `score` at `line` would be kept for `topic` (checked before the
    /// passage, with its ranked evidence, is made).
    func admits(score: Double, line: Int, topic: Int) -> Bool {
        let kept = byTopic[topic]
        guard kept.count == Self.limit, let worst = kept.last else { return true }
        return Self.ranksBefore(score, line, worst.score, worst.line)
    }

    /// Keeps `passage` for `topic` if it is among the best.
    mutating func offer(_ passage: Passage, topic: Int) {
        guard admits(score: passage.score, line: passage.line, topic: topic) else { return }
        var kept = byTopic[topic]
        let position = kept.firstIndex { !Self.ranksBefore($0.score, $0.line, passage.score, passage.line) } ?? kept.count
        kept.insert(passage, at: position)
        byTopic[topic] = Array(kept.prefix(Self.limit))
    }

    /// The best of both collections (chunks of one article classified apart).
    mutating func merge(_ other: NearestParagraphs) {
        for topic in other.byTopic.indices {
            for passage in other.byTopic[topic] { offer(passage, topic: topic) }
        }
    }

    private static func ranksBefore(_ score: Double, _ line: Int, _ otherScore: Double, _ otherLine: Int) -> Bool {
        score != otherScore ? score > otherScore : line < otherLine
    }
}
