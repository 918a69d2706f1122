/// Numbers each distinct lowercase word of the texts it has seen, so that per-word work (term
/// lookups) is done once per word of the vocabulary, not once per word of a long article.
public final class Vocabulary {
    /// Open-addressing table from a word's bytes to its id (-1 empty), so looking up a word of the
    /// text needs no String: this runs for every word of a 10 MB article.
    private var slots = [Int32](repeating: -1, count: 1 << 12)
    private var bytesOf: [[UInt8]] = []

    /// A new, empty vocabulary. Share one across the articles of a library load (one thread at a time).
    public init() {}
    /// The word for each id.
    private(set) var words: [String] = []
    /// Per word id, the matcher entries it can start; filled by `TermMatcher`.
    var candidates: [[Int]?] = []
    /// Per word id, the bit it sets in a `WordSignature`, or -1 when it sets none.
    private var signatureBits: [Int16] = []
    /// Per word id, its row in the section model: -2 not looked up yet, -1 unknown to the model.
    private var modelRows: [Int32] = []
    /// Per word id, the last section (a serial number) it was counted in, so a section counts each
    /// distinct word once without building a set.
    private var lastSection: [Int32] = []

    /// The id of `word`, adding it when new.
    func id(of word: String) -> Int32 {
        id(ofBytes: Array(word.utf8))
    }

    /// The id of the word with these UTF-8 bytes, adding it when new.
    func id(ofBytes word: [UInt8]) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if bytesOf[Int(id)] == word { return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(words.count)
        slots[slot] = id
        bytesOf.append(word)
        words.append(String(decoding: word, as: UTF8.self))
        candidates.append(nil)
        modelRows.append(-2)
        lastSection.append(-1)
        signatureBits.append(WordSignature.bit(forWord: word, hash: hash).map(Int16.init) ?? -1)
        if words.count * 2 > slots.count { grow() }
        return id
    }

    /// The signature of a text already turned into word ids.
    func signature(of tokens: [Int32]) -> WordSignature {
        var signature = WordSignature()
        for token in tokens {
            let bit = signatureBits[Int(token)]
            if bit >= 0 { signature.insert(bit: UInt8(bit)) }
        }
        return signature
    }

    private var sectionSerial: Int32 = 0

    /// A number for the next section counted with `addModelWords`, unique in this vocabulary.
    func nextSectionSerial() -> Int32 {
        sectionSerial &+= 1
        return sectionSerial
    }

    /// Adds to `rows` the section-model row of each word of `tokens` not yet seen in section `serial`,
    /// and returns how many of the tokens the model knows (repeats counted). Each word's row is looked
    /// up once per vocabulary; the loop runs over raw buffers because it sees every word of the text.
    func addModelWords(_ tokens: [Int32], model: TopicModel, section serial: Int32, to rows: inout [Int32]) -> Int {
        var known = 0
        modelRows.withUnsafeMutableBufferPointer { rowOf in
            lastSection.withUnsafeMutableBufferPointer { seenIn in
                for token in tokens {
                    if rowOf[Int(token)] == -2 { rowOf[Int(token)] = model.row(of: words[Int(token)]) }
                    let row = rowOf[Int(token)]
                    guard row >= 0 else { continue }
                    known += 1
                    if seenIn[Int(token)] != serial {
                        seenIn[Int(token)] = serial
                        rows.append(row)
                    }
                }
            }
        }
        return known
    }

    /// Doubles the table and re-inserts every word.
    private func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, word) in bytesOf.enumerated() {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// Latin ligatures (U+FB00–FB06) and the letters they stand for.
    static let ligatures: [UInt32: String] = [
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
    ]

    /// The lowercase words of `text` as ids: letters and digits form words, everything else separates.
    ///
    /// Scans UTF-8 bytes and lowercases ASCII itself; only non-ASCII scalars pay for Unicode property
    /// lookups. This runs over every paragraph of a 10 MB article.
    func tokenize(_ text: String) -> [Int32] { tokenize(text[...]) }

    func tokenize(_ text: Substring) -> [Int32] {
        var text = text
        return text.withUTF8 { bytes in
            var tokens: [Int32] = []
            tokens.reserveCapacity(bytes.count / 5)
            var word: [UInt8] = []
            word.reserveCapacity(32)
            func finishWord() {
                if !word.isEmpty {
                    tokens.append(id(ofBytes: word))
                    word.removeAll(keepingCapacity: true)
                }
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte >= 0x41 && byte <= 0x5A {
                        word.append(byte | 0x20)
                    } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                        word.append(byte)
                    } else {
                        finishWord()
                    }
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                let end = min(index + length, bytes.count)
                let scalarText = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
                if let scalar = scalarText.unicodeScalars.first, let letters = Self.ligatures[scalar.value] {
                    // PDF text spells "beneﬁcial" with one ligature character; match it as "beneficial".
                    word.append(contentsOf: letters.utf8)
                } else if let scalar = scalarText.unicodeScalars.first, scalar.isLetterOrDigit {
                    word.append(contentsOf: scalarText.lowercased().utf8)
                } else {
                    finishWord()
                }
                index = end
            }
            finishWord()
            return tokens
        }
    }
}
