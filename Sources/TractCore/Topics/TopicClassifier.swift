#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Labels sections and paragraphs with topics, from their headings and from the words of their text.
///
/// Body text is scored per topic by the weighted terms it contains (repeats count with diminishing
/// returns), normalised for length so that a long paragraph does not win by size alone, and mapped
/// to 0…1. A heading that names a topic decides the section; without one, the body has to carry the
/// topic on its own, which takes a clearly higher score.
public struct TopicClassifier: Sendable {
    public let topicSet: TopicSet
    private let body: TermMatcher
    private let headings: TermMatcher
    let neutral: TermMatcher
    /// The trained section model, when the topic set uses it.
    let model: TopicModel?
    /// Topic ids the model may give (the set's topics it was trained on).
    let modelTopics: Set<String>

    /// Score a heading match starts from; body agreement adds the rest.
    static let headingBase = 0.85
    /// Without a heading match, a section's body score is discounted by this factor.
    static let bodyOnlyFactor = 0.8
    /// Paragraph length (words) up to which no length normalisation applies.
    static let normalLength = 60.0
    /// Raw weight that gives a score of about 0.63.
    static let scale = 3.0

    public init(topicSet: TopicSet) {
        self.topicSet = topicSet
        var bodyTerms: [(topic: Int, term: Term)] = []
        var headingTerms: [(topic: Int, term: Term)] = []
        for (index, topic) in topicSet.topics.enumerated() {
            bodyTerms += topic.bodyTerms.map { (index, $0) }
            headingTerms += topic.headingTerms.map { (index, $0) }
        }
        body = TermMatcher(terms: bodyTerms)
        headings = TermMatcher(terms: headingTerms)
        neutral = TermMatcher(terms: topicSet.neutralHeadings.map { (0, $0) })
        model = topicSet.usesModel ? TopicModel.builtIn.with(topicSet.modelSettings) : nil
        modelTopics = Set(topicSet.ids)
    }

    /// The article with every section and paragraph labelled (see `label` for the details).
    public func classify(_ sections: [Section], vocabulary: Vocabulary? = nil, parallel: Bool = true) -> [Section] {
        label(sections, vocabulary: vocabulary, parallel: parallel).sections
    }

