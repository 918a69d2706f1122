import TractCore
/// What an in-article search looks for: one typed query, or the several words and phrases of a library
/// query. Matching is case-insensitive, leftmost first, without overlaps (a longer term wins where two
/// start together), so counting a block's hits and finding them in its rows agree.
public struct SearchTerms: Equatable, Sendable {
    /// Lowercased, non-empty.
    public let terms: [String]
    /// One ASCII term's byte counter, made once per search rather than once per block.
    private let counter: CaseFoldedCount?

    public init(_ terms: [String]) {
        var seen = Set<String>()
        self.terms = terms.map { $0.lowercased() }.filter { !$0.isEmpty && seen.insert($0).inserted }
        counter = self.terms.count == 1 ? CaseFoldedCount(Array(self.terms[0].utf8)) : nil
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// How many hits `text` holds; one ASCII term is counted on the bytes, without copying the text
    /// (a search runs over every block of a 10 MB article).
    public func count(in text: String) -> Int {
        var text = text
        return text.withUTF8 { count(in: $0) }
    }

    /// The same for a block's UTF-8 bytes.
    public func count(in text: UnsafeBufferPointer<UInt8>) -> Int {
        if let counter { return counter.count(in: text) }
        let string = String(decoding: text, as: UTF8.self)
        return terms.count == 1 ? SearchState.occurrences(of: terms[0], in: string) : ranges(in: string).count
    }

    /// Where the hits are in `text`. Empty when lowercasing changes the text's length (some non-ASCII
    /// letters do), as offsets could not be mapped back.
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard !terms.isEmpty else { return [] }
        let lower = text.lowercased()
        guard lower.count == text.count else { return [] }
        var found: [(start: Int, end: Int)] = []
        for term in terms {
            var from = lower.startIndex
            while let range = lower.range(of: term, range: from..<lower.endIndex) {
                let start = lower.distance(from: lower.startIndex, to: range.lowerBound)
                found.append((start, start + term.count))
                from = range.upperBound
            }
        }
        found.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var out: [Range<String.Index>] = []
        var reached = 0
        for hit in found where hit.start >= reached {
            let start = text.index(text.startIndex, offsetBy: hit.start)
            out.append(start..<text.index(start, offsetBy: hit.end - hit.start))
            reached = hit.end
        }
        return out
    }
}
