import Foundation
import GRDB
import TractCore

extension SearchIndex {
    /// Ranked hits for `query`, optionally only in passages on `topic`.
    ///
    /// The query is FTS5 syntax — words (all must occur), "phrases", prefix*, OR, NOT — matched without
    /// regard to case or accents; headings weigh four times the text. A query that is not valid syntax
    /// is searched as plain words. Text in scripts without spaces (CJK) is found by substring.
    public func search(_ query: String, topic: String? = nil, limit: Int = 50) throws -> [SearchHit] {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
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

    private static let open = "\u{1}"
    private static let close = "\u{2}"

    /// The columns every query selects, and the joins they need.
    private static let passageColumns = "p.path, d.title, p.heading, p.section, p.paragraph, p.line, p.topics"

    private func ftsSearch(_ match: String, topic: String?, limit: Int) throws -> [SearchHit] {
        let sql = """
            SELECT \(Self.passageColumns), snippet(passage_fts, 1, '\(Self.open)', '\(Self.close)', '…', 16) AS snippet,
                   bm25(passage_fts, 4.0, 1.0) AS rank
            FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid JOIN document d ON d.path = p.path
            WHERE passage_fts MATCH ?
            """
        return try query(sql, match, topic: topic, order: "ORDER BY rank", limit: limit) { row in
            let (snippet, highlights) = Self.unmark(row["snippet"])
            return (snippet, highlights, ((-(row["rank"] as Double)) * 1000).rounded() / 1000)
        }
    }

    private func substringSearch(_ needle: String, topic: String?, limit: Int) throws -> [SearchHit] {
        let sql = """
            SELECT \(Self.passageColumns), p.text FROM passage p JOIN document d ON d.path = p.path
            WHERE instr(p.text, ?) > 0
            """
        return try query(sql, needle, topic: topic, order: "", limit: limit) { row in
            let text: String = row["text"]
            let (snippet, highlights) = SearchIndexSnippet.around(needle, in: text)
            return (snippet, highlights, Double(SearchIndexSnippet.occurrences(of: needle, in: text)))
        }.sorted { $0.score > $1.score }
    }

    /// Runs a passage query (narrowed to `topic` when given) and makes hits of its rows; `excerpt` gives
    /// each row's snippet, highlights and score.
    private func query(_ sql: String, _ argument: String, topic: String?, order: String, limit: Int,
                       excerpt: (Row) -> (String, [[Int]], Double)) throws -> [SearchHit] {
        var sql = sql
        var arguments: [DatabaseValueConvertible] = [argument]
        if let topic {
            sql += " AND p.topics LIKE ?"
            arguments.append("% \(topic) %")
        }
        sql += " \(order) LIMIT ?"
        arguments.append(limit)
        return try pool.read { db in
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

    /// Removes the hit markers from a snippet, returning the plain text and the hits' character ranges.
    static func unmark(_ marked: String) -> (String, [[Int]]) {
        var text = ""
        var highlights: [[Int]] = []
        var start: Int?
        var count = 0
        for character in marked {
            if String(character) == open { start = count; continue }
            if String(character) == close, let begin = start { highlights.append([begin, count]); start = nil; continue }
            text.append(character)
            count += 1
        }
        return (text, highlights)
    }
}

/// Snippets for substring matches, where FTS5's snippet function does not apply.
enum SearchIndexSnippet {
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
