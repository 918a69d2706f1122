/// The library search's query syntax, as far as Tract itself needs it (FTS5 reads the rest).
public enum SearchQuery {
    /// The tokens of a query that name something to find: the operators `AND`, `OR`, `NEAR` and `NOT`
    /// left out, and the token after `NOT` too. Used for highlighting, in snippets and in the article.
    public static func wantedTokens<S: StringProtocol>(_ query: S) -> [S.SubSequence] {
        var out: [S.SubSequence] = []
        var negated = false
        for token in query.split(separator: " ") {
            if token == "NOT" { negated = true; continue }
            if token == "AND" || token == "OR" || token == "NEAR" { continue }
            if !negated { out.append(token) }
            negated = false
        }
        return out
    }
}
