import ScreenKit
import TractCore

/// The bookmarks view: a list, an optional filter, a note being edited, and the last deletion for undo.
public struct BookmarksView: Equatable, Sendable {
    /// Editing the note of bookmark `id`.
    public struct NoteEdit: Equatable, Sendable {
        public var id: Int64
        public var editor: LineEditor
    }

    public internal(set) var list = ListState()
    public internal(set) var filter = LineEditor()
    public internal(set) var filtering = false
    public internal(set) var note: NoteEdit?
    public internal(set) var lastDeleted: Bookmark?

    public init() {}

    public var keyContexts: [KeyContext] {
        if note != nil { return [.prompt] }
        return filtering ? [.choice, .prompt] : [.bookmarks, .views, .global]
    }

    /// Screen rows each bookmark takes: head, quote, note.
    public static let rowsPerItem = 3

    /// The first screen row of the list: below the title, and the filter line when there is one.
    public var firstRow: Int { filtering || !filter.text.isEmpty ? 2 : 1 }

    /// Bookmarks that fit on screen at once.
    public func listHeight(size: Size) -> Int {
        max((size.height - 1 - firstRow) / Self.rowsPerItem, 1)
    }

    /// Bookmarks shown: all, or those whose article, section, quote, note or topic contain the filter.
    public func shown(_ context: ViewContext) -> [BookmarkItem] {
        let needle = filter.text.lowercased()
        guard !needle.isEmpty else { return context.bookmarks }
        return context.bookmarks.filter { item in
            let title = item.article.map { context.library.articles[$0].title } ?? item.bookmark.path
            return [title, item.bookmark.section ?? "", item.bookmark.quote, item.bookmark.note, item.bookmark.topic ?? ""]
                .contains { $0.lowercased().contains(needle) }
        }
    }

    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        if let note { return editNote(action, note, history: context.history(.note)) }
        let shown = shown(context)
        let height = listHeight(size: context.size)
        let selected = shown.indices.contains(list.selection) ? shown[list.selection] : nil
        switch action {
        case .scrollLines(let count), .scrollPages(let count), .scrollHalfPages(let count):
            list.move(by: count, count: shown.count, height: height)
        case .top: list.select(0, count: shown.count, height: height)
        case .bottom: list.select(shown.count - 1, count: shown.count, height: height)
        case .edit(let edit): return editFilter(edit, history: context.history(.filter))
        case .startFilter: filtering = true
        case .open: return selected.map { jump(to: $0, context: context) } ?? []
        case .editNote:
            guard let selected, let id = selected.bookmark.id else { return [] }
            note = NoteEdit(id: id, editor: LineEditor(selected.bookmark.note))
        case .deleteBookmark:
            guard let selected, let id = selected.bookmark.id else { return [] }
            lastDeleted = selected.bookmark
            return [.run(.deleteBookmark(id))]
        case .undoDelete:
            guard let deleted = lastDeleted else { return [.say("nothing to undo")] }
            lastDeleted = nil
            return [.run(.restoreBookmark(deleted))]
        case .reattachBookmark:
            guard let selected, let id = selected.bookmark.id else { return [] }
            return [.reattach(id: id, article: selected.article)]
        case .back, .showBookmarks:
            if filtering { filtering = false } else { return [.navigate(.close)] }
        default: break
        }
        return []
    }


    private mutating func editFilter(_ edit: LineEdit, history: [String]) -> [Command] {
        let before = filter.text
        switch filter.apply(edit, history: history) {
        case .editing: if filter.text != before { list = ListState() }
        case .submitted(let text): filtering = false; return [.remember(.filter, text)]
        case .cancelled: filtering = false; filter = LineEditor(); list = ListState()
        }
        return []
    }

    private mutating func editNote(_ action: Action, _ edit: NoteEdit, history: [String]) -> [Command] {
        guard case .edit(let lineEdit) = action else { return [] }
        var edit = edit
        switch edit.editor.apply(lineEdit, history: history) {
        case .editing: note = edit
        case .cancelled: note = nil
        case .submitted(let text):
            note = nil
            return [.run(.updateNote(id: edit.id, note: text)), .remember(.note, text)]
        }
        return []
    }

    /// Enter on a bookmark: its article at its passage, or why not.
    private func jump(to item: BookmarkItem, context: ViewContext) -> [Command] {
        guard let article = item.article else { return [.say("its article \(item.bookmark.path) is not in this library")] }
        if item.anchor == .unplaced {
            // Placing it now is one bookmark's search, which a key may afford where a whole pass may not.
            if case .anchored(let ordinal, _, _) = Anchor.locate(item.bookmark, in: context.library.articles[article]) {
                return [.navigate(.open(article: article, at: .paragraph(ordinal: ordinal))), .say("bookmark")]
            }
        }
        guard case .anchored(let ordinal, _, _) = item.anchor else {
            let keys = context.keyMap
            return [.say("orphan: its quote is no longer in the article; \(keys.keyName(for: .reattachBookmark, in: keyContexts)) "
                         + "re-attaches it at your cursor, \(keys.keyName(for: .deleteBookmark, in: keyContexts)) deletes it")]
        }
        let note = item.bookmark.note
        return [.navigate(.open(article: article, at: .paragraph(ordinal: ordinal))), .say(note.isEmpty ? "bookmark" : "note: \(note)")]
    }
}
