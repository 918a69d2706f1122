/// The points several articles make on a topic: content words and two-word phrases that occur in the
/// passages of two articles or more. Counted per article (one article repeating a word is not
/// agreement), from the passages' own text; nothing is looked up anywhere.
public enum SharedPoints {
    public struct Point: Equatable, Sendable {
        /// The word or phrase, lowercase.
        public var text: String
        /// How many articles mention it.
        public var articles: Int
    }

    /// At most this many points are kept.
    public static let limit = 12

    /// Points shared by two or more of `texts` (each article's passages on the topic), most articles
    /// first, a phrase before the words it is made of, a word dropped when a phrase of it is shared as
    /// widely. `others` (each article's text off the topic) weeds out what the articles say everywhere
    /// (their common subject, "treatment"): a point must be at least twice as common in the passages.
    public static func find(in texts: [String], others: [String] = []) -> [Point] {
        var articles: [String: Int] = [:]
        var uses: [String: Int] = [:]
        for text in texts {
            let terms = self.terms(in: text)
            for term in Set(terms) { articles[term, default: 0] += 1 }
            for term in terms { uses[term, default: 0] += 1 }
        }
        var candidates = articles.filter { $0.value >= 2 }
        if !others.isEmpty, !candidates.isEmpty {
            var elsewhere: [String: Int] = [:]
            for text in others {
                for term in Set(terms(in: text)) where candidates[term] != nil { elsewhere[term, default: 0] += 1 }
            }
            let onTopic = Double(texts.count), offTopic = Double(others.count)
            candidates = candidates.filter { term, count in
                Double(count) / onTopic >= 2 * Double(elsewhere[term] ?? 0) / offTopic
            }
        }
        let phrases = candidates.keys.filter { $0.contains(" ") }
        let kept = candidates.filter { term, count in
            term.contains(" ") || !phrases.contains { phrase in
                candidates[phrase] == count && phrase.split(separator: " ").contains { $0 == term }
            }
        }
        return kept.map { Point(text: $0.key, articles: $0.value) }
            .sorted { ($0.articles, $0.text.contains(" ") ? 1 : 0, uses[$0.text] ?? 0, $1.text)
                > ($1.articles, $1.text.contains(" ") ? 1 : 0, uses[$1.text] ?? 0, $0.text) }
            .prefix(limit).map { $0 }
    }

    /// True when `text` holds `point` as whole words, in any case.
    public static func mentions(_ text: String, _ point: String) -> Bool {
        let wanted = point.split(separator: " ").map(String.init)
        let words = self.words(in: text)
        guard let first = wanted.first, wanted.count <= words.count else { return false }
        return words.indices.contains { index in
            words[index] == first && index + wanted.count <= words.count && Array(words[index..<index + wanted.count]) == wanted
        }
    }

    /// Content words (three letters or more, not a function word) and pairs of adjacent ones.
    static func terms(in text: String) -> [String] {
        let words = self.words(in: text)
        var out: [String] = []
        for index in words.indices where isContent(words[index]) {
            out.append(words[index])
            if index + 1 < words.count, isContent(words[index + 1]) { out.append(words[index] + " " + words[index + 1]) }
        }
        return out
    }

    /// Lowercase runs of letters (hyphens and apostrophes inside a word kept), with an empty string
    /// where punctuation comes between two words, so no phrase is made across a sentence or a comma.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var broken = false
        for character in text.lowercased() {
            if character.isLetter || (!current.isEmpty && (character == "-" || character == "'")) {
                if current.isEmpty, broken, words.last?.isEmpty == false { words.append("") }
                broken = false
                current.append(character)
                continue
            }
            if !current.isEmpty {
                words.append(current.trimmingTrailing("-'"))
                current = ""
            }
            if !character.isWhitespace { broken = true }
        }
        if !current.isEmpty { words.append(current.trimmingTrailing("-'")) }
        return words
    }

    private static func isContent(_ word: String) -> Bool {
        word.count >= 3 && !functionWords.contains(word)
    }

    /// English words that carry no point of their own.
    static let functionWords: Set<String> = [
        "the", "and", "for", "with", "are", "that", "this", "its", "can", "may", "has", "have", "had", "from", "which",
        "their", "these", "those", "such", "also", "not", "more", "most", "been", "was", "were", "but", "into", "than",
        "then", "there", "they", "them", "what", "when", "where", "who", "whom", "why", "how", "all", "any", "both",
        "each", "few", "other", "some", "only", "own", "same", "very", "will", "would", "could", "should", "might",
        "must", "shall", "our", "ours", "your", "his", "her", "hers", "him", "she", "you", "one", "two", "about",
        "after", "again", "against", "before", "being", "below", "between", "during", "further", "here", "however",
        "over", "under", "until", "while", "because", "through", "does", "did", "doing", "yet", "well", "many",
        "much", "often", "including", "include", "includes", "used", "use", "using", "based", "et", "al", "per",
        "like", "even", "still", "within", "without", "among", "upon", "whether", "though", "although", "due",
        "it's", "there's", "is", "be", "an", "as", "at", "by", "if", "in", "of", "on", "or", "to", "up", "so", "no",
    ]
}

private extension String {
    func trimmingTrailing(_ characters: String) -> String {
        var out = self
        while let last = out.last, characters.contains(last) { out.removeLast() }
        return out
    }
}
