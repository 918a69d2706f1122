import Testing
@testable import TractCore

/// Words are runs of bytes other than space, tab and line break, however the runs are placed.
@Suite struct WordCountTests {
    @Test(arguments: [
        ("", 0), (" ", 0), ("a", 1), (" a", 1), ("a ", 1), ("  a  b  ", 2), ("one two\tthree\nfour", 4),
        ("\n\n\t ", 0), ("naïve café — déjà vu", 5), ("x" + String(repeating: " y", count: 40), 41),
    ])
    func wordsAreCounted(text: String, words: Int) {
        #expect(Paragraph(line: 1, text: text).wordCount == words)
    }

    /// The same count as a plain split, on long text with every kind of gap (the vector loop's tail too).
    @Test func longTextCountsAsASplitDoes() {
        let pieces = ["alpha", " ", "beta\t", "\n", "γάμμα", "  ", "d", "\t\t", "e\n"]
        var text = ""
        for index in 0..<997 { text += pieces[(index * 7) % pieces.count] }
        let expected = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).count
        #expect(Paragraph(line: 1, text: text).wordCount == expected)
        #expect(Paragraph(line: 1, text: Substring(text).dropFirst(3)).wordCount
                == text.dropFirst(3).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).count)
    }

    /// Every length from 0 to 40 and every offset into the text, against a plain split: the eight-byte
    /// steps, the bytes after them and a word running across a step all count alike.
    @Test func everyLengthAndOffsetCountsAsASplitDoes() {
        let alphabet: [Character] = ["a", " ", "\t", "\n", "é", "b", " "]
        var seed: UInt64 = 42
        for length in 0...40 {
            var text = ""
            for _ in 0..<length {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            for start in 0...min(length, 9) {
                let part = Substring(text).dropFirst(start)
                #expect(Paragraph(line: 1, text: part).wordCount
                        == part.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).count, "\(part.debugDescription)")
            }
        }
    }
}
