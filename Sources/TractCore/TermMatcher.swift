/// Finds a topic set's terms in tokenised text quickly: exact words by hash lookup, prefix words by
/// their first three letters, phrases by checking the following tokens after a first-word hit.
struct TermMatcher: Sendable {
    /// A term of one topic, as the matcher sees it.
    struct Entry: Sendable {
        var topic: Int
        var term: Term
    }

    private var exact: [String: [Int]] = [:]
    private var prefixed: [String: [Int]] = [:]
    private(set) var entries: [Entry] = []

    init(terms: [(topic: Int, term: Term)]) {
        for (topic, term) in terms {
            guard let first = term.words.first else { continue }
            let index = entries.count
            entries.append(Entry(topic: topic, term: term))
            if first.hasSuffix("*") {
                prefixed[String(first.dropLast().prefix(3)), default: []].append(index)
            } else {
                exact[first, default: []].append(index)
            }
        }
    }

    /// How often an entry matched, and the words of its first match (the evidence shown to users).
    struct Hit {
        var count: Int
        var sample: String
    }

    /// Each matching entry's hits in `tokens`, keyed by entry index.
    func hits(in tokens: [Substring]) -> [Int: Hit] {
        var hits: [Int: Hit] = [:]
        for position in tokens.indices {
            for candidate in candidates(for: tokens[position]) {
                let words = entries[candidate].term.words
                guard matches(words, tokens, at: position) else { continue }
                if hits[candidate] != nil {
                    hits[candidate]?.count += 1
                } else {
                    let sample = tokens[position..<(position + words.count)].joined(separator: " ")
                    hits[candidate] = Hit(count: 1, sample: sample)
                }
            }
        }
        return hits
    }

    private func candidates(for token: Substring) -> [Int] {
        var found: [Int] = []
        if let hits = exact[String(token)] { found += hits }
        if token.hasSuffix("s") {
            if let hits = exact[String(token.dropLast())] { found += hits }
            if token.hasSuffix("es"), let hits = exact[String(token.dropLast(2))] { found += hits }
        }
        if token.count >= 3, let hits = prefixed[String(token.prefix(3))] { found += hits }
        return found
    }

    private func matches(_ words: [String], _ tokens: [Substring], at position: Int) -> Bool {
        guard position + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where !Term.matches(word, tokens[position + offset]) {
            return false
        }
        return true
    }
}
