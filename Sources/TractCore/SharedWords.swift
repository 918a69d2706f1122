/// The content words two passages have in common, so compare can mark where paired passages agree.
public enum SharedWords {
    /// English function words of four letters or more: they are in almost every pair of passages and
    /// say nothing about what the passages share.
    static let functionWords: Set<String> = [
        "about", "after", "also", "although", "among", "another", "because", "been", "before", "being", "between",
        "both", "could", "does", "during", "each", "either", "even", "every", "from", "further", "have", "having",
        "however", "into", "just", "less", "many", "might", "more", "most", "much", "must", "only", "other",
        "over", "same", "should", "since", "some", "such", "than", "that", "their", "them", "then", "there",
        "these", "they", "this", "those", "through", "thus", "under", "until", "upon", "very", "were", "what",
        "when", "where", "whether", "which", "while", "will", "with", "within", "without", "would", "your",
    ]

    /// The content words of `text`: lowercased, five letters or more, function words left out.
    public static func contentWords(in text: String) -> Set<String> {
        Set(Tokenizer.tokens(in: text).lazy.filter { $0.count >= 5 && !functionWords.contains(String($0)) }.map(String.init))
    }

    /// Content words found in both texts, less the words of `subject` (the articles' titles: what
    /// both articles are about is in every passage and says nothing about where two passages agree).
    public static func between(_ a: String, _ b: String, subject: String = "") -> Set<String> {
        contentWords(in: a).intersection(contentWords(in: b)).subtracting(Tokenizer.words(in: subject))
    }
}
