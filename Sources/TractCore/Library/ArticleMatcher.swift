/// Finds which of a library's articles an ARTICLE argument names: a stem, or an unambiguous part of one.
public enum ArticleMatcher {
    /// The outcome of matching an argument against the library's stems.
    public enum Outcome: Equatable, Sendable {
        case found(Int)
        case ambiguous([String])
        case none
    }

    /// Matches `query` against `stems` (exact stem first, then case-insensitive part of a stem).
    public static func match(_ query: String, stems: [String]) -> Outcome {
        if let exact = stems.firstIndex(of: query) { return .found(exact) }
        let lower = query.lowercased()
        if let exact = stems.firstIndex(where: { $0.lowercased() == lower }) { return .found(exact) }
        let hits = stems.indices.filter { stems[$0].lowercased().contains(lower) }
        switch hits.count {
        case 0: return .none
        case 1: return .found(hits[0])
        default: return .ambiguous(hits.map { stems[$0] })
        }
    }
}
