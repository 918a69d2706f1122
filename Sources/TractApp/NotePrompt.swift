import TractCore

/// Typing the note of a new bookmark: the line, and the bookmark it will be saved with.
public struct NotePrompt: Equatable, Sendable {
    public internal(set) var editor = LineEditor()
    public internal(set) var draft: Bookmark
    /// False once Enter or Esc has closed it.
    public private(set) var isOpen = true

    public init(draft: Bookmark) {
        self.draft = draft
    }

    /// Enter saves the bookmark (the reader says "bookmarked" only when the store answers); Esc drops it.
    mutating func apply(_ edit: LineEdit, history: [String]) -> [Command] {
        switch editor.apply(edit, history: history) {
        case .editing:
            return []
        case .cancelled:
            isOpen = false
            return [.say("not bookmarked")]
        case .submitted(let text):
            isOpen = false
            draft.note = text
            return [.say("saving…"), .run(.saveBookmark(draft)), .remember(.note, text)]
        }
    }
}
