/// A stretch of an article on one topic: a whole section about it, or one paragraph elsewhere that
/// scores on it (shown with its section heading as context).
public struct Passage: Equatable, Sendable {
    /// Index of the section the passage is in.
    public var section: Int
    /// That section's heading, for context; nil for the lead section.
    public var heading: String?
    /// Indices of the section's paragraphs the passage covers.
    public var paragraphs: Range<Int>
    /// 1-based source line where the passage starts (the heading's line for a whole section).
    public var line: Int
    /// How strongly the passage is on the topic.
    public var score: Double
    /// The words that decided the topic, to emphasise in the text.
    public var evidence: [String] { evidenceWords.words }
    /// The evidence as kept: the label's own list, shared rather than copied into each passage.
    let evidenceWords: WordList
    /// True when the passage is a whole section about the topic.
    public var isSection: Bool
    /// Its words in brief, for pairing: a section's opening paragraphs characterise it.
    public var signature: WordSignature

    /// The passage's paragraphs in `article` (the one it was found in). Passages point into the
    /// article rather than copy its text: a topic switch on a 10 MB article finds thousands of them.
    public func blocks(in article: Article) -> ArraySlice<Paragraph> {
        article.sections[section].paragraphs[paragraphs]
    }

    /// A whole section with a heading of its own (not an opening, not a stray paragraph).
    public var isTitledSection: Bool { isSection && heading != nil }

    /// True for a section whose own heading names the topic ("Adverse effects" on safety), rather than
    /// one labelled by its text (worked out once, when the article's passages are found).
    public internal(set) var headingNamesTopic = false

    /// The heading's first four words of four letters or more, each as a 16-bit hash packed into
    /// 64 bits, so compare can tell "Adverse effects" is more like "2. Adverse Side Effects" than "4.1.
    /// Pharmacokinetic Interactions" without reading headings again (worked out with the passages).
    public internal(set) var headingWords: UInt64 = 0

    /// `headingWords` for `heading`: ASCII letters lowercased, bytes hashed, no allocation.
    static func headingWords(_ heading: String) -> UInt64 {
        var packed: UInt64 = 0
        var count = 0
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        func finish() {
            if length >= 4, count < 4 {
                let lane = UInt64(max(UInt16(truncatingIfNeeded: hash ^ (hash >> 32) ^ (hash >> 16)), 1))
                packed |= lane << (16 * UInt64(count))
                count += 1
            }
            hash = 0xcbf2_9ce4_8422_2325
            length = 0
        }
        for byte in heading.utf8 {
            let letter = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            if (letter >= 0x61 && letter <= 0x7A) || letter >= 0x80 {
                hash = (hash ^ UInt64(letter)) &* 0x0000_0100_0000_01B3
                length += 1
            } else {
                finish()
            }
        }
        finish()
        return packed
    }

    /// The share of heading words two packed sets have in common (Jaccard), 0…1.
    static func headingShare(_ a: UInt64, _ b: UInt64) -> Double {
        // Asked for every pair compare weighs: lanes compared in place, nothing allocated.
        var (inA, inB, common) = (0, 0, 0)
        for i in 0..<4 {
            let lane = UInt16(truncatingIfNeeded: a >> (16 * UInt64(i)))
            guard lane != 0 else { continue }
            inA += 1
            if (0..<4).contains(where: { UInt16(truncatingIfNeeded: b >> (16 * UInt64($0))) == lane }) { common += 1 }
        }
        for i in 0..<4 where UInt16(truncatingIfNeeded: b >> (16 * UInt64(i))) != 0 { inB += 1 }
        let union = inA + inB - common
        return union == 0 ? 0 : Double(common) / Double(union)
    }

    /// Whether the heading names the topic: a heading's matched words come first in its evidence.
    func namesTopic() -> Bool {
        guard isSection, let heading, let first = evidenceWords.first else { return false }
        return first.split(separator: " ").allSatisfy { heading.holdsLowercase($0) }
    }

    /// The passage's text, paragraphs separated by blank lines.
    public func text(in article: Article) -> String {
        blocks(in: article).map(\.text).joined(separator: "\n\n")
    }
}

extension Passage {
    public init(section: Int, heading: String?, paragraphs: Range<Int>, line: Int, score: Double, evidence: [String],
                isSection: Bool, signature: WordSignature) {
        self.init(section: section, heading: heading, paragraphs: paragraphs, line: line, score: score,
                  evidenceWords: WordList(evidence), isSection: isSection, signature: signature)
    }
}

/// Finds an article's passages on a topic, and its nearest paragraphs when it has none.
public enum PassageFinder {
    /// How many opening paragraphs stand for a whole section when pairing (more would fill its
    /// signature until every section looked like every other).
    static let sectionSignatureParagraphs = 2

    /// Passages in reading order: sections labelled with the topic, then paragraphs elsewhere labelled with it.
    public static func passages(in article: Article, topic: String) -> [Passage] {
        article.passagesByTopic[topic] ?? []
    }

    /// Every topic's passages, in one walk over the sections (an article makes this once, so a topic
    /// switch on a 10 MB article does not walk its 27,000 paragraphs again).
    static func passagesByTopic(_ sections: [Section]) -> [String: [Passage]] {
        var out: [String: [Passage]] = [:]
        for index in sections.indices {
            let section = sections[index]
            let opening = section.paragraphs.prefix(sectionSignatureParagraphs).reduce(WordSignature()) { $0.union($1.signature) }
            for label in section.topics {
                var passage = Passage(section: index, heading: section.heading, paragraphs: section.paragraphs.indices, line: section.line,
                                      score: label.score, evidenceWords: label.evidenceWords, isSection: true, signature: opening)
                passage.headingNamesTopic = passage.namesTopic()
                passage.headingWords = section.heading.map(Passage.headingWords) ?? 0
                out[label.id, default: []].append(passage)
            }
            for number in section.paragraphs.indices {
                let paragraph = section.paragraphs[number]
                for label in paragraph.topics where !section.topics.contains(where: { $0.id == label.id }) {
                    out[label.id, default: []].append(
                        Passage(section: index, heading: section.heading, paragraphs: number..<(number + 1), line: paragraph.line,
                                score: label.score, evidenceWords: label.evidenceWords, isSection: false, signature: paragraph.signature))
                }
            }
        }
        return out
    }

    /// The paragraphs scoring highest on the topic below the threshold, best first (at most three;
    /// found while the article was classified).
    public static func nearest(in article: Article, topic: String) -> [Passage] {
        article.nearestByTopic[topic] ?? []
    }
}
