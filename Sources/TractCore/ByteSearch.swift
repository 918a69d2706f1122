extension StringProtocol {
    /// True when the text holds `word` (lowercase), ASCII letters of the text compared without case.
    /// Byte by byte, without Foundation: compare asks this of every passage and candidate term.
    func holdsLowercase(_ word: some StringProtocol) -> Bool {
        let haystack = Array(utf8)
        let needle = Array(word.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
        return (0...(haystack.count - needle.count)).contains { start in
            needle.indices.allSatisfy { lower(haystack[start + $0]) == needle[$0] }
        }
    }
}
