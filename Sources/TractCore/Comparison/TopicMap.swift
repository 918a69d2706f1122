/// The library at a glance: words each article has on each topic.
public struct TopicMap: Equatable, Sendable {
    /// `words[article][topic]`, in library and topic-set order.
    public let words: [[Int]]
    /// The largest count in each topic column, for bars.
    public let maxWords: [Int]

    public init(library: Library) {
        let ids = library.topicSet.ids
        let table = library.articles.map { article in ids.map { article.coverage.words(on: $0) } }
        words = table
        maxWords = ids.indices.map { column in table.map { $0[column] }.max() ?? 0 }
    }

    /// The two articles with the most words on a topic column, richest first (fewer if the library is small).
    public func richest(inTopic column: Int) -> [Int] {
        Array(words.indices.filter { words[$0][column] > 0 }.sorted { words[$0][column] > words[$1][column] }.prefix(2))
    }

    /// A bar of up to `width` eighth-blocks for `value` against `max`.
    /// One character for how much `value` is of `max`, for a bar per topic in a single column: "·"
    /// for nothing, then "▁" to "█".
    public static func level(_ value: Int, max: Int) -> String {
        guard value > 0 else { return "·" }
        return ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"][Swift.min(7, Swift.max(0, (value * 8 - 1) / Swift.max(max, 1)))]
    }

    public static func bar(_ value: Int, max: Int, width: Int) -> String {
        guard max > 0, value > 0 else { return String(repeating: " ", count: width) }
        let eighths = Swift.max(1, value * width * 8 / max)
        let full = eighths / 8
        let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let bar = String(repeating: "█", count: full) + blocks[eighths % 8]
        return bar + String(repeating: " ", count: Swift.max(width - bar.count, 0))
    }
}
