import ScreenKit
import Testing

/// The cell grid: display widths, clipping, wide characters at borders.
@Suite struct ScreenTests {
    @Test func wideCharactersTakeTwoCellsAndNeverStraddleTheClip() {
        var screen = Screen(width: 6, height: 1)
        let used = screen.put("漢字漢", x: 0, y: 0, limit: 5)
        #expect(used == 5)
        #expect(screen.rows == ["漢字  "])  // the third would cross the clip: a space instead
        #expect(screen[1, 0].text.isEmpty)   // right half of 漢
    }

    @Test func displayWidths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("’") == 1)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.put("漢", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)
        #expect(screen.rows == [" x  "])
    }

    @Test func wrapperNeverExceedsWidth() {
        let text = "The quick brown fox 日本語のテキスト jumps over supercalifragilisticexpialidocious dogs 😀😀."
        for width in 3...30 {
            for line in TextWrapper.wrap(text, width: width) { #expect(DisplayWidth.of(line) <= width) }
        }
        #expect(TextWrapper.wrap("one two three", width: 7) == ["one two", "three"])
        #expect(TextWrapper.wrap("", width: 5) == [""])
        #expect(TextWrapper.wrap("  a   b\nc ", width: 10) == ["a b c"])
        #expect(TextWrapper.wrap("ab supercalifragilistic cd", width: 5) == ["ab", "super", "calif", "ragil", "istic", "cd"])
        #expect(TextWrapper.wrap("日本語の文", width: 4) == ["日本", "語の", "文"])
        #expect(TextWrapper.wrap("a 日本", width: 1) == ["a", "日", "本"])
    }

    @Test func wrapperKeepsEveryWordAndFillsLinesGreedily() {
        // Random texts of ASCII, CJK, combining marks, emoji, spaces and newlines, at many widths.
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let pieces = ["a", "word", "longerword", "日本", "é", "e\u{301}", "😀", " ", " ", "  ", "\n", "x"]
        for _ in 0..<300 {
            let text = (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()
            let width = 2 + next(12)  // at 1, a wide character alone is still 2 cells
            let lines = TextWrapper.wrap(text, width: width)
            let squeezed = { (s: String) in s.unicodeScalars.filter { $0 != " " && $0 != "\n" }.map(String.init).joined() }
            #expect(squeezed(lines.joined()) == squeezed(text), "\(text.debugDescription) at \(width)")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
            #expect(lines == [""] || !lines.contains(""))
            for (line, following) in zip(lines, lines.dropFirst()) {
                // The next line's first word would not have fitted (or it is a piece of a split word).
                let firstWord = following.split(separator: " ").first.map(String.init) ?? ""
                #expect(DisplayWidth.of(line) + 1 + DisplayWidth.of(firstWord) > width || !line.contains(" ") || !following.contains(" "),
                        "\(text.debugDescription) at \(width): \(lines)")
            }
        }
    }

    @Test func keyNamesRoundTrip() {
        for name in ["j", "G", "space", "pgdn", "ctrl-d", "esc", "enter", "f5", "shift-tab"] {
            #expect(Key(name: name)?.name == name)
        }
        #expect(Key(name: "nosuch") == nil)
    }
}

/// Quotes in lists end at a word with "…", never inside one.
@Suite struct WordCutTests {
    @Test func aCutEndsAtAWordWithAnEllipsis() {
        #expect(TextWrapper.truncateAtWord("MDMA causes a significant release of serotonin", width: 20) == "MDMA causes a…")
        #expect(TextWrapper.truncateAtWord("short enough", width: 20) == "short enough")
        #expect(TextWrapper.truncateAtWord("Supercalifragilistic words", width: 8) == "Superca…")
        #expect(TextWrapper.truncateAtWord("one, two three", width: 9) == "one, two…")
        #expect(TextWrapper.truncateAtWord("one, two three", width: 8) == "one…")
    }
}
