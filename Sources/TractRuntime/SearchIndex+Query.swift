import Foundation
import GRDB
import TractCore

extension SearchIndex {
    /// Ranked hits for `query`, optionally only in passages on `topic`.
    ///
    /// The query is FTS5 syntax — words (all must occur), "phrases", prefix*, OR, NOT — matched without
    /// regard to case or accents; headings weigh four times the text. A query that is not valid syntax
    /// is searched as plain words. Text in scripts without spaces (CJK) is found by substring.
    /// Compatibility forms are read as their letters on both sides (the index holds "ﬁrst" as "first").
    public func search(_ query: String, topic: String? = nil, limit: Int = 50) throws -> [SearchHit] {
        let trimmed = SearchFold.compatible(query.trimmingCharacters(in: .whitespaces))
        guard !trimmed.isEmpty else { return [] }
        if trimmed.unicodeScalars.contains(where: Self.isUnspacedScript) {
            return try substringSearch(trimmed, topic: topic, limit: limit)
        }
        do {
            return try ftsSearch(trimmed, topic: topic, limit: limit)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            // Not FTS5 syntax (`*`, `"`, `(`, `a AND`): the words in it, and nothing to find without any.
            let words = Self.plainWords(trimmed)
            guard !words.isEmpty else { return [] }
            do {
                return try ftsSearch(words, topic: topic, limit: limit)
            } catch let error as DatabaseError {
                throw TractError("search failed: \(error.message ?? "SQLite error \(error.resultCode.rawValue)")")
            }
        }
    }

    /// Every word of the query quoted, so FTS5 reads no operators in it.
    static func plainWords(_ query: String) -> String {
        Tokenizer.words(in: query).map { "\"\($0)\"" }.joined(separator: " ")
    }

    /// Characters of scripts written without spaces, where words cannot be told apart by a tokenizer.
    static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }

    /// The columns every query selects, and the joins they need.
    private static let passageColumns = "p.path, d.title, p.heading, p.section, p.paragraph, p.line, p.topics"

    /// FTS5 finds and ranks the passages; their snippets are made here, in one pass over each text
    /// (FTS5's own snippet() takes time quadratic in the hits: a paragraph repeating a word 20,000
    /// times took 7 s). The best `limit` are picked by id and rank alone, and only their texts read:
    /// sorting every match with its text took 70–80 ms for a word in most of 20,000 articles.
    private func ftsSearch(_ match: String, topic: String?, limit: Int) throws -> [SearchHit] {
        // The query's own words are looked for in headings, text and the article's authors and year,
        // never among the topics.
        let words = "{heading text about} : (\(match))"
        let narrowed = topic.map { "\(words) AND topic_words : \"\(Self.topicWord($0))\"" } ?? words
        let sql = """
            SELECT \(Self.passageColumns), p.text, best.rank FROM (
                SELECT rowid AS id, bm25(passage_fts, 4.0, 1.0, 0.0, 0.5) AS rank FROM passage_fts
                WHERE passage_fts MATCH ? ORDER BY rank LIMIT ?
            ) best JOIN passage p ON p.id = best.id JOIN document d ON d.path = p.path
            ORDER BY best.rank
            """
        let terms = SearchIndexSnippet.terms(of: match)
        return try hits(sql, [narrowed, limit]) { row in
            let (snippet, highlights) = SearchIndexSnippet.excerpt(row["text"], terms: terms)
            return (snippet, highlights, ((-(row["rank"] as Double)) * 1000).rounded() / 1000)
        }
    }

    /// A topic id as one FTS5 token: its letters and digits, lower case (`future-research` →
    /// `futureresearch`).
    static func topicWord(_ topic: String) -> String {
        String(topic.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    private func substringSearch(_ needle: String, topic: String?, limit: Int) throws -> [SearchHit] {
        let (filter, topicArguments) = Self.topicFilter(topic)
        let sql = """
            SELECT \(Self.passageColumns), p.text FROM passage p JOIN document d ON d.path = p.path
            WHERE instr(p.text, ?) > 0\(filter) LIMIT ?
            """
        return try hits(sql, [needle] + topicArguments + [limit]) { row in
            let text: String = row["text"]
            let (snippet, highlights) = SearchIndexSnippet.around(needle, in: text)
            return (snippet, highlights, Double(SearchIndexSnippet.occurrences(of: needle, in: text)))
        }.sorted { $0.score > $1.score }
    }

    /// The condition (on passage `p`) that narrows a query to passages on `topic`, and its argument.
    private static func topicFilter(_ topic: String?) -> (String, [DatabaseValueConvertible]) {
        guard let topic else { return ("", []) }
        return (" AND p.topics LIKE ?", ["% \(topic) %"])
    }

    /// Runs a passage query and makes hits of its rows; `excerpt` gives each row's snippet,
    /// highlights and score.
    private func hits(_ sql: String, _ arguments: [DatabaseValueConvertible],
                      excerpt: (Row) -> (String, [[Int]], Double)) throws -> [SearchHit] {
        try pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let (snippet, highlights, score) = excerpt(row)
                return SearchHit(path: row["path"], title: row["title"], section: row["heading"], sectionIndex: row["section"],
                                 paragraphIndex: row["paragraph"], line: row["line"], topics: Self.topics(row["topics"]),
                                 snippet: snippet, highlights: highlights, score: score)
            }
        }
    }

    private static func topics(_ stored: String) -> [String] {
        stored.split(separator: " ").map(String.init)
    }
}

