import TractCore
#if canImport(Glibc)
import Glibc
#endif

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

    /// What the user asked for, as shown in messages.
    public var query: String
    public var terms: SearchTerms
    public var hits: [Hit]
    public var current: Int?

    /// Finds every hit of `terms` (by default the query itself) in the document's blocks.
    public init(query: String, terms: SearchTerms? = nil, document: ReadingDocument) {
        self.query = query
        let terms = terms ?? SearchTerms([query])
        self.terms = terms
        var hits: [Hit] = []
        if !terms.isEmpty {
            for (index, block) in document.blocks.enumerated() {
                for occurrence in 0..<terms.count(in: block.text) {
                    hits.append(Hit(block: index, occurrence: occurrence))
                }
            }
        }
        self.hits = hits
    }

    /// Only the first hit at or after block `start` (wrapping to the top): what `/` shows while the
    /// query is still being typed, found without counting every hit of a 10 MB article on each key.
    public static func firstHit(of query: String, in document: ReadingDocument, from start: Int) -> SearchState {
        var state = SearchState(query: query, terms: SearchTerms([query]), hits: [])
        let count = document.blocks.count
        guard count > 0, !state.terms.isEmpty else { return state }
        for step in 0..<count {
            let block = (max(start, 0) + step) % count
            if state.terms.count(in: document.blocks[block].text) > 0 {
                state.hits = [Hit(block: block, occurrence: 0)]
                state.current = 0
                break
            }
        }
        return state
    }

    private init(query: String, terms: SearchTerms, hits: [Hit]) {
        self.query = query
        self.terms = terms
        self.hits = hits
    }

    /// Non-overlapping, case-insensitive occurrences of `needle` (lowercase) in `haystack`.
    ///
    /// An ASCII needle is matched on the UTF-8 bytes with ASCII case folding, without copying the text:
    /// this runs over every block of a 10 MB article. Candidates are found with `memchr` (vectorised
    /// in the C library) for the first byte in either case, so most bytes are never looked at one by
    /// one. Other needles use full lowercasing.
    public static func occurrences(of needle: String, in haystack: String) -> Int {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return 0 }
        guard pattern.allSatisfy({ $0 < 0x80 }) else { return slowOccurrences(of: needle, in: haystack.lowercased()) }
        var text = haystack
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count >= pattern.count else { return 0 }
            let last = bytes.count - pattern.count
            let lower = pattern[0]
            let upper = lower >= 0x61 && lower <= 0x7A ? lower - 0x20 : lower
            func next(_ byte: UInt8, from start: Int) -> Int {
                guard start <= last, let found = memchr(base + start, Int32(byte), last + 1 - start) else { return Int.max }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var (nextLower, nextUpper) = (next(lower, from: 0), upper == lower ? Int.max : next(upper, from: 0))
            var count = 0
            while true {
                let candidate = min(nextLower, nextUpper)
                guard candidate <= last else { break }
                var offset = 1
                while offset < pattern.count && fold(bytes[candidate + offset]) == pattern[offset] { offset += 1 }
                let resume = offset == pattern.count ? candidate + pattern.count : candidate + 1
                if offset == pattern.count { count += 1 }
                if nextLower < resume { nextLower = next(lower, from: resume) }
                if nextUpper < resume { nextUpper = next(upper, from: resume) }
            }
            return count
        }
    }

    @inline(__always)
    private static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
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

    /// "hit 3/17 for 'serotonin'", or a plain "not found".
    public var summary: String {
        guard !hits.isEmpty else { return "'\(query)' not found" }
        let index = (current ?? 0) + 1
        return "hit \(index)/\(hits.count) for '\(query)'"
    }
}
