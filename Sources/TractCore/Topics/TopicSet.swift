/// The topics in force, where they came from, and the thresholds for labelling.
public struct TopicSet: Equatable, Sendable {
    public var topics: [Topic]
    /// Where the set came from: "built-in", or a file path.
    public var origin: String
    /// A label is kept when its score reaches this.
    public var threshold: Double
    /// Terms that make a heading about none of the topics ("History", "Methods"): such a section is
    /// not labelled from its text, nor does it pass a topic on to its sub-sections.
    public var neutralHeadings: [Term]
    /// Whether sections whose headings say nothing are labelled by the trained model (`TopicModel`);
    /// a topic file asks for it with `model: built-in`. Only topics the model knows are predicted.
    public var usesModel: Bool
    /// The model's settings when the file sets them (`model-settings:`); nil for the shipped ones.
    public var modelSettings: TopicModel.Settings?

    public init(topics: [Topic], origin: String, threshold: Double = 0.5, neutralHeadings: [Term] = [],
                usesModel: Bool = false, modelSettings: TopicModel.Settings? = nil) {
        self.modelSettings = modelSettings
        self.topics = topics
        self.origin = origin
        self.threshold = threshold
        self.neutralHeadings = neutralHeadings
        self.usesModel = usesModel
    }

    /// The ids in order, for messages that list the valid ones.
    public var ids: [String] { topics.map(\.id) }

    /// The topic with this id, if any.
    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }

    /// The topic with this id, or an error listing the valid ones.
    public func require(_ id: String) throws -> Topic {
        guard let topic = topic(id) else {
            throw TractError("unknown topic '\(id)'\(Suggest.phrase(for: id, among: ids)) (topics: \(ids.joined(separator: ", ")))")
        }
        return topic
    }
}
