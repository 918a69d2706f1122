/// How much an article says on each topic: the words of its passages on that topic.
///
/// A paragraph counts toward a topic when its section is labelled with the topic or when the
/// paragraph itself is, so a headingless article still shows coverage.
public struct TopicCoverage: Equatable, Sendable {
    private var wordsByTopic: [String: Int] = [:]

    init(sections: [Section]) {
        for section in sections {
            let sectionTopics = Set(section.topics.map(\.id))
            for paragraph in section.paragraphs {
                let topics = sectionTopics.union(paragraph.topics.map(\.id))
                let words = paragraph.wordCount
                for topic in topics { wordsByTopic[topic, default: 0] += words }
            }
        }
    }

    /// Words on `topic` (0 when the article says nothing on it).
    public func words(on topic: String) -> Int { wordsByTopic[topic] ?? 0 }
}
