/// Finds a topic set's terms in tokenised text quickly: exact words by hash lookup, prefix words by
/// their first three bytes, phrases by checking the following words after a first-word hit.
struct TermMatcher: Sendable {
    /// A term of one topic, as the matcher sees it.
    struct Entry: Sendable {
        var topic: Int
        var term: Term
    }

    /// How often an entry matched, and the words of its first match (the evidence shown to users).
    struct Hit {
        var count: Int
        var sample: String
    }

    private var exact: [String: [Int]] = [:]
    /// Prefix terms keyed by their first three UTF-8 bytes; shorter prefixes are tried on every word.
    private var prefixed: [String: [Int]] = [:]
    private var shortPrefixed: [Int] = []
    private(set) var entries: [Entry] = []

    init(terms: [(topic: Int, term: Term)]) {
        for (topic, term) in terms {
            guard let first = term.words.first else { continue }
            let index = entries.count
            entries.append(Entry(topic: topic, term: term))
            if first.hasSuffix("*") {
                let stem = first.utf8.dropLast()
                if stem.count >= 3 {
                    prefixed[String(decoding: stem.prefix(3), as: UTF8.self), default: []].append(index)
                } else {
                    shortPrefixed.append(index)
                }
            } else {
                exact[first, default: []].append(index)
            }
        }
    }

    /// Each matching entry's hits in `tokens` (ids from `vocabulary`), keyed by entry index.
    func hits(in tokens: [Int32], vocabulary: Vocabulary) -> [Int: Hit] {
        var hits: [Int: Hit] = [:]
        for position in tokens.indices {
            let id = Int(tokens[position])
            let found: [Int]
            if let known = vocabulary.candidates[id] {
                found = known
            } else {
                found = candidates(for: vocabulary.words[id])
                vocabulary.candidates[id] = found
            }
            for candidate in found {
                let words = entries[candidate].term.words
                guard words.count == 1 || matches(words, tokens, at: position, vocabulary) else { continue }
                if hits[candidate] != nil {
                    hits[candidate]?.count += 1
                } else {
                    let sample = tokens[position..<(position + words.count)].map { vocabulary.words[Int($0)] }
                    hits[candidate] = Hit(count: 1, sample: sample.joined(separator: " "))
                }
            }
        }
        return hits
    }

    /// Entries whose first word matches `word`.
    private func candidates(for word: String) -> [Int] {
        var found: [Int] = []
        if let hits = exact[word] { found += hits }
        if word.hasSuffix("s") {
            if let hits = exact[String(word.dropLast())] { found += hits }
            if word.hasSuffix("es"), let hits = exact[String(word.dropLast(2))] { found += hits }
        }
        let bytes = word.utf8
        if bytes.count >= 3, let hits = prefixed[String(decoding: bytes.prefix(3), as: UTF8.self)] {
            found += hits.filter { Term.matches(entries[$0].term.words[0], Substring(word)) }
        }
        found += shortPrefixed.filter { Term.matches(entries[$0].term.words[0], Substring(word)) }
        return found
    }

    /// Whether the whole phrase `words` matches the tokens starting at `position`.
    private func matches(_ words: [String], _ tokens: [Int32], at position: Int, _ vocabulary: Vocabulary) -> Bool {
        guard position + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where !Term.matches(word, Substring(vocabulary.words[Int(tokens[position + offset])])) {
            return false
        }
        return true
    }
}
