/// "Did you mean …?": the known name closest to a mistyped one, by edit distance, when it is close
/// enough to be a slip (a third of the word's letters at most, and at least one).
public enum Suggest {
    public static func closest(to word: String, among names: [String]) -> String? {
        let typed = Array(word.lowercased())
        guard !typed.isEmpty else { return nil }
        let limit = max(1, typed.count / 3)
        let scored = names.map { ($0, distance(typed, Array($0.lowercased()))) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// " (did you mean 'list'?)" or nothing.
    public static func phrase(for word: String, among names: [String], quoted: (String) -> String = { "'\($0)'" }) -> String {
        closest(to: word, among: names).map { "; did you mean \(quoted($0))?" } ?? ""
    }

    /// Levenshtein distance, a letter swapped with its neighbour counting once.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](0...b.count)
        var previous = before
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { row[j] = min(row[j], before[j - 2] + 1) }
            }
            (before, previous) = (previous, row)
        }
        return row[b.count]
    }
}
