#if canImport(Glibc)
import Glibc
#endif

extension TopicClassifier {
    /// What a section says about its topics on its own: its heading's topic (the highest priority when
    /// it names several), whether the heading is neutral, the model's verdict when the heading leaves
    /// the topic open, and every other label its heading terms or body terms support.
    /// `body` is the section's mean body score per topic.
    func sectionEvidence(_ section: Section, body: [BodyScore], modelWords: ModelWords,
                         headingCache: HeadingCaches) -> SectionEvidence {
        let headingHits = section.heading.map { scoreHeading($0, cache: headingCache.topics) } ?? []
        var named: [(label: TopicLabel, priority: Int)] = []
        var others: [TopicLabel] = []
        var result = SectionEvidence()
        for topic in topicSet.topics.indices {
            let id = topicSet.topics[topic].id
            let words = ranked(body[topic].evidence)
            if let hit = headingHits.first(where: { $0.topic == topic }) {
                let score = Self.headingBase + (1 - Self.headingBase) * body[topic].score
                named.append((TopicLabel(id: id, score: rounded(score), evidence: unique(hit.words + words)),
                              topicSet.topics[topic].priority))
            } else if body[topic].score * Self.bodyOnlyFactor >= topicSet.threshold, body[topic].isDecided {
                let label = TopicLabel(id: id, score: rounded(body[topic].score * Self.bodyOnlyFactor), evidence: words)
                others.append(label)
                if body[topic].isDecisive, label.score > result.decisiveLabel?.score ?? 0 { result.decisiveLabel = label }
            }
        }
        let best = named.max { $0.priority != $1.priority ? $0.priority < $1.priority : $0.label.score < $1.label.score }
        result.headingLabel = best?.label
        result.otherLabels = named.map(\.label).filter { $0.id != best?.label.id } + others
        if best == nil, let heading = section.heading,
           !neutral.hits(in: headingCache.neutral.tokenize(heading), vocabulary: headingCache.neutral).isEmpty {
            result.isNeutral = true
        }
        // Every section long enough is read by the model: the document's mean lean is part of the verdict.
        if let model, let verdict = model.verdict(rows: modelWords.rows, wordCount: modelWords.count, allowed: modelTopics) {
            result.modelLeadPerWord = verdict.leadPerWord
            if best == nil, !result.isNeutral, !verdict.topic.isEmpty {
                let score = 0.6 + 0.4 * (1 - exp(-Double(verdict.lead - model.margin) / 10))
                result.modelLabel = TopicLabel(id: verdict.topic, score: rounded(score), evidence: verdict.evidence)
            }
        }
        return result
    }
}

/// Word lookups for headings, one vocabulary per matcher (a vocabulary remembers one matcher's entries).
struct HeadingCaches {
    let topics = Vocabulary()
    let neutral = Vocabulary()
}

/// The words of one section the model knows: each distinct one's row, and how many there are in all.
struct ModelWords {
    let serial: Int32
    var rows: [Int32] = []
    var count = 0

    init(cache: Vocabulary) {
        serial = cache.nextSectionSerial()
    }

    mutating func add(_ tokens: [Int32], cache: Vocabulary, model: TopicModel) {
        count += cache.addModelWords(tokens, model: model, section: serial, to: &rows)
    }
}
