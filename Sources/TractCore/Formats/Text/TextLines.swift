import Glibc

/// A text's lines, for the parsers that read a whole article line by line.
enum TextLines {
    /// The text's lines (without their line feeds), found with `memchr` and cut by UTF-8 offset (O(1) in
    /// a native string): the generic `split` or `firstIndex(of:)` of the UTF-8 view took a quarter of the
    /// structure of 10 MB of text, and a tenth of the whole read of 10 MB of Markdown.
    static func of(_ text: String) -> [Substring] {
        var copy = text  // withUTF8 wants a var; a native string is not copied
        let breaks: [Int] = copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var found: [Int] = []
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, 0x0A, bytes.count - from) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                found.append(offset)
                from = offset + 1
            }
            return found
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        for offset in breaks + [utf8.count] {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(Substring(utf8[start..<end]))
            if end < utf8.endIndex { start = utf8.index(after: end) }
        }
        return lines
    }
}
