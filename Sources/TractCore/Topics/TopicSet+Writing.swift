extension TopicSet {
    /// `model-settings` on a line of its own, when the set has its own.
    private var modelSettingsLine: String {
        guard let settings = modelSettings else { return "" }
        return "\nmodel-settings: {margin: \(Self.number(Double(settings.margin))), stand-out: \(Self.number(Double(settings.standOut))), "
            + "min-words: \(settings.minWords)}"
    }

    /// The set as a topic file that `parse(yaml:origin:)` reads back to the same set.
    public var yaml: String {
        var out = """
        # Tract topics. Terms are words or phrases; a trailing * matches any word it begins.
        # `headings` decide a section from its heading (the highest `priority` wins when a heading names
        # two topics); `words` score body text (term: weight); `neutral-headings` mark sections about none
        # of the topics; `model: built-in` labels the rest with the trained section model.
        threshold: \(Self.number(threshold))
        model: \(usesModel ? "built-in" : "none")\(modelSettingsLine)
        neutral-headings: [\(neutralHeadings.map { Self.quoted($0.text) }.joined(separator: ", "))]
        topics:

        """
        for topic in topics {
            out += "  - id: \(topic.id)\n    label: \(Self.quoted(topic.label))\n    color: \(topic.color)\n"
            out += "    priority: \(topic.priority)\n"
            out += "    headings: [" + topic.headingTerms.map { Self.quoted($0.text) }.joined(separator: ", ") + "]\n"
            out += "    words:\n"
            for term in topic.bodyTerms { out += "      \(Self.quoted(term.text)): \(Self.number(term.weight))\n" }
        }
        return out
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// Plain words stay bare; anything YAML might read otherwise is double-quoted.
    private static func quoted(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || " -'’".contains($0) } && !text.hasPrefix(" ")
        return plain ? text : "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
