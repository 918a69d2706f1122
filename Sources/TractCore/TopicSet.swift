/// The topics in force, where they came from, and the thresholds for labelling.
public struct TopicSet: Equatable, Sendable {
    public var topics: [Topic]
    /// Where the set came from: "built-in", or a file path.
    public var origin: String
    /// A label is kept when its score reaches this.
    public var threshold: Double

    public init(topics: [Topic], origin: String, threshold: Double = 0.5) {
        self.topics = topics
        self.origin = origin
        self.threshold = threshold
    }

    /// The ids in order, for messages that list the valid ones.
    public var ids: [String] { topics.map(\.id) }

    /// The topic with this id, if any.
    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }

    /// The topic with this id, or an error listing the valid ones.
    public func require(_ id: String) throws -> Topic {
        guard let topic = topic(id) else { throw TractError("unknown topic '\(id)' (topics: \(ids.joined(separator: ", ")))") }
        return topic
    }
}
