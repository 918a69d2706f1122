import CNCursesW
import ScreenKit
import Testing
@testable import NcursesTerminal

/// What ncurses hands over, decoded into keys: control characters, printable text, function keys.
@Suite struct KeyDecoderTests {
    @Test func controlCharactersBecomeNamedKeys() {
        #expect(KeyDecoder.key(forCodePoint: 27) == .escape)
        #expect(KeyDecoder.key(forCodePoint: 9) == .tab)
        #expect(KeyDecoder.key(forCodePoint: 10) == .enter)
        #expect(KeyDecoder.key(forCodePoint: 13) == .enter)
        #expect(KeyDecoder.key(forCodePoint: 127) == .backspace)
        #expect(KeyDecoder.key(forCodePoint: 8) == .backspace)
        #expect(KeyDecoder.key(forCodePoint: 4) == .control("d"))
        #expect(KeyDecoder.key(forCodePoint: 15) == .control("o"))
        #expect(KeyDecoder.key(forCodePoint: 0) == nil)
        #expect(KeyDecoder.key(forCodePoint: 28) == nil)
    }

    @Test func printableTextIsTypedAsIs() {
        #expect(KeyDecoder.key(forCodePoint: 0x6A) == .character("j"))
        #expect(KeyDecoder.key(forCodePoint: 0x20) == .character(" "))
        #expect(KeyDecoder.key(forCodePoint: 0xE9) == .character("é"))
        #expect(KeyDecoder.key(forCodePoint: 0x6F22) == .character("漢"))
        #expect(KeyDecoder.key(forCodePoint: 0xD800) == nil)  // a lone surrogate is no character
    }

    @Test func functionKeysMapToTheirKeys() {
        #expect(KeyDecoder.key(forFunctionKey: KEY_UP) == .up)
        #expect(KeyDecoder.key(forFunctionKey: KEY_NPAGE) == .pageDown)
        #expect(KeyDecoder.key(forFunctionKey: KEY_PPAGE) == .pageUp)
        #expect(KeyDecoder.key(forFunctionKey: KEY_BTAB) == .backTab)
        #expect(KeyDecoder.key(forFunctionKey: KEY_DC) == .delete)
        #expect(KeyDecoder.key(forFunctionKey: KEY_BACKSPACE) == .backspace)
        #expect(KeyDecoder.key(forFunctionKey: KEY_F0 + 1) == .function(1))
        #expect(KeyDecoder.key(forFunctionKey: KEY_F0 + 12) == .function(12))
        #expect(KeyDecoder.key(forFunctionKey: KEY_F0 + 13) == nil)
        #expect(KeyDecoder.key(forFunctionKey: KEY_MOUSE) == nil)  // mouse is read separately
    }

    @Test func coloursMapToCursesNumbers() {
        #expect(KeyDecoder.colorNumber(.default) == -1)
        #expect(KeyDecoder.colorNumber(.red) == COLOR_RED)
        #expect(KeyDecoder.colorNumber(.white) == COLOR_WHITE)
        #expect(Set(Color.allCases.map(KeyDecoder.colorIndex)).count == Color.allCases.count)
    }

    /// An Esc alone is Esc; an escape sequence ncurses did not know is read whole and dropped, so
    /// neither its "[" nor its letters run as commands; what comes after it stays unread, and a key
    /// typed right after Esc is handed back to be read next.
    @Test func unknownEscapeSequencesAreReadWholeAndIgnored() {
        func decode(_ text: String) -> (key: Key?, rest: String) {
            var bytes = Array(text.unicodeScalars.map(\.value)).makeIterator()
            var handedBack = ""
            let key = KeyDecoder.afterEscape({ bytes.next() }, unread: { handedBack.unicodeScalars.append(UnicodeScalar($0)!) })
            var rest = handedBack
            while let byte = bytes.next() { rest.unicodeScalars.append(UnicodeScalar(byte)!) }
            return (key, rest)
        }
        #expect(decode("").key == .escape)
        #expect(decode("[1;5P").key == nil && decode("[1;5Pj").rest == "j")
        #expect(decode("[200~").key == nil && decode("[200~").rest == "")
        #expect(decode("OQk").key == nil && decode("OQk").rest == "k")
        #expect(decode("jk").key == .escape && decode("jk").rest == "jk")
    }
}
