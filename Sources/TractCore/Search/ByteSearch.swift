extension StringProtocol {
    /// True when the text holds `word` (lowercase), ASCII letters of the text compared without case.
    /// Byte by byte on the text's own storage, without Foundation: compare asks this of every
    /// passage heading and candidate term.
    func holdsLowercase(_ word: some StringProtocol) -> Bool {
        let needle = Array(word.utf8)
        return utf8.withContiguousStorageIfAvailable { holds(needle, in: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { holds(needle, in: $0) }
    }
}

private func holds(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
    return (0...(haystack.count - needle.count)).contains { start in
        needle.indices.allSatisfy { lower(haystack[start + $0]) == needle[$0] }
    }
}
