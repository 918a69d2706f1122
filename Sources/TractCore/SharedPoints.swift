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
    /// The digest reads its points from at most this many of the strongest articles.
    public static let sampleArticles = 100

    /// Points shared by two or more of `texts` (each article's passages on the topic), most articles
    /// first, a phrase before the words it is made of, a word dropped when a phrase of it is shared as
    /// widely. `others` (each article's text off the topic) weeds out what the articles say everywhere
    /// (their common subject, "treatment"): a point must be at least twice as common in the passages.
    public static func find(in texts: [String], others: [String] = []) -> [Point] {
        // Terms are hashed straight from the UTF-8 bytes: a digest of 2,000 articles reads megabytes.
        var articles: [UInt64: Int] = [:]
        var uses: [UInt64: Int] = [:]
        var spelled: [UInt64: String] = [:]
        for text in texts {
            var seen = Set<UInt64>()
            TermScanner.scan(text) { hash, spell in
                uses[hash, default: 0] += 1
                if seen.insert(hash).inserted { articles[hash, default: 0] += 1 }
                if spelled[hash] == nil { spelled[hash] = spell() }
            }
        }
        var candidates = articles.filter { $0.value >= 2 }
        if !others.isEmpty, !candidates.isEmpty {
            var elsewhere: [UInt64: Int] = [:]
            for text in others {
                var seen = Set<UInt64>()
                TermScanner.scan(text) { hash, _ in
                    if candidates[hash] != nil, seen.insert(hash).inserted { elsewhere[hash, default: 0] += 1 }
                }
            }
            let onTopic = Double(texts.count), offTopic = Double(others.count)
            candidates = candidates.filter { hash, count in Double(count) / onTopic >= 2 * Double(elsewhere[hash] ?? 0) / offTopic }
        }
        let named = candidates.compactMap { hash, count in spelled[hash].map { (text: $0, articles: count, uses: uses[hash] ?? 0) } }
        let byText = Dictionary(named.map { ($0.text, $0.articles) }, uniquingKeysWith: max)
        let kept = named.filter { term in
            term.text.contains(" ") || !term.text.isEmpty && !byText.contains { phrase, count in
                count == term.articles && phrase.contains(" ") && phrase.split(separator: " ").contains { $0 == term.text }
            }
        }
        return kept.sorted { ($0.articles, $0.text.contains(" ") ? 1 : 0, $0.uses, $1.text) > ($1.articles, $1.text.contains(" ") ? 1 : 0, $1.uses, $0.text) }
            .prefix(limit).map { Point(text: $0.text, articles: $0.articles) }
    }

    /// True when `text` holds `point` as whole words in a row (no punctuation between them), any case.
    public static func mentions(_ text: String, _ point: String) -> Bool {
        let wanted = point.lowercased().split(separator: " ").map { Array($0.utf8) }
        guard !wanted.isEmpty else { return false }
        var matched = 0
        var found = false
        TermScanner.words(text) { word, afterPunctuation in
            guard !found else { return }
            if afterPunctuation { matched = 0 }
            if word != wanted[matched] { matched = word == wanted[0] ? 1 : 0 } else { matched += 1 }
            if matched == wanted.count { found = true }
        }
        return found
    }

    /// Content words (three letters or more, not a function word) and pairs of adjacent ones, in order.
    static func terms(in text: String) -> [String] {
        var out: [String] = []
        TermScanner.scan(text) { _, spell in out.append(spell()) }
        return out
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
