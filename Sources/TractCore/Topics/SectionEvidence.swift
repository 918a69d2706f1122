/// What a section says about its topics on its own, before its place in the outline is considered:
/// the topic its heading names, whether its heading is neutral, the model's verdict on its text, and
/// the other labels its heading and body support. `TopicInheritance` turns these into the section's
/// topics once the parent sections are known.
struct SectionEvidence: Sendable {
    /// The topic the heading names (the highest-priority one when it names several).
    var headingLabel: TopicLabel?
    /// The heading is about none of the topics ("History", "Methods").
    var isNeutral = false
    /// A body label carried by a phrase that names its topic outright ("In conclusion, …").
    var decisiveLabel: TopicLabel?
    /// The trained model's topic for the text, when the heading leaves it open.
    var modelLabel: TopicLabel?
    /// Per class, how far the model leans to it over "other" per distinct word; empty when the text is
    /// too short for the model.
    var modelLeadPerWord: [Float] = []
    /// Labels from other heading terms and from the body's weighted terms.
    var otherLabels: [TopicLabel] = []
}
