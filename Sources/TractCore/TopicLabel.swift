/// A topic recognised in a section or paragraph, with how strongly and the words that decided it.
public struct TopicLabel: Equatable, Sendable, Codable {
    /// The topic id, e.g. `safety`.
    public var id: String
    /// Strength in 0…1; only labels at or above the topic set's threshold are kept.
    public var score: Double
    /// The words or phrases of the text (or heading) that matched, strongest first.
    public var evidence: [String]

    public init(id: String, score: Double, evidence: [String]) {
        self.id = id
        self.score = score
        self.evidence = evidence
    }
}

extension Array where Element == TopicLabel {
    /// Strongest first; equal scores by id, so the order never depends on how labels were found.
    func strongestFirst() -> [TopicLabel] {
        sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }
}
