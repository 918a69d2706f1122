/// Where a bookmark is in the current text of its article, or that it cannot be found.
public enum Anchor: Equatable, Sendable {
    /// How the passage was found.
    public enum Method: Equatable, Sendable {
        case unchanged         // same content hash: the stored position holds
        case exact             // the exact quote, context choosing among repeats
        case fuzzy(Double)     // the most similar passage, above the minimum score
    }

    case anchored(ordinal: Int, line: Int, method: Method)
    case orphan

    /// Finds `bookmark` in `article`: position if unchanged, else exact quote, else a scored fuzzy match
    /// above `minimumScore`, else orphan. An ambiguous fuzzy match is an orphan: never a wrong guess.
    public static func locate(_ bookmark: Bookmark, in article: Article, minimumScore: Double = 0.8) -> Anchor {
        let units = ParagraphUnits(article: article)
        let count = max(bookmark.paragraphCount, 1)
        guard units.count >= count else { return .orphan }
        if article.contentHash == bookmark.contentHash, bookmark.ordinal + count <= units.count {
            return .anchored(ordinal: bookmark.ordinal, line: units.lines[bookmark.ordinal], method: .unchanged)
        }
        let quote = normalised(bookmark.quote)
        let windows = (0...(units.count - count)).map { start in
            normalised(units.texts[start..<(start + count)].joined(separator: " "))
        }
        let exact = windows.indices.filter { windows[$0] == quote || (count == 1 && windows[$0].contains(quote)) }
        if !exact.isEmpty {
            let best = exact.max { contextScore(bookmark, units, $0, count) < contextScore(bookmark, units, $1, count)
                || (contextScore(bookmark, units, $0, count) == contextScore(bookmark, units, $1, count)
                    && abs($0 - bookmark.ordinal) > abs($1 - bookmark.ordinal)) } ?? exact[0]
            return .anchored(ordinal: best, line: units.lines[best], method: .exact)
        }
        let quoteGrams = Trigrams(quote)
        var scored = windows.indices.map { ($0, quoteGrams.dice(Trigrams(windows[$0]))) }
        scored.sort { $0.1 > $1.1 }
        guard let top = scored.first, top.1 >= minimumScore else { return .orphan }
        // Near-ties are decided by the context around them; if that cannot tell them apart, no guess.
        let ties = scored.prefix { top.1 - $0.1 < 0.02 }.map { ($0.0, $0.1, contextScore(bookmark, units, $0.0, count)) }
            .sorted { $0.2 > $1.2 }
        if ties.count > 1, ties[0].2 - ties[1].2 < 0.1 { return .orphan }
        let best = ties[0]
        return .anchored(ordinal: best.0, line: units.lines[best.0], method: .fuzzy((best.1 * 100).rounded() / 100))
    }

    /// How well the text around a candidate matches the stored context (0…2).
    static func contextScore(_ bookmark: Bookmark, _ units: ParagraphUnits, _ start: Int, _ count: Int) -> Double {
        let before = start > 0 ? String(units.texts[start - 1].suffix(Bookmark.contextLength)) : ""
        let after = start + count < units.count ? String(units.texts[start + count].prefix(Bookmark.contextLength)) : ""
        return Trigrams(normalised(before)).dice(Trigrams(normalised(bookmark.before)))
            + Trigrams(normalised(after)).dice(Trigrams(normalised(bookmark.after)))
    }

    /// Lowercase with runs of whitespace collapsed, so re-wrapping and line endings do not matter.
    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}

/// Character trigrams of a text, for the Dice similarity used by fuzzy anchoring.
struct Trigrams {
    private var counts: [String: Int] = [:]
    private var total = 0

    init(_ text: String) {
        let characters = Array(text)
        guard characters.count >= 3 else {
            if !characters.isEmpty { counts[text] = 1; total = 1 }
            return
        }
        for index in 0...(characters.count - 3) {
            counts[String(characters[index..<(index + 3)]), default: 0] += 1
            total += 1
        }
    }

    /// 2·|A∩B| / (|A|+|B|), 1 for identical texts; two empty texts count as identical.
    func dice(_ other: Trigrams) -> Double {
        if total == 0 && other.total == 0 { return 1 }
        guard total > 0, other.total > 0 else { return 0 }
        var shared = 0
        for (gram, count) in counts { shared += min(count, other.counts[gram] ?? 0) }
        return 2 * Double(shared) / Double(total + other.total)
    }
}
