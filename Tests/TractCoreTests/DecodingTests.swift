import TractTestSupport
import Testing
@testable import TractCore

/// Bytes are decoded by Tract itself; nothing unsafe survives, nothing is lost.
@Suite struct DecodingTests {
    private func decode(_ bytes: [UInt8]) -> String { ArticleDecoder.decode(bytes) }

    @Test func invalidBytesAreKeptAsHex() {
        #expect(decode([0x61, 0xE2, 0x62, 0xFF]) == "a<E2>b<FF>")
        #expect(decode([0xED, 0xA0, 0x80]) == "<ED><A0><80>")  // an encoded surrogate is invalid
        #expect(decode([0xC3]) == "<C3>")                      // truncated at end of input
    }

    @Test func controlsBecomeCaretNotation() {
        #expect(decode([0x61, 0x00, 0x62]) == "a^@b")
        let escapes = Array("\u{1B}]0;title\u{07}\u{1B}[2J".utf8)
        let decoded = decode(escapes)
        #expect(decoded == "^[]0;title^G^[[2J")
        #expect(!decoded.unicodeScalars.contains { $0.value < 0x20 })
        #expect(decode([0x7F]) == "^?")
    }

    @Test func lineEndingsAndBOMAreNormalised() {
        #expect(decode(Array("a\r\nb\rc\n".utf8)) == "a\nb\nc\n")
        #expect(decode([0xEF, 0xBB, 0xBF] + Array("Title".utf8)) == "Title")
    }

    @Test func bidiZeroWidthAndC1AreMarked() {
        #expect(decode(Array("a\u{202E}b".utf8)) == "a<U+202E>b")
        #expect(decode(Array("a\u{200B}b\u{2066}".utf8)) == "a<U+200B>b<U+2066>")
        #expect(decode([0xC2, 0x9B, 0x32, 0x4A]) == "<U+009B>2J")  // C1 CSI
    }

    @Test func validTextPassesThrough() {
        let text = "Couple’s therapy — 日本語 😀 é"
        #expect(decode(Array(text.utf8)) == text)
    }

    @Test func sanitizerCleansStringsForOneLineOutput() {
        #expect(Sanitizer.clean("bad\u{1B}[31mname\nx") == "bad^[[31mname x")
        #expect(Sanitizer.clean("plain") == "plain")
    }

    @Test func structureOfHostileInputIsSafe() {
        let article = ArticleParser.parse(bytes: Array("Intro\u{1B}[2J text.\u{00}\n".utf8), path: "x.txt", format: .text,
                                          classifier: Fixtures.classifier)
        let text = article.sections.flatMap(\.paragraphs).map(\.text).joined()
        #expect(text == "Intro^[[2J text.^@")
    }

    @Test func binaryDetection() {
        #expect(ArticleParser.looksBinary([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]))
        #expect(!ArticleParser.looksBinary(Array("one NUL \u{00} in text is still text".utf8)))
        #expect(!ArticleParser.looksBinary(Array("\u{1B}]0;title\u{07}\u{1B}[2J".utf8)))
    }
}

/// Titles made from file names read as the article writes its words.
@Suite struct StemTitleTests {
    @Test func eachWordTakesTheArticlesSpelling() {
        let text = "Mdma, a compound, helps. Trials of MDMA for PTSD show a breakthrough. MDMA works. Breakthrough results."
        #expect(ArticlePath.words(fromStem: "mdma-ptsd-breakthrough", casingFrom: text) == "MDMA PTSD breakthrough")
        #expect(ArticlePath.words(fromStem: "mdma_ptsd-notes", casingFrom: text) == "MDMA PTSD notes")
        #expect(ArticlePath.words(fromStem: "breakthrough-of-mdma", casingFrom: text) == "Breakthrough of MDMA")
        #expect(ArticlePath.words(fromStem: "mdma-pain-relief") == "Mdma pain relief")  // no text: as before
    }

    @Test func theBundledArticlesGetCapitalisedAcronyms() throws {
        #expect(try Fixtures.bundled("mdma-ptsd-breakthrough").title == "MDMA PTSD breakthrough")
        #expect(try Fixtures.bundled("mdma-pain-relief").title == "MDMA pain relief")
    }
}

/// Printable ASCII is taken eight bytes at a time; the result is the same as taking every byte alone.
@Suite struct WordAtATimeDecodingTests {
    @Test func agreesWithBytewiseDecodingOnAnyBytes() {
        let pieces: [[UInt8]] = [Array("plain words ".utf8), [0x0A], [0x0D, 0x0A], [0x0D], [0x09], [0x1B, 0x5B, 0x32, 0x4A], [0x7F],
                                 [0x00], Array("é€😀".utf8), [0xFF], [0xC3], [0xE2, 0x80, 0xAE], [0x20, 0x7E, 0x1F, 0x80]]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var bytes: [UInt8] = Bool.random(using: &generator) ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0..<Int.random(in: 0...40, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let fast = bytes.withUnsafeBufferPointer { ArticleDecoder.decode($0, wordAtATime: true) }
            let plain = bytes.withUnsafeBufferPointer { ArticleDecoder.decode($0, wordAtATime: false) }
            #expect(fast == plain, "\(bytes)")
            #expect(!fast.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F })
        }
    }
}

/// A file read straight into its text is kept as it is only when decoding would not change it.
@Suite struct AdoptedTextTests {
    /// What `adopt` makes of `bytes`, as if they were a file.
    private func adopt(_ bytes: [UInt8]) -> ArticleDecoder.Adopted {
        ArticleDecoder.adopt(capacity: bytes.count + 1) { buffer in
            _ = buffer.initialize(from: bytes)
            return bytes.count
        }
    }

    @Test func cleanTextIsAdoptedAndAnythingToDecodeIsNot() {
        guard case .text(let text) = adopt(Array("Title\n\nA paragraph, é€😀.\n".utf8)) else { Issue.record("not adopted"); return }
        #expect(text == "Title\n\nA paragraph, é€😀.\n")
        for changed: [UInt8] in [[0xEF, 0xBB, 0xBF, 0x41], Array("a\r\nb".utf8), Array("a\tb".utf8), [0x41, 0xFF], [0x1B, 0x5B, 0x32, 0x4A],
                                 [0xE2, 0x80, 0xAE]] {
            guard case .bytes(let bytes) = adopt(changed) else { Issue.record("adopted \(changed)"); continue }
            #expect(bytes == changed)
        }
    }

    @Test func anyBytesEndAsTheirDecodedText() {
        let pieces: [[UInt8]] = [Array("plain words ".utf8), [0x0A], [0x0D, 0x0A], [0x09], [0x1B], [0x7F], [0x00], Array("é€😀".utf8),
                                 [0xFF], [0xC3], [0xE2, 0x80, 0xAE], [0x20, 0x7E, 0x1F, 0x80]]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let text: String
            switch adopt(bytes) {
            case .text(let adopted): text = adopted
            case .bytes(let read): #expect(read == bytes); text = ArticleDecoder.decode(read)
            }
            #expect(text == ArticleDecoder.decode(bytes), "\(bytes)")
        }
    }
}
