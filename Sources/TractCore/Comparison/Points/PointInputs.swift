/// The texts and subjects points are found from: what a comparison hands to a worker thread when its
/// articles are too long to find them between two keys.
public struct PointInputs: Equatable, Sendable {
    public var sides: [[String]]
    public var subjects: [String]
    public var topic: String

    public init(sides: [[String]], subjects: [String], topic: String) {
        self.sides = sides
        self.subjects = subjects
        self.topic = topic
    }

    /// The points, found now.
    public func find() -> [Point] {
        PointFinder.find(sides: sides, subjects: subjects, topic: topic)
    }
}
