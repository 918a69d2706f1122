/// The prompts whose lines are remembered, each with its own history.
public enum PromptKind: String, Equatable, Hashable, Sendable, CaseIterable {
    case search, note, filter, librarySearch = "library-search", picker
}

/// The text of a one-line prompt and the cursor in it; every prompt (search, note, filters, library
/// search, the compare picker) edits its line through this one value, readline-style, with a history.
public struct LineEditor: Equatable, Sendable {
    public private(set) var text: String
    /// Cursor position in characters, 0...text.count.
    public private(set) var cursor: Int
    /// While walking the history: how far back (1 is the newest entry), and the line typed before.
    private var browsing: (depth: Int, typed: String)?
    /// The whole line is selected (a remembered query offered again): typing replaces it, a deletion
    /// clears it, any other edit keeps it as text.
    public private(set) var isSelected = false

    public static func == (a: LineEditor, b: LineEditor) -> Bool {
        a.text == b.text && a.cursor == b.cursor && a.browsing?.depth == b.browsing?.depth && a.isSelected == b.isSelected
    }

    /// What an edit did to the prompt as a whole.
    public enum Outcome: Equatable, Sendable {
        /// The text or cursor changed (or nothing happened); the prompt stays open.
        case editing
        case submitted(String)
        case cancelled
    }

    public init(_ text: String = "", selected: Bool = false) {
        self.text = text
        cursor = text.count
        isSelected = selected && !text.isEmpty
    }

    /// The text before and after the cursor, for drawing the caret between them.
    public var split: (before: Substring, after: Substring) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        return (text[..<index], text[index...])
    }

    /// Applies an edit; `history` (oldest first) is what ↑/↓ walk.
    public mutating func apply(_ edit: LineEdit, history: [String] = []) -> Outcome {
        if edit == .historyPrevious || edit == .historyNext {
            walk(history, older: edit == .historyPrevious)
            return .editing
        }
        browsing = nil
        if isSelected {
            isSelected = false
            switch edit {
            case .insert, .deleteBackward, .deleteForward, .deleteWord, .deleteToStart, .deleteToEnd:
                (text, cursor) = ("", 0)
                if case .insert = edit { break }
                return .editing
            default: break
            }
        }
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
        case .deleteToEnd:
            text.removeSubrange(index(cursor)...)
        case .historyPrevious, .historyNext:
            break
        case .submit: return .submitted(text)
        case .cancel: return .cancelled
        }
        return .editing
    }

    /// ↑ shows older entries, ↓ newer ones and at last the line that was being typed.
    private mutating func walk(_ history: [String], older: Bool) {
        let depth = (browsing?.depth ?? 0) + (older ? 1 : -1)
        guard depth <= history.count, depth >= 0, browsing != nil || older else { return }
        let typed = browsing?.typed ?? text
        text = depth == 0 ? typed : history[history.count - depth]
        cursor = text.count
        browsing = depth == 0 ? nil : (depth, typed)
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

extension LineEditor {
    /// The line with a caret drawn at the cursor.
    public var withCaret: String {
        let (before, after) = split
        return before + "▏" + after
    }
}
