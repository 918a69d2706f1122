/// How much an article says on each topic: the words of its passages on that topic.
///
/// A paragraph counts toward a topic when its section is labelled with the topic or when the
/// paragraph itself is, so a headingless article still shows coverage.
public struct TopicCoverage: Equatable, Sendable {
    private var wordsByTopic: [String: Int] = [:]
    /// Words in all paragraphs, counted in the same pass.
    private(set) var totalWords = 0

    init(sections: [Section]) {
        for section in sections {
            let sectionTopics = section.topics.map(\.id)
            for paragraph in section.paragraphs {
                let words = paragraph.wordCount
                totalWords += words
                guard !sectionTopics.isEmpty || !paragraph.topics.isEmpty else { continue }
                for topic in Set(sectionTopics + paragraph.topics.map(\.id)) { wordsByTopic[topic, default: 0] += words }
            }
        }
    }

    /// Coverage known without the sections (an `ArticleSummary`'s stand-in).
    init(wordsByTopic: [String: Int], totalWords: Int) {
        self.wordsByTopic = wordsByTopic
        self.totalWords = totalWords
    }

    /// Words on `topic` (0 when the article says nothing on it).
    public func words(on topic: String) -> Int { wordsByTopic[topic] ?? 0 }
}

extension TopicCoverage {
    /// The most words any of `articles` has on each of `ids`, for bars scaled to the library: one pass
    /// that reads each article's coverage in place (mapping over the articles copied each one, every
    /// frame of a library of thousands).
    public static func most(_ ids: [String], in articles: [Article]) -> [Int] {
        var most = [Int](repeating: 0, count: ids.count)
        // Each article's own few topics looked up, not every topic asked of every article: most of a
        // library still being read are stand-ins with none.
        let columns = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for index in articles.indices {
            for (topic, words) in articles[index].coverage.wordsByTopic {
                if let column = columns[topic] { most[column] = Swift.max(most[column], words) }
            }
        }
        return most
    }
}