/// Snippets: about 16 words around the first word of the query in a passage, with its words' ranges.
enum SearchIndexSnippet {
    /// A query's words to highlight: operators and words after NOT left out, `word*` a prefix.
    static func terms(of query: String) -> [(word: String, prefix: Bool)] {
        SearchQuery.wantedTokens(query).flatMap { token in
            let prefix = token.hasSuffix("*") || token.hasSuffix("*\"")
            return Tokenizer.words(in: String(token)).map { (word: fold($0), prefix: prefix) }
        }
    }

    private static func fold(_ word: String) -> String {
        SearchFold.fold(word)
    }

    private static func matches(_ word: String, _ terms: [(word: String, prefix: Bool)]) -> Bool {
        let folded = fold(word)
        return terms.contains { $0.prefix ? folded.hasPrefix($0.word) : folded == $0.word }
    }

    /// The window of words around the first match (from the start when there is none), in one pass
    /// over the text, and the matching words' character ranges in it.
    static func excerpt(_ text: String, terms: [(word: String, prefix: Bool)]) -> (String, [[Int]]) {
        var words: [Range<String.Index>] = []
        var first: Int?
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let isWord = text[index].isLetter || text[index].isNumber
            if isWord && start == nil { start = index }
            let next = text.index(after: index)
            if let begin = start, !isWord || next == text.endIndex {
                words.append(begin..<(isWord ? next : index))
                start = nil
                if first == nil, matches(String(text[words[words.count - 1]]), terms) { first = words.count - 1 }
                // Enough words after the first match for the window: the rest of the text is not read.
                if let first, words.count > first + 12 { break }
            }
            index = next
        }
        guard !words.isEmpty else { return (String(text.prefix(60)), []) }
        let low = max((first ?? 0) - 4, 0)
        let high = min(low + 15, words.count - 1)
        let from = low == 0 ? text.startIndex : words[low].lowerBound
        let to = words[high].upperBound
        let lead = low > 0 ? "…" : ""
        let snippet = lead + String(text[from..<to]) + (to < text.endIndex ? "…" : "")
        var highlights: [[Int]] = []
        var offset = lead.count
        var last = from
        for word in words[low...high] {
            offset += text.distance(from: last, to: word.lowerBound)
            let length = text.distance(from: word.lowerBound, to: word.upperBound)
            if matches(String(text[word]), terms) { highlights.append([offset, offset + length]) }
            offset += length
            last = word.upperBound
        }
        return (snippet, highlights)
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// About 60 characters around the first occurrence, with the occurrences' ranges.
    static func around(_ needle: String, in text: String) -> (String, [[Int]]) {
        guard let found = text.range(of: needle) else { return (String(text.prefix(60)), []) }
        let offset = text.distance(from: text.startIndex, to: found.lowerBound)
        let start = max(0, offset - 25)
        let characters = Array(text)
        let end = min(characters.count, offset + needle.count + 35)
        let snippet = (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
        var highlights: [[Int]] = []
        var from = snippet.startIndex
        while let range = snippet.range(of: needle, range: from..<snippet.endIndex) {
            let lower = snippet.distance(from: snippet.startIndex, to: range.lowerBound)
            highlights.append([lower, lower + needle.count])
            from = range.upperBound
        }
        return (snippet, highlights)
    }
}
