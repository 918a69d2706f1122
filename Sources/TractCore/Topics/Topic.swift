/// One topic Tract recognises: its id, how to show it, and the words that signal it.
public struct Topic: Equatable, Sendable {
    /// Stable id used on the command line and in JSON, e.g. `future-research`.
    public var id: String
    /// Human label, e.g. "Future research".
    public var label: String
    /// Colour name for the reader: red, green, yellow, blue, magenta, cyan.
    public var color: String
    /// Terms that make a heading about this topic.
    public var headingTerms: [Term]
    /// Terms that signal the topic in body text, each with a weight.
    public var bodyTerms: [Term]
    /// When a heading names several topics ("Lethal dosage"), the one with the highest priority wins.
    public var priority: Int

    public init(id: String, label: String, color: String, headingTerms: [Term], bodyTerms: [Term], priority: Int = 0) {
        self.id = id
        self.label = label
        self.color = color
        self.headingTerms = headingTerms
        self.bodyTerms = bodyTerms
        self.priority = priority
    }
}

/// A word or phrase to look for. A word ending in `*` matches any word it begins; other words also
/// match their plural (`risk` → `risks`).
public struct Term: Equatable, Sendable {
    /// As written in the topic file, used as evidence.
    public var text: String
    public var weight: Double
    /// The lowercase words of the phrase, `*` kept on the last one when it is a prefix.
    public var words: [String]
    /// A heading term written `=words` matches only a heading that says exactly that.
    public var isWholeHeading: Bool { text.hasPrefix("=") }

    public init(_ text: String, weight: Double = 1) {
        self.text = text
        self.weight = weight
        self.words = Tokenizer.words(in: text.lowercased(), keepingStar: true)
    }

    /// Whether the word pattern `pattern` matches the lowercase token `token`.
    static func matches(_ pattern: String, _ token: Substring) -> Bool {
        let patternBytes = pattern.utf8
        let tokenBytes = token.utf8
        if pattern.hasSuffix("*") { return tokenBytes.starts(with: patternBytes.dropLast()) }
        guard tokenBytes.starts(with: patternBytes) else { return false }
        let rest = tokenBytes.dropFirst(patternBytes.count)
        return rest.isEmpty || rest.elementsEqual("s".utf8) || rest.elementsEqual("es".utf8)
    }
}
