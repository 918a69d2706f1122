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

    public var query: String
    public var hits: [Hit]
    public var current: Int?

    /// Finds every case-insensitive occurrence of `query` in the document's blocks.
    public init(query: String, document: ReadingDocument) {
        self.query = query
        var hits: [Hit] = []
        let needle = query.lowercased()
        if !needle.isEmpty {
            for (index, block) in document.blocks.enumerated() {
                for occurrence in 0..<Self.occurrences(of: needle, in: block.text.lowercased()) {
                    hits.append(Hit(block: index, occurrence: occurrence))
                }
            }
        }
        self.hits = hits
    }

    /// Non-overlapping occurrences of `needle` (lowercase) in `haystack` (lowercase).
    public static func occurrences(of needle: String, in haystack: String) -> Int {
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
