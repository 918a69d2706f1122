import Foundation

/// Text as search compares it: compatibility forms as their plain letters (NFKC: the ligature "ﬁ" is
/// "fi", a full-width "Ａ" is "A"), lower case, accents off — so "first" finds "ﬁrst" in a PDF and
/// "cafe" finds "Café". ASCII text is only lowered, at once.
public enum SearchFold {
    /// Whether `bytes` are all ASCII, read eight at a time: searching checks every block of a long
    /// article before its fast byte count.
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        var high: UInt64 = 0
        while offset + 8 <= bytes.count {
            high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < bytes.count {
            high |= UInt64(bytes[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// `text` with compatibility forms replaced by their letters (NFKC); case and accents kept, for
    /// text that is shown as well as searched (the library index's passages).
    public static func compatible(_ text: String) -> String {
        text.unicodeScalars.allSatisfy(keepsUnderNFKC) ? text : text.precomposedStringWithCompatibilityMapping
    }

    /// Whether NFKC leaves `scalar` as it is wherever it stands, read from Unicode's properties rather
    /// than asked of Foundation (a library index folds every paragraph; most hold a ’ or a — and
    /// nothing NFKC changes). False only costs the Foundation call, so doubtful cases say false.
    static func keepsUnderNFKC(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return true }
        let properties = scalar.properties
        // Combining marks, and the scripts whose letters compose with the one before (Indic vowel signs,
        // Hangul jamo), may change with their neighbour.
        guard properties.canonicalCombiningClass == .notReordered, !(0x0900...0x1DFF).contains(scalar.value),
              !(0x11000...0x11FFF).contains(scalar.value) else { return false }
        // Unchanged by NFKC and case folding together: unchanged by NFKC.
        if !properties.changesWhenNFKCCaseFolded { return true }
        // A capital is kept when its small letter is (É, Ω) and is the capital of that letter: the signs
        // that double a capital (Kelvin, Ohm, ϴ) are not.
        guard properties.isUppercase else { return false }
        let small = properties.lowercaseMapping.unicodeScalars
        guard small.count == 1, let letter = small.first, letter != scalar else { return false }
        return letter.properties.uppercaseMapping == String(scalar) && keepsUnderNFKC(letter)
    }

    /// `text` folded whole: NFKC, lower case, no accents.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.precomposedStringWithCompatibilityMapping.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Whether folding leaves every non-ASCII character of `text` as it is (curly quotes, dashes): a
    /// search for an ASCII word can then count the bytes as they are, as most blocks of a long article
    /// hold a ’ or a — and nothing that folds.
    public static func foldsLikeItself(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII || folded(Character($0)) == String($0) }
    }

    /// `text` folded character by character, with where each folded character came from in `text`
    /// (its character offset), so hits found in the folded text are marked on the text as it is.
    public static func mapped(_ text: String) -> (folded: [Character], origins: [Int]) {
        var folded: [Character] = []
        var origins: [Int] = []
        folded.reserveCapacity(text.count)
        for (offset, character) in text.enumerated() {
            let piece = character.isASCII ? String(character).lowercased() : self.folded(character)
            for folding in piece {
                folded.append(folding)
                origins.append(offset)
            }
        }
        return (folded, origins)
    }

    /// One non-ASCII character folded, remembered: a long article repeats the same few (’ “ ” é), and
    /// folding one is a Foundation call.
    private static func folded(_ character: Character) -> String {
        Cache.shared.folded(character)
    }

    private final class Cache: @unchecked Sendable {
        static let shared = Cache()
        private let lock = NSLock()
        private var known: [Character: String] = [:]

        func folded(_ character: Character) -> String {
            lock.lock()
            defer { lock.unlock() }
            if let done = known[character] { return done }
            let folding = SearchFold.fold(String(character))
            if known.count < 4096 { known[character] = folding }
            return folding
        }
    }
}
