import ScreenKit

/// The words of a row of text (runs of letters and digits) with the columns they take, so a widget can
/// restyle a word without the punctuation beside it.
struct WordSpans: Sequence {
    struct Span {
        /// The word lowercased.
        var word: String
        var column: Int
        var width: Int
    }

    let text: String

    init(_ text: String) {
        self.text = text
    }

    func makeIterator() -> IndexingIterator<[Span]> {
        var spans: [Span] = []
        var column = 0
        var current: (word: String, column: Int, width: Int)?
        for character in text {
            let width = DisplayWidth.of(String(character))
            if character.isLetter || character.isNumber {
                if current == nil { current = ("", column, 0) }
                current?.word += character.lowercased()
                current?.width += width
            } else if let done = current {
                spans.append(Span(word: done.word, column: done.column, width: done.width))
                current = nil
            }
            column += width
        }
        if let done = current { spans.append(Span(word: done.word, column: done.column, width: done.width)) }
        return spans.makeIterator()
    }
}
