import TractCore
/// What an in-article search looks for: one typed query, or the several words and phrases of a library
/// query. Matching folds case, accents and compatibility forms (`SearchFold`: "first" finds "ﬁrst"),
/// leftmost first, without overlaps (a longer term wins where two start together), so counting a
/// block's hits and finding them in its rows agree.
public struct SearchTerms: Equatable, Sendable {
    /// Folded, non-empty.
    public let terms: [String]
    /// One ASCII term's byte counter, made once per search rather than once per block.
    private let counter: CaseFoldedCount?

    public init(_ terms: [String]) {
        var seen = Set<String>()
        self.terms = terms.map(SearchFold.fold).filter { !$0.isEmpty && seen.insert($0).inserted }
        counter = self.terms.count == 1 ? CaseFoldedCount(Array(self.terms[0].utf8)) : nil
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// How many hits `text` holds; one ASCII term is counted on the bytes, without copying the text
    /// (a search runs over every block of a 10 MB article).
    public func count(in text: String) -> Int {
        var text = text
        return text.withUTF8 { count(in: $0) }
    }

    /// The same for a block's UTF-8 bytes: counted on the bytes when folding changes no character of
    /// them but the case (ASCII, or curly quotes and dashes besides), else on the folded text.
    public func count(in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard SearchFold.foldsLikeItself(utf8: text) else {
            let string = String(decoding: text, as: UTF8.self)
            guard let counter else { return ranges(in: string).count }
            // One word: counted on the folded bytes, as many as `ranges` finds, without placing them.
            return SearchFold.foldedUTF8(string).withUnsafeBufferPointer { counter.count(in: $0) }
        }
        if let counter { return counter.count(in: text) }
        let whole = String(decoding: text, as: UTF8.self)
        return terms.count == 1 ? SearchState.occurrences(of: terms[0], in: whole) : ranges(in: whole).count
    }

    /// Where the hits are in `text`.
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard !terms.isEmpty else { return [] }
        guard text.utf8.allSatisfy({ $0 < 0x80 }) || SearchFold.foldsLikeItself(text) else { return foldedRanges(in: text) }
        let lower = text.lowercased()
        var found: [(start: Int, end: Int)] = []
        for term in terms {
            var from = lower.startIndex
            while let range = lower.range(of: term, range: from..<lower.endIndex) {
                let start = lower.distance(from: lower.startIndex, to: range.lowerBound)
                found.append((start, start + term.count))
                from = range.upperBound
            }
        }
        return Self.leftmost(found, in: text)
    }

    /// Hits in text that is not ASCII: found in its folded characters, marked on the characters they
    /// came from (a hit on the "fi" of "ﬁrst" marks the ligature).
    private func foldedRanges(in text: String) -> [Range<String.Index>] {
        let (folded, origins) = SearchFold.mapped(text)
        var found: [(start: Int, end: Int)] = []
        for term in terms.map(Array.init) where !term.isEmpty && term.count <= folded.count {
            var at = 0
            while at + term.count <= folded.count {
                if folded[at] == term[0], Array(folded[at..<(at + term.count)]) == term {
                    found.append((origins[at], origins[at + term.count - 1] + 1))
                    at += term.count
                } else {
                    at += 1
                }
            }
        }
        return Self.leftmost(found, in: text)
    }

    /// Hits (character offsets) as ranges of `text`: leftmost first, the longer where two start
    /// together, none overlapping.
    private static func leftmost(_ found: [(start: Int, end: Int)], in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var reached = 0
        for hit in found.sorted(by: { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }) where hit.start >= reached {
            let start = text.index(text.startIndex, offsetBy: hit.start)
            out.append(start..<text.index(start, offsetBy: hit.end - hit.start))
            reached = hit.end
        }
        return out
    }
}
