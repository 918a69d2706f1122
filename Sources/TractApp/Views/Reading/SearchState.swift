import TractCore

/// An in-article search: the query, every hit in reading order, and which one is current.
public struct SearchState: Equatable, Sendable {
    /// One occurrence of the query: the block it is in and which occurrence within the block.
    public struct Hit: Equatable, Sendable {
        public var block: Int
        public var occurrence: Int

        public init(block: Int, occurrence: Int) {
            self.block = block
            self.occurrence = occurrence
        }
    }

    /// Counting still to do after Enter: the hit shown, and how many blocks from the top are counted.
    public struct Pending: Equatable, Sendable {
        public var shown: Hit
        public var counted: Int
    }

    /// What the user asked for, as shown in messages.
    public var query: String
    public var terms: SearchTerms
    /// Every hit in reading order (those counted so far while `pending`).
    public var hits: [Hit]
    /// Which of `hits` is current; nil while `pending` (then `pending.shown` is).
    public var current: Int?
    public var pending: Pending?

    /// The hit the reader shows as current, counted or not.
    public var currentHit: Hit? { pending?.shown ?? current.map { hits[$0] } }

    /// Finds every hit of `terms` (by default the query itself) in the document's blocks.
    public init(query: String, terms: SearchTerms? = nil, document: ReadingDocument) {
        self.init(query: query, terms: terms ?? SearchTerms([query]), hits: [])
        _ = appendHits(in: document, from: 0, bytes: .max)
    }

    /// What Enter in `/` starts: the first hit at or below block `start` shown at once, the hits around
    /// it counted afterwards (`countHits`), so a big article's hit is on screen before they are.
    public static func counting(_ query: String, in document: ReadingDocument, from start: Int) -> SearchState {
        var state = firstHit(of: query, in: document, from: start)
        if let first = state.hits.first { (state.hits, state.current, state.pending) = ([], nil, Pending(shown: first, counted: 0)) }
        return state
    }

    /// Counts the hits of the next blocks, about `bytes` of text; true once every block is counted, when
    /// the shown hit becomes `current`.
    @discardableResult
    public mutating func countHits(in document: ReadingDocument, bytes: Int) -> Bool {
        guard var pending else { return true }
        pending.counted = appendHits(in: document, from: pending.counted, bytes: bytes)
        guard pending.counted >= document.blocks.count else {
            self.pending = pending
            return false
        }
        self.pending = nil
        current = hits.firstIndex(of: pending.shown) ?? (hits.isEmpty ? nil : 0)
        return true
    }

    /// Adds the hits of the blocks from `start` on, about `bytes` of text; returns the block it stopped at.
    /// Much text is counted in two halves at once, one a core: the count is most of Enter's time in a
    /// 10 MB article.
    private mutating func appendHits(in document: ReadingDocument, from start: Int, bytes: Int) -> Int {
        let blocks = document.blocks
        guard !terms.isEmpty else { return blocks.count }
        var (end, spent) = (start, 0)
        while end < blocks.count && spent < bytes {
            spent += blocks.byteCount(of: end)
            end += 1
        }
        guard spent >= Self.splitAbove, ParallelMap.cores > 1 else {
            hits += Self.hits(of: terms, in: blocks, start..<end)
            return end
        }
        var (half, before) = (start, 0)
        while before < spent / 2 {
            before += blocks.byteCount(of: half)
            half += 1
        }
        let (terms, parts) = (self.terms, [start..<half, half..<end])
        let halves = ParallelMap.map(2, minimumPerRun: 1) { Self.hits(of: terms, in: blocks, parts[$0]) }
        hits += halves[0] + halves[1]
        return end
    }

    /// Text counted in two halves at once from this much on.
    static let splitAbove = 1 << 20

    private static func hits(of terms: SearchTerms, in blocks: ReadingDocument.Blocks, _ range: Range<Int>) -> [Hit] {
        var found: [Hit] = []
        _ = blocks.utf8Texts(from: range.lowerBound) { block, text in
            guard block < range.upperBound else { return false }
            for occurrence in 0..<terms.count(in: text) { found.append(Hit(block: block, occurrence: occurrence)) }
            return block + 1 < range.upperBound
        }
        return found
    }

    /// Only the first hit at or after block `start` (wrapping to the top): what `/` shows while the
    /// query is still being typed, found without counting every hit of a 10 MB article on each key.
    public static func firstHit(of query: String, in document: ReadingDocument, from start: Int) -> SearchState {
        var state = SearchState(query: query, terms: SearchTerms([query]), hits: [])
        let blocks = document.blocks
        guard !blocks.isEmpty, !state.terms.isEmpty else { return state }
        let from = max(start, 0) % blocks.count
        var found: Int?
        let look = { (block: Int, text: UnsafeBufferPointer<UInt8>) -> Bool in
            if state.terms.count(in: text) > 0 { found = block }
            return found == nil
        }
        _ = blocks.utf8Texts(from: from, look)
        if found == nil { _ = blocks.utf8Texts(from: 0) { $0 < from && look($0, $1) } }
        if let found { (state.hits, state.current) = ([Hit(block: found, occurrence: 0)], 0) }
        return state
    }

    private init(query: String, terms: SearchTerms, hits: [Hit]) {
        self.query = query
        self.terms = terms
        self.hits = hits
    }

    /// Non-overlapping, case-insensitive occurrences of `needle` (lowercase) in `haystack`. An ASCII
    /// needle is counted on the UTF-8 bytes without copying the text (`CaseFoldedCount`); others use
    /// full lowercasing.
    public static func occurrences(of needle: String, in haystack: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        guard let counter = CaseFoldedCount(Array(needle.utf8)) else { return slowOccurrences(of: needle, in: haystack.lowercased()) }
        var text = haystack
        return text.withUTF8 { counter.count(in: $0) }
    }

    private static func slowOccurrences(of needle: String, in haystack: String) -> Int {
        var count = 0
        var searchRange = haystack.startIndex..<haystack.endIndex
        while let found = haystack.range(of: needle, range: searchRange) {
            count += 1
            searchRange = found.upperBound..<haystack.endIndex
        }
        return count
    }

    /// "hit 3/17 for 'serotonin'", "first hit for 'serotonin', counting…" or a plain "not found".
    public var summary: String {
        if pending != nil { return "first hit for '\(query)', counting…" }
        guard !hits.isEmpty else { return "'\(query)' not found" }
        let index = (current ?? 0) + 1
        return "hit \(index)/\(hits.count) for '\(query)'"
    }
}
