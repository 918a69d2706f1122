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
    }

    @Test func keyNamesRoundTrip() {
        for name in ["j", "G", "space", "pgdn", "ctrl-d", "esc", "enter", "f5", "shift-tab"] {
            #expect(Key(name: name)?.name == name)
        }
        #expect(Key(name: "nosuch") == nil)
    }
}
