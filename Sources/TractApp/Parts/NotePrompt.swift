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

    /// The status line while the note is typed: how to save or cancel, then the line.
    public func promptLine(_ keys: KeyMap) -> String {
        "note (\(keys.keyLabel(for: .edit(.submit), in: [.prompt])) saves, \(keys.keyLabel(for: .edit(.cancel), in: [.prompt])) cancels): "
            + editor.withCaret
    }
}
