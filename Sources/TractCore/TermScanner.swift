/// Words, content words and adjacent pairs of them, read straight from UTF-8 bytes (a digest reads
/// megabytes): lowercase ASCII letters and any other non-ASCII byte make words (with `-` and `'` inside
/// them); punctuation between two words keeps them from making a pair.
enum TermScanner {
    private static let functionHashes = Set(SharedPoints.functionWords.map { hash(Array($0.utf8)[...]) })

    /// Calls `visit` with each word, lowercase, and whether punctuation came between it and the word before.
    static func words(_ text: String, _ visit: ([UInt8], Bool) -> Void) {
        var copy = text
        copy.withUTF8 { bytes in
            var word: [UInt8] = []
            var broken = false
            func finish() {
                while let last = word.last, last == 0x2D || last == 0x27 { word.removeLast() }
                if !word.isEmpty { visit(word, broken) }
                word.removeAll(keepingCapacity: true)
                broken = false
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // General punctuation (U+2000–U+203F: dashes, curly quotes) and a no-break space are
                // not letters, though their bytes are not ASCII.
                if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 {
                    if !word.isEmpty { finish() }
                    broken = true
                    index += 3
                    continue
                }
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    if !word.isEmpty { finish() }
                    index += 2
                    continue
                }
                index += 1
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || byte >= 0x80 || (!word.isEmpty && (byte == 0x2D || byte == 0x27)) {
                    word.append(lower)
                    continue
                }
                if !word.isEmpty { finish() }
                if byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D { broken = true }
            }
            finish()
        }
    }

    /// Calls `found` with each content word's and each pair's hash, and a way to spell it (asked only
    /// when wanted).
    static func scan(_ text: String, _ found: (UInt64, () -> String) -> Void) {
        var previous: (word: [UInt8], hash: UInt64)?
        words(text) { word, afterPunctuation in
            let wordHash = hash(word[...])
            guard word.count >= 3, !functionHashes.contains(wordHash) else {
                previous = nil
                return
            }
            found(wordHash) { String(decoding: word, as: UTF8.self) }
            if let before = previous, !afterPunctuation {
                found(before.hash &* 31 &+ wordHash ^ 0x9E37_79B9_7F4A_7C15) {
                    String(decoding: before.word, as: UTF8.self) + " " + String(decoding: word, as: UTF8.self)
                }
            }
            previous = (word, wordHash)
        }
    }

    /// FNV-1a.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }
}
