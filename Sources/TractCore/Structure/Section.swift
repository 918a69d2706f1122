/// A heading and the blocks under it up to the next heading.
public struct Section: Equatable, Sendable {
    /// The heading as written (Markdown markers removed); nil for text before the first heading.
    public var heading: String?
    /// Heading level, 1 for top-level headings and for the headingless lead section.
    public var level: Int
    /// 1-based source line of the heading, or of the first block when there is no heading.
    public var line: Int
    public var paragraphs: [Paragraph]
    /// Topics above the threshold, strongest first; empty when the section is about none of them.
    public var topics: [TopicLabel]

    public init(heading: String?, level: Int, line: Int, paragraphs: [Paragraph] = [], topics: [TopicLabel] = []) {
        self.heading = heading
        self.level = level
        self.line = line
        self.paragraphs = paragraphs
        self.topics = topics
    }

    /// Words in the section's blocks (the heading not counted).
    public var wordCount: Int { paragraphs.reduce(0) { $0 + $1.wordCount } }

    /// The strongest topic id, if any.
    public var primaryTopic: String? { topics.first?.id }
}
