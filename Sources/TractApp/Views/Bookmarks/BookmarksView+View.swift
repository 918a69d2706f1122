extension BookmarksView: View {
    /// The selection kept inside the list and in view.
    public mutating func resize(context: ViewContext) -> [Command] {
        list.select(list.selection, count: shown(context).count, height: listHeight(size: context.size))
        return []
    }

    /// The bookmarks were located again: the list follows.
    public mutating func handle(_ event: Event, context: ViewContext) -> [Command] {
        event == .bookmarksLocated ? resize(context: context) : []
    }

    public func status(context: ViewContext) -> ViewStatus {
        let keys = context.keyMap
        let jump = keys.keyLabel(for: .open, in: keyContexts) + " jumps"
        let actions: [Action] = [.editNote, .deleteBookmark, .undoDelete, .startFilter, .reattachBookmark]
        return ViewStatus(place: "Bookmarks · \(context.bookmarks.count)", mode: "BOOKMARKS · \(jump) · " + keys.hints(actions, in: keyContexts),
                          prompt: note.map { "edit note: " + $0.editor.withCaret })
    }
}
