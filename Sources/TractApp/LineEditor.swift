/// The text of a one-line prompt and the cursor in it; every prompt (search, note, filters, library
/// search, the compare picker) edits its line through this one value.
public struct LineEditor: Equatable, Sendable {
    public private(set) var text: String
    /// Cursor position in characters, 0...text.count.
    public private(set) var cursor: Int

    /// What an edit did to the prompt as a whole.
    public enum Outcome: Equatable, Sendable {
        /// The text or cursor changed (or nothing happened); the prompt stays open.
        case editing
        case submitted(String)
        case cancelled
    }

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// The text before and after the cursor, for drawing the caret between them.
    public var split: (before: Substring, after: Substring) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        return (text[..<index], text[index...])
    }

    public mutating func apply(_ edit: LineEdit) -> Outcome {
        switch edit {
        case .insert(let character):
            text.insert(character, at: index(cursor))
            cursor += 1
        case .deleteBackward:
            guard cursor > 0 else { break }
            text.remove(at: index(cursor - 1))
            cursor -= 1
        case .deleteForward:
            if cursor < text.count { text.remove(at: index(cursor)) }
        case .left: cursor = max(cursor - 1, 0)
        case .right: cursor = min(cursor + 1, text.count)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .deleteWord: deleteWordBackward()
        case .deleteToStart:
            text.removeSubrange(text.startIndex..<index(cursor))
            cursor = 0
        case .submit: return .submitted(text)
        case .cancel: return .cancelled
        }
        return .editing
    }

    /// Spaces before the cursor, then the word before them.
    private mutating func deleteWordBackward() {
        var start = cursor
        let characters = Array(text)
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        text.removeSubrange(index(start)..<index(cursor))
        cursor = start
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }
}
