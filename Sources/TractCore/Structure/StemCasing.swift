/// How an article spells the words of its file name, so a title made from the name reads `MDMA PTSD
/// breakthrough` rather than `Mdma ptsd breakthrough`. Capitals that only start a sentence do not count
/// when the word is also written mid-sentence.
struct StemCasing {
    /// How much of the text is looked at: the spelling is settled long before the end of a long article.
    static let sampleLength = 200_000

    private var counts: [String: [String: Int]] = [:]

    /// Scans the text's bytes (a library's thousands of stand-ins each pass their opening through here):
    /// words are runs of ASCII letters and digits and of non-ASCII bytes; only those as long as a word
    /// of the name are looked at.
    init(words: [String], text: String) {
        let wanted = Set(words)
        let wantedBytes = words.map { Array($0.utf8) }
        var sentenceStart = true
        var afterStop = true
        var text = text
        text.withUTF8 { buffer in
            let bytes = UnsafeBufferPointer(rebasing: buffer.prefix(Self.sampleLength))
            scan(bytes, wanted: wanted, wantedBytes: wantedBytes, sentenceStart: &sentenceStart, afterStop: &afterStop)
        }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, wanted: Set<String>, wantedBytes: [[UInt8]],
                               sentenceStart: inout Bool, afterStop: inout Bool) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard Self.isWordByte(byte) else {
                if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x0A || byte == 0x3A { afterStop = true }
                else if byte != 0x20 && byte != 0x09 && byte != 0x0D { afterStop = false }
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, Self.isWordByte(bytes[end]) { end += 1 }
            sentenceStart = afterStop
            afterStop = false
            // Only a word that folds to one of the name's words becomes a String.
            if wantedBytes.contains(where: { Self.foldedEqual(bytes[index..<end], $0) }) {
                count(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self), sentenceStart: sentenceStart, wanted: wanted)
            }
            index = end
        }
    }

    /// ASCII case-insensitive equality of a word's bytes with a lowercase word (other bytes exactly).
    private static func foldedEqual(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ lower: [UInt8]) -> Bool {
        guard word.count == lower.count else { return false }
        var other = lower.startIndex
        for byte in word {
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if folded != lower[other] { return false }
            other += 1
        }
        return true
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    /// Mid-sentence spellings count; a capital at a sentence start counts only as its lowercase form,
    /// unless the word is capitalised throughout (MDMA).
    private mutating func count(_ word: String, sentenceStart: Bool, wanted: Set<String>) {
        let lower = word.lowercased()
        guard wanted.contains(lower) else { return }
        let onlyFirstCapital = word.first?.isUppercase == true && word.dropFirst() == word.dropFirst().lowercased()
        let form = sentenceStart && onlyFirstCapital ? lower : word
        counts[lower, default: [:]][form, default: 0] += 1
    }

    /// The spelling the text uses most for `word`; the word as given when the text never uses it.
    func spelling(of word: String) -> String {
        guard let forms = counts[word.lowercased()] else { return word }
        return forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? word
    }
}
