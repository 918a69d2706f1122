import Foundation

/// Text as search compares it: compatibility forms as their plain letters (NFKC: the ligature "ﬁ" is
/// "fi", a full-width "Ａ" is "A"), lower case, accents off — so "first" finds "ﬁrst" in a PDF and
/// "cafe" finds "Café". ASCII text is only lowered, at once.
public enum SearchFold {
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
        text.unicodeScalars.allSatisfy(foldsLikeItself)
    }

    /// The same for UTF-8 bytes, read without making a string of them (a search asks it of every block
    /// of a 10 MB article): ASCII bytes are stepped over, and only the others decoded. Bytes that are
    /// not UTF-8 say no, and are folded the careful way.
    public static func foldsLikeItself(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < bytes.count {
            // Runs of ASCII are stepped over eight bytes at a time.
            if index + 8 <= bytes.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            var rest = bytes[index...].makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&rest), foldsLikeItself(scalar) else { return false }
            index += UTF8.width(scalar)
        }
        return true
    }

    /// Whether folding leaves `scalar` as it is: asked of Foundation once per scalar, except for the
    /// punctuation most text holds (’ “ — –), which has no case or accent to lose.
    static func foldsLikeItself(_ scalar: Unicode.Scalar) -> Bool {
        let plain = scalar.value < UInt32(plainBelow.count) ? plainBelow[Int(scalar.value)] : isPlainPunctuation(scalar)
        return plain || folded(Character(scalar)) == String(scalar)
    }

    /// `isPlainPunctuation` (or ASCII) for every scalar up to the end of General Punctuation (’ “ — …),
    /// worked out once: its property lookups were a third of counting a 10 MB article's hits.
    private static let plainBelow: [Bool] = (0..<0x2070).map { Unicode.Scalar($0).map { $0.isASCII || isPlainPunctuation($0) } ?? false }

    /// Punctuation or a currency sign that NFKC keeps: folding (NFKC, case, accents) keeps it too.
    static func isPlainPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .currencySymbol:
            return keepsUnderNFKC(scalar)
        default:
            return false
        }
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

    /// `text` folded character by character as UTF-8, ASCII left in its case (for a counter that folds
    /// ASCII case itself): what a block whose characters fold is counted on, without the offsets
    /// `mapped` keeps for marking hits.
    public static func foldedUTF8(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII { out.append(contentsOf: character.utf8) } else { out.append(contentsOf: folded(character).utf8) }
        }
        return out
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