    /// The article with every section and paragraph labelled, and for each topic id the paragraphs
    /// that came nearest to it without reaching the threshold (best first, at most three).
    /// Long articles are labelled in chunks on all cores; the result does not depend on the chunking.
    /// `vocabulary`, when given, carries the per-word term lookups over from earlier articles;
    /// `parallel: false` keeps the work on the calling thread (a background reader leaves cores free).
    public func label(_ sections: [Section], vocabulary: Vocabulary? = nil,
                      parallel: Bool = true) -> (sections: [Section], nearest: [String: [Passage]]) {
        let chunks = parallel ? Self.chunks(of: sections, count: ParallelMap.cores * 2)
            : [sections.indices]
        var nearest = NearestParagraphs(topicCount: topicSet.topics.count)
        var labelled: [Section]
        var evidence: [SectionEvidence]
        if chunks.count > 1 {
            var results = [ChunkResult](repeating: ChunkResult(nearest: nearest), count: chunks.count)
            results.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let output = buffer
                DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
                    output[chunk] = classify(sections, range: chunks[chunk], cache: Vocabulary())
                }
            }
            labelled = results.flatMap(\.sections)
            evidence = results.flatMap(\.evidence)
            for result in results { nearest.merge(result.nearest) }
        } else {
            let result = classify(sections, range: sections.indices, cache: vocabulary ?? Vocabulary())
            (labelled, evidence, nearest) = (result.sections, result.evidence, result.nearest)
        }
        // Topics passed down from parent sections need the sections in order: one pass after the chunks.
        TopicInheritance.resolve(&labelled, evidence: evidence, model: model)
        Self.clearReferenceLists(&labelled)
        var byId: [String: [Passage]] = [:]
        for (topic, passages) in nearest.byTopic.enumerated() where !passages.isEmpty {
            byId[topicSet.topics[topic].id] = passages
        }
        return (labelled, byId)
    }

    /// Sections of one chunk with their paragraphs labelled, what each says on its own, and near misses.
    struct ChunkResult {
        var sections: [Section] = []
        var evidence: [SectionEvidence] = []
        var nearest: NearestParagraphs
    }

    /// Sections `range` of `sections` labelled, with their near misses.
    private func classify(_ sections: [Section], range: Range<Int>, cache: Vocabulary) -> ChunkResult {
        var result = ChunkResult(nearest: NearestParagraphs(topicCount: topicSet.topics.count))
        // Headings have matchers of their own, so their word lookups are kept apart from the body's.
        let headingCache = HeadingCaches()
        for index in range {
            let (section, evidence) = classify(sections[index], index: index, cache: cache, headingCache: headingCache,
                                               nearest: &result.nearest)
            result.sections.append(section)
            result.evidence.append(evidence)
        }
        return result
    }

    /// Splits sections into about `count` runs of similar text size; one run when the text is small.
    static func chunks(of sections: [Section], count: Int) -> [Range<Int>] {
        let sizes = sections.map { $0.paragraphs.reduce(0) { $0 + $1.text.utf8.count } }
        let total = sizes.reduce(0, +)
        guard total > 256 * 1024, count > 1, sections.count > 1 else { return [sections.indices] }
        let target = total / count + 1
        var ranges: [Range<Int>] = []
        var start = 0
        var size = 0
        for index in sections.indices {
            size += sizes[index]
            if size >= target {
                ranges.append(start..<(index + 1))
                start = index + 1
                size = 0
            }
        }
        if start < sections.count { ranges.append(start..<sections.count) }
        return ranges
    }

    /// One section labelled on its own (no parent sections), its paragraphs too.
    public func classify(_ section: Section) -> Section {
        var nearest = NearestParagraphs(topicCount: topicSet.topics.count)
        let (classified, evidence) = classify(section, index: 0, cache: Vocabulary(), headingCache: HeadingCaches(),
                                              nearest: &nearest)
        var sections = [classified]
        TopicInheritance.resolve(&sections, evidence: [evidence], model: model)
        return sections[0]
    }

    /// Section number `index` with its paragraphs labelled, and what the section says about its topics
    /// on its own; its paragraphs that score on a topic below the threshold are offered to `nearest`.
    private func classify(_ section: Section, index: Int, cache: Vocabulary, headingCache: HeadingCaches,
                          nearest: inout NearestParagraphs) -> (Section, SectionEvidence) {
        var section = section
        var sums = [Double](repeating: 0, count: topicSet.topics.count)
        var evidence = [[String: Double]](repeating: [:], count: topicSet.topics.count)
        var decisive = [Bool](repeating: false, count: topicSet.topics.count)
        var modelWords = ModelWords(cache: cache)
        for number in section.paragraphs.indices {
            let tokens = cache.tokenize(Self.opening(of: section.paragraphs[number].text))
            section.paragraphs[number].signature = cache.signature(of: tokens)
            if let model { modelWords.add(tokens, cache: cache, model: model) }
            let scored = scoreBody(tokens: tokens, cache: cache)
            section.paragraphs[number].topics = labels(from: scored)
            offerNearMisses(scored, paragraph: number, of: section, index: index, to: &nearest)
            for (topic, item) in scored.enumerated() {
                sums[topic] += item.score
                decisive[topic] = decisive[topic] || item.isDecisive
                for (word, weight) in item.evidence { evidence[topic][word, default: 0] += weight }
            }
        }
        let bodyScores = sums.map { $0 / Double(max(section.paragraphs.count, 1)) }
        let body = zip(bodyScores, zip(evidence, decisive)).map { BodyScore(score: $0, evidence: $1.0, isDecisive: $1.1) }
        return (section, sectionEvidence(section, body: body, modelWords: modelWords, headingCache: headingCache))
    }

    /// The most of one paragraph read for its topics. Real paragraphs are a few kilobytes; a file of
    /// one 50 MB "paragraph" took a second and a half to label, and its opening says as much.
    public static let paragraphBytes = 256 * 1024

    /// A paragraph's text up to `paragraphBytes` (cut at a character).
    public static func opening(of text: Substring) -> Substring {
        text.utf8.count > paragraphBytes ? text[..<text.utf8.index(text.startIndex, offsetBy: paragraphBytes)] : text
    }

    /// Offers paragraph `number` of `section` (section number `index`) as a near miss for each topic
    /// it scored on without reaching the threshold.
    private func offerNearMisses(_ scored: [BodyScore], paragraph number: Int, of section: Section, index: Int,
                                 to nearest: inout NearestParagraphs) {
        let paragraph = section.paragraphs[number]
        for (topic, item) in scored.enumerated() where item.score > 0 && item.score < topicSet.threshold {
            let score = rounded(item.score)
            // Most paragraphs are not among the best few: check before ranking their evidence.
            guard nearest.admits(score: score, line: paragraph.line, topic: topic) else { continue }
            nearest.offer(Passage(section: index, heading: section.heading, paragraphs: number..<(number + 1), line: paragraph.line,
                                  score: score, evidence: ranked(item.evidence), isSection: false, signature: paragraph.signature),
                          topic: topic)
        }
    }

    /// Topic labels for a free-standing text, as for a paragraph.
    /// A reference list is kept in the article but says nothing on any topic: cited titles ("Adverse
    /// effects of …") would make passages of it.
    static func clearReferenceLists(_ sections: inout [Section]) {
        for index in sections.indices {
            guard let heading = sections[index].heading, ReferenceList.isHeading(heading) else { continue }
            sections[index].topics = []
            for paragraph in sections[index].paragraphs.indices { sections[index].paragraphs[paragraph].topics = [] }
        }
    }

    public func labels(for text: String) -> [TopicLabel] {
        labels(from: scoreBody(text))
    }

    struct BodyScore {
        var score: Double
        var evidence: [String: Double]
        /// A term of weight 3 or more matched ("in conclusion"): a phrase that names the topic outright.
        var isDecisive = false

        /// Two different terms, or one that decides alone.
        var isDecided: Bool { evidence.count >= 2 || isDecisive }

        static let decisiveWeight = 3.0
    }

    /// Per-topic score of a body text, with the weight each matched term contributed.
    func scoreBody(_ text: String, cache: Vocabulary = Vocabulary()) -> [BodyScore] {
        scoreBody(tokens: cache.tokenize(text), cache: cache)
    }

    /// The same for a text already turned into word ids of `cache`.
    private func scoreBody(tokens: [Int32], cache: Vocabulary) -> [BodyScore] {
        var raw = [BodyScore](repeating: BodyScore(score: 0, evidence: [:]), count: topicSet.topics.count)
        for (entry, hit) in body.hits(in: tokens, vocabulary: cache) {
            let item = body.entries[entry]
            let weight = item.term.weight * Double(min(hit.count, 4)).squareRoot()
            raw[item.topic].score += weight
            raw[item.topic].evidence[hit.sample, default: 0] += weight
            if item.term.weight >= BodyScore.decisiveWeight { raw[item.topic].isDecisive = true }
        }
        let lengthFactor = (Self.normalLength / max(Double(tokens.count), Self.normalLength)).squareRoot()
        return raw.map { item in
            BodyScore(score: 1 - exp(-item.score * lengthFactor / Self.scale), evidence: item.evidence,
                      isDecisive: item.isDecisive)
        }
    }

    /// Topics whose heading terms occur in `heading`, with the terms found. `cache` must only ever
    /// serve headings (it remembers the heading matcher's lookups).
    func scoreHeading(_ heading: String, cache: Vocabulary) -> [(topic: Int, words: [String])] {
        var hits: [Int: [String]] = [:]
        let tokens = cache.tokenize(heading)
        // A whole-heading term ("=research") names the topic only when it is all the heading says
        // (section numbers aside): "Research", not "Research methods".
        let words = tokens.filter { !cache.words[Int($0)].allSatisfy(\.isNumber) }.count
        for (entry, hit) in headings.hits(in: tokens, vocabulary: cache) {
            let term = headings.entries[entry].term
            guard !term.isWholeHeading || term.words.count == words else { continue }
            hits[headings.entries[entry].topic, default: []].append(hit.sample)
        }
        return hits.sorted { $0.key < $1.key }.map { ($0.key, $0.value.sorted()) }
    }

    /// Labels for the topics a body text reaches the threshold on. One term cannot decide a topic on
    /// its own unless it is a decisive phrase (weight 3 or more): a lone "mg" does not make dosage.
    func labels(from scores: [BodyScore]) -> [TopicLabel] {
        scores.enumerated().compactMap { topic, item in
            guard item.score >= topicSet.threshold, item.isDecided else { return nil }
            return TopicLabel(id: topicSet.topics[topic].id, score: rounded(item.score), evidence: ranked(item.evidence))
        }.strongestFirst()
    }

    func ranked(_ evidence: [String: Double]) -> [String] {
        Array(evidence.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(6).map(\.key))
    }

    func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
