/// Gives each section its topics from its own evidence and its parents'.
///
/// The primary topic is, in order: the topic the heading names; none for a neutral heading; the topic
/// the nearest ancestor's heading names (a "Withdrawal" under "Side effects" is safety); a topic the
/// text names outright ("In summary, …"); the model's verdict on the text, when the section stands out
/// from the rest of its document; else the parent's topic. Levels come from Markdown heading levels or
/// numbering (`2.1.1.`); plain text without either has no parents.
enum TopicInheritance {
    static func resolve(_ sections: inout [Section], evidence: [SectionEvidence], model: TopicModel?) {
        var evidence = evidence
        if let model { keepStandingOut(&evidence, model: model) }
        // Per open ancestor: level, its primary topic, and the topic its own or an ancestor's heading names.
        var stack: [(level: Int, primary: TopicLabel?, named: TopicLabel?)] = []
        for index in sections.indices {
            let own = evidence[index]
            let level = sections[index].heading == nil ? 0 : sections[index].level
            while let last = stack.last, last.level >= level { stack.removeLast() }
            let parent = stack.last
            let primary: TopicLabel?
            if let named = own.headingLabel {
                primary = named
            } else if own.isNeutral {
                primary = nil
            } else if let named = parent?.named {
                primary = inherited(named, own: own)
            } else if sections[index].heading == nil {
                // The opening before the first heading: what its own words say.
                primary = own.decisiveLabel ?? own.otherLabels.max { $0.score < $1.score }
            } else if let label = own.decisiveLabel ?? own.modelLabel {
                primary = label
            } else {
                primary = parent?.primary.map { inherited($0, own: own) }
            }
            sections[index].topics = labels(primary: primary, others: own.otherLabels)
            if sections[index].heading != nil {
                let named = own.headingLabel ?? (own.isNeutral ? nil : parent?.named)
                stack.append((level, primary, named))
            }
        }
    }

    /// Drops model labels of sections that lean to their topic no more than the document's sections do
    /// on average (per word): the bundled essays on one therapy lean to efficacy throughout.
    private static func keepStandingOut(_ evidence: inout [SectionEvidence], model: TopicModel) {
        let spoken = evidence.map(\.modelLeadPerWord).filter { !$0.isEmpty }
        // Too few sections to tell what the document leans to as a whole.
        guard spoken.count >= 3, let width = spoken.first?.count else { return }
        var mean = [Float](repeating: 0, count: width)
        for leads in spoken { for index in 0..<width { mean[index] += leads[index] / Float(spoken.count) } }
        for index in evidence.indices {
            guard let label = evidence[index].modelLabel, let topic = model.classIndex(of: label.id) else { continue }
            if evidence[index].modelLeadPerWord[topic] - mean[topic] < model.standOut { evidence[index].modelLabel = nil }
        }
    }

    /// A parent's topic as the child's: scored a little lower, with the child's own words as evidence
    /// when its body has some for the topic, else the words that decided the parent.
    private static func inherited(_ label: TopicLabel, own: SectionEvidence) -> TopicLabel {
        let body = own.otherLabels.first { $0.id == label.id }
        return TopicLabel(id: label.id, score: max(body?.score ?? 0, (label.score * 90).rounded() / 100),
                          evidence: body?.evidence ?? label.evidence)
    }

    /// The primary topic first, then the others strongest first; none at all without a primary.
    private static func labels(primary: TopicLabel?, others: [TopicLabel]) -> [TopicLabel] {
        guard let primary else { return [] }
        return [primary] + others.filter { $0.id != primary.id }.strongestFirst()
    }
}
