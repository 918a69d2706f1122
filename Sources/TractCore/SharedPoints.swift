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

/// Reads content words and adjacent pairs of them from UTF-8 bytes, as `SharedPoints.terms` does from
/// characters: lowercase ASCII letters and any non-ASCII byte make words (with `-` and `'` inside
/// them), punctuation between two words keeps them from making a pair.
enum TermScanner {
    private static let functionHashes = Set(SharedPoints.functionWords.map { hash(Array($0.utf8)[...]) })

    /// Calls `found` with each term's hash and a way to spell it (only asked for the first time).
    static func scan(_ text: String, _ found: (UInt64, () -> String) -> Void) {
        var copy = text
        copy.withUTF8 { bytes in
            var word: [UInt8] = []
            var previous: [UInt8] = []
            var previousHash: UInt64?
            var broken = false
            func finish() {
                while let last = word.last, last == 0x2D || last == 0x27 { word.removeLast() }
                defer { word.removeAll(keepingCapacity: true) }
                guard !word.isEmpty else { return }
                let wordHash = hash(word[...])
                let content = word.count >= 3 && !functionHashes.contains(wordHash)
                if content {
                    let single = word
                    found(wordHash) { String(decoding: single, as: UTF8.self) }
                    if let before = previousHash, !broken {
                        let first = previous
                        found(before &* 31 &+ wordHash ^ 0x9E37_79B9_7F4A_7C15) {
                            String(decoding: first, as: UTF8.self) + " " + String(decoding: single, as: UTF8.self)
                        }
                    }
                    previous = word
                    previousHash = wordHash
                } else {
                    previousHash = nil
                }
                broken = false
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // General punctuation (U+2000–U+203F: dashes, curly quotes) and a no-break space are
                // not letters, though their bytes are not ASCII.
                if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 {
                    if !word.isEmpty { finish() }
                    broken = true
                    index += 3
                    continue
                }
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    if !word.isEmpty { finish() }
                    index += 2
                    continue
                }
                index += 1
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || byte >= 0x80 || (!word.isEmpty && (byte == 0x2D || byte == 0x27)) {
                    word.append(lower)
                    continue
                }
                if !word.isEmpty { finish() }
                if byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D { broken = true }
            }
            finish()
        }
    }

    /// FNV-1a.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }
}
