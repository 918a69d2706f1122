import Foundation
import Testing
@testable import TractCore

/// Folding for search: what NFKC is skipped for must be what NFKC leaves alone.
@Suite struct SearchFoldTests {
    /// Every scalar the shortcut keeps is kept by Foundation's NFKC, alone and between letters; and the
    /// shortcut keeps the common ones (curly quotes, dashes, accented letters, Greek), or it saves nothing.
    @Test func theNFKCShortcutKeepsOnlyWhatNFKCKeeps() {
        let planes = Array(0x80...0xFFFF) + Array(0x1_0000...0x1_2FFF) + Array(0x1_D000...0x1_FFFF)
        var kept = 0
        for value in planes {
            guard let scalar = Unicode.Scalar(value), SearchFold.keepsUnderNFKC(scalar) else { continue }
            kept += 1
            let alone = String(Character(scalar))
            #expect(alone.precomposedStringWithCompatibilityMapping == alone, "U+\(String(value, radix: 16, uppercase: true))")
            let between = "a" + alone + "e"
            #expect(between.precomposedStringWithCompatibilityMapping == between, "U+\(String(value, radix: 16, uppercase: true))")
        }
        #expect(kept > 10_000)
        for common in "’‘“”–—…°éÉüÖñçαΩжЖ中文한" where common != "…" {
            #expect(common.unicodeScalars.allSatisfy(SearchFold.keepsUnderNFKC), "\(common)")
        }
    }

    /// What NFKC changes is changed: ligatures, full-width letters, the Kelvin sign, decomposed accents.
    @Test func compatibleFoldsWhatNeedsIt() {
        #expect(SearchFold.compatible("The ﬁrst ﬂoor") == "The first floor")
        #expect(SearchFold.compatible("ＡＢＣ and \u{212A}") == "ABC and K")
        #expect(SearchFold.compatible("cafe\u{301} au lait…") == "café au lait...")
        let plain = "Serotonin’s role — “empathy” at 37 °C in Zürich"
        #expect(SearchFold.compatible(plain) == plain)
    }

    /// Punctuation taken as folding like itself without asking Foundation does fold like itself, and
    /// the bytes of a block are judged as its text is.
    @Test func plainPunctuationFoldsLikeItself() {
        var plain = 0
        for value in 0x80...0xFFFF {
            guard let scalar = Unicode.Scalar(value), SearchFold.isPlainPunctuation(scalar) else { continue }
            plain += 1
            #expect(SearchFold.fold(String(scalar)) == String(scalar), "U+\(String(value, radix: 16, uppercase: true))")
        }
        #expect(plain > 300)
        for text in ["Serotonin’s role — “empathy”", "café", "ﬁrst", "plain", "Ünits", "10 €"] {
            var copy = text
            let bytes = copy.withUTF8 { SearchFold.foldsLikeItself(utf8: $0) }
            #expect(bytes == SearchFold.foldsLikeItself(text), "\(text)")
        }
        #expect(SearchFold.foldsLikeItself("Serotonin’s role — “empathy”") && !SearchFold.foldsLikeItself("café"))
        for broken: [UInt8] in [[0x61, 0xE2, 0x80], [0xC0, 0xAF], [0x61, 0x80, 0x62], [0xE0, 0x80, 0xAF], [0xFF]] {
            #expect(!broken.withUnsafeBufferPointer { SearchFold.foldsLikeItself(utf8: $0) }, "\(broken)")
        }
        let quotes = Array("it’s “so” — 10 €".utf8)
        #expect(quotes.withUnsafeBufferPointer { SearchFold.foldsLikeItself(utf8: $0) })
    }
}
