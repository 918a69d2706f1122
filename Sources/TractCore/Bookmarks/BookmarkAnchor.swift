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
    /// Not looked for: the pass that places bookmarks ran out of its budget (thousands of bookmarks in
    /// changed articles at once); it is looked for again on the next pass.
    case unplaced

    /// The most paragraphs a bookmark's passage is looked for across: a passage of more (an imported
    /// annotation may claim any count) is placed only where its article is unchanged.
    public static let longestPassage = 64

    /// Finds `bookmark` in `article`: position if unchanged, else exact quote, else a scored fuzzy match
    /// above `minimumScore`, else orphan. An ambiguous fuzzy match is an orphan: never a wrong guess.
    public static func locate(_ bookmark: Bookmark, in article: Article, minimumScore: Double = 0.8) -> Anchor {
        AnchorIndex(article: article).locate(bookmark, minimumScore: minimumScore)
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

/// One article's paragraphs made ready for placing many bookmarks in it: split, normalised and cut
/// into trigrams once, not once per bookmark (20,000 imported bookmarks took the reader 16 s to open).
/// Searching a changed article costs its text × bookmarks, so an index has a budget, counted in
/// characters worked through; a bookmark that would go past it is `unplaced`, never holding up a view.
public final class AnchorIndex {
    public let article: Article
    public let units: ParagraphUnits
    private let contentHash: String
    /// Characters in all paragraphs: what one pass over the article costs.
    private let length: Int
    private var windows: [Int: [String]] = [:]
    private var grams: [Int: [Trigrams]] = [:]
    /// Characters still to work through, shared by the indexes of one pass; a trigram made costs as
    /// much as fifty characters compared.
    public let budget: Budget

    public final class Budget {
        public fileprivate(set) var remaining: Int
        public init(_ characters: Int) { remaining = characters }

        /// The reader's per pass (~0.1 s), and the command line's (seconds: it was asked for a listing).
        public static var reader: Budget { Budget(100_000_000) }
        /// A slice of placing done while no key waits (~20 ms).
        public static var idleSlice: Budget { Budget(20_000_000) }
        public static var command: Budget { Budget(4_000_000_000) }
    }

    static let largestWindows = 128 << 20

    public init(article: Article, budget: Budget = .command) {
        self.article = article
        units = ParagraphUnits(article: article)
        contentHash = article.contentHash
        length = units.texts.reduce(0) { $0 + $1.utf8.count }
        self.budget = budget
    }

    public func locate(_ bookmark: Bookmark, minimumScore: Double = 0.8) -> Anchor {
        let count = max(bookmark.paragraphCount, 1)
        guard units.count >= count else { return .orphan }
        if contentHash == bookmark.contentHash, bookmark.ordinal + count <= units.count {
            return .anchored(ordinal: bookmark.ordinal, line: units.lines[bookmark.ordinal], method: .unchanged)
        }
        guard count <= Anchor.longestPassage, let windows = windows(of: count), spend(length * count) else { return .unplaced }
        let quote = Anchor.normalised(bookmark.quote)
        let exact = count == 1 ? paragraphsHolding(quote) : windows.indices.filter { windows[$0] == quote }
        if !exact.isEmpty {
            let context = { Anchor.contextScore(bookmark, self.units, $0, count) }
            let best = exact.max { context($0) < context($1) || (context($0) == context($1)
                && abs($0 - bookmark.ordinal) > abs($1 - bookmark.ordinal)) } ?? exact[0]
            return .anchored(ordinal: best, line: units.lines[best], method: .exact)
        }
        // A trigram looked up costs about fifty bytes scanned.
        guard let grams = grams(of: count), spend(windows.count * min(quote.utf8.count, 2_000) * 50) else { return .unplaced }
        return similar(bookmark, quote: quote, grams: grams, count: count, minimumScore: minimumScore)
    }

    /// Where each paragraph starts as Web Annotation positions count (see `ParagraphUnits.scalarOffset`).
    private lazy var scalarStarts: [Int] = {
        var starts: [Int] = []
        starts.reserveCapacity(units.count)
        var start = 0
        for text in units.texts {
            starts.append(start)
            start += text.unicodeScalars.count + 2
        }
        return starts
    }()

    /// `ParagraphUnits.ordinal(atScalarOffset:)` by a binary search, for placing many annotations.
    public func ordinal(atScalarOffset offset: Int) -> Int? {
        guard !scalarStarts.isEmpty else { return nil }
        return max(scalarStarts.partitionIndex { $0 > offset } - 1, 0)
    }

    /// The most similar window above `minimumScore`, decided by context among near-ties; else orphan.
    private func similar(_ bookmark: Bookmark, quote: String, grams: [Trigrams], count: Int, minimumScore: Double) -> Anchor {
        let quoteGrams = Trigrams(quote)
        var scored = grams.enumerated().map { ($0.offset, quoteGrams.dice($0.element)) }
        scored.sort { $0.1 > $1.1 }
        guard let top = scored.first, top.1 >= minimumScore else { return .orphan }
        // Near-ties are decided by the context around them; if that cannot tell them apart, no guess.
        let ties = scored.prefix { top.1 - $0.1 < 0.02 }.map { ($0.0, $0.1, Anchor.contextScore(bookmark, units, $0.0, count)) }
            .sorted { $0.2 > $1.2 }
        if ties.count > 1, ties[0].2 - ties[1].2 < 0.1 { return .orphan }
        let best = ties[0]
        return .anchored(ordinal: best.0, line: units.lines[best.0], method: .fuzzy((best.1 * 100).rounded() / 100))
    }

    private func spend(_ cost: Int) -> Bool {
        guard budget.remaining >= cost else { return false }
        budget.remaining -= cost
        return true
    }

    /// The normalised paragraphs in one buffer, each ended by a NUL (which no quote holds), and where
    /// each starts: a quote is looked for in all of them with one `memmem` pass, not a string search per
    /// paragraph (Foundation's took seconds for 20,000 bookmarks).
    private lazy var joined: (bytes: [UInt8], starts: [Int]) = {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for window in windows[1] ?? [] {
            starts.append(bytes.count)
            bytes += window.utf8
            bytes.append(0)
        }
        return (bytes, starts)
    }()

    /// The paragraphs whose normalised text holds `quote`, in order.
    private func paragraphsHolding(_ quote: String) -> [Int] {
        let needle = Array(quote.utf8)
        guard !needle.isEmpty, !needle.contains(0) else { return [] }
        let (bytes, starts) = joined
        var found: [Int] = []
        bytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { wanted in
                var offset = 0
                while let at = ByteFind.next(wanted, in: haystack, from: offset) {
                    // The paragraph the hit starts in: the last start at or before it.
                    let paragraph = starts.partitionIndex { $0 > at } - 1
                    if found.last != paragraph { found.append(paragraph) }
                    offset = at + 1
                }
            }
        }
        return found
    }

    /// Every run of `count` paragraphs, normalised (made once per count); nil past the budget.
    private func windows(of count: Int) -> [String]? {
        if let made = windows[count] { return made }
        // The windows hold the text `count` times over: a passage of many paragraphs in a huge article
        // is not worth hundreds of megabytes.
        guard length * count <= AnchorIndex.largestWindows, spend(length * count) else { return nil }
        let made = (0...(units.count - count)).map { Anchor.normalised(units.texts[$0..<($0 + count)].joined(separator: " ")) }
        windows[count] = made
        return made
    }

    /// The trigrams of every window of `count` paragraphs; nil past the budget.
    private func grams(of count: Int) -> [Trigrams]? {
        if let made = grams[count] { return made }
        guard let windows = windows(of: count), spend(length * count * 50) else { return nil }
        let made = windows.map(Trigrams.init)
        grams[count] = made
        return made
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
