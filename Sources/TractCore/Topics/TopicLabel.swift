/// A topic recognised in a section or paragraph, with how strongly and the words that decided it.
public struct TopicLabel: Equatable, Sendable, Codable {
    /// The topic id, e.g. `safety`.
    public var id: String
    /// Strength in 0…1; only labels at or above the topic set's threshold are kept.
    public var score: Double
    /// The words or phrases of the text (or heading) that matched, strongest first.
    public var evidence: [String] {
        get { evidenceWords.words }
        set { evidenceWords = WordList(newValue) }
    }
    /// The evidence as kept (compact: a label is kept for every labelled paragraph).
    var evidenceWords: WordList

    public init(id: String, score: Double, evidence: [String]) {
        self.id = id
        self.score = score
        evidenceWords = WordList(evidence)
    }

    private enum CodingKeys: String, CodingKey {
        case id, score, evidence
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id), score: try container.decode(Double.self, forKey: .score),
                  evidence: try container.decode([String].self, forKey: .evidence))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(score, forKey: .score)
        try container.encode(evidence, forKey: .evidence)
    }
}

extension Array where Element == TopicLabel {
    /// Strongest first; equal scores by id, so the order never depends on how labels were found.
    func strongestFirst() -> [TopicLabel] {
        sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }
}
