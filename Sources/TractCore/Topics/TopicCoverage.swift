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
