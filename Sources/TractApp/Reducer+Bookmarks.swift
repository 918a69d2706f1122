import ScreenKit
import TractCore

extension AppState {
    // MARK: The passage cursor

    /// Paragraph blocks with at least one row on screen, top to bottom.
    var visibleParagraphBlocks: [Int] {
        guard let document else { return [] }
        var seen: [Int] = []
        for (line, block) in document.rows(from: position, count: articleText.height, width: articleText.width)
        where line.kind != .blank && document.blocks[block].paragraph != nil && seen.last != block {
            seen.append(block)
        }
        return seen
    }

    /// After the view moved: keeps the cursor on screen, on the first visible paragraph if it left.
    mutating func keepCursorVisible() {
        let visible = visibleParagraphBlocks
        guard let first = visible.first else { return }
        if let cursor, visible.contains(cursor) { return }
        cursor = first
    }

    /// `}` / `{`: the cursor to the next or previous paragraph, scrolling to keep it in view.
    mutating func moveCursor(by step: Int) {
        guard let document, !document.paragraphBlocks.isEmpty else { return }
        keepCursorVisible()
        let current = cursor.flatMap { document.ordinal(ofBlock: $0) } ?? 0
        let next = max(0, min(current + step, document.paragraphBlocks.count - 1))
        cursor = document.paragraphBlocks[next]
        if let cursor, !visibleParagraphBlocks.contains(cursor) || isCutOffBelow(cursor) {
            position = step > 0
                ? document.moved(Position(block: cursor, row: 1), by: -(articleText.height / 3), width: articleText.width)
                : Position(block: cursor, row: cursor > 0 ? 1 : 0)
            followSection()
        }
    }

    /// True when the block's last row is below the bottom of the article pane.
    private func isCutOffBelow(_ block: Int) -> Bool {
        guard let document else { return false }
        let rows = document.rows(from: position, count: articleText.height, width: articleText.width)
        return rows.last?.block == block && block + 1 < document.blocks.count
    }

    mutating func toggleSelection() {
        guard document != nil else { return }
        keepCursorVisible()
        if selectionStart != nil {
            selectionStart = nil
            message = "selection cleared"
        } else {
            selectionStart = cursor
            message = "selecting: { } extend, m bookmarks the selection, v cancels"
        }
    }

    /// The ordinals the cursor (or selection) covers.
    var cursorOrdinals: ClosedRange<Int>? {
        guard let document, let cursor, let end = document.ordinal(ofBlock: cursor) else { return nil }
        let start = selectionStart.flatMap { document.ordinal(ofBlock: $0) } ?? end
        return min(start, end)...max(start, end)
    }

    /// `m`: asks for a note for a bookmark on the cursor's paragraph (or the selection).
    mutating func startBookmark() {
        guard let document, let index = openIndex else { message = "open an article to bookmark a passage"; return }
        keepCursorVisible()
        guard let range = cursorOrdinals,
              let draft = Bookmark.draft(article: document.article, absolutePath: absolutePaths[index],
                                         ordinal: range.lowerBound, count: range.count) else { return }
        mode = .noteInput("", .new(draft))
    }

    mutating func editNote(_ edit: Action.SearchEdit) {
        guard case .noteInput(var text, let purpose) = mode else { return }
        switch edit {
        case .insert(let character):
            text.append(character)
            mode = .noteInput(text, purpose)
        case .deleteBackward:
            if !text.isEmpty { text.removeLast() }
            mode = .noteInput(text, purpose)
        case .cancel:
            mode = .normal
            message = "not bookmarked"
        case .submit:
            mode = .normal
            pendingEffects.append(contentsOf: noteEffects(text, purpose))
        }
    }

    private mutating func noteEffects(_ text: String, _ purpose: NotePurpose) -> [Effect] {
        switch purpose {
        case .new(var draft):
            draft.note = text
            selectionStart = nil
            message = "saving…"
            return [.saveBookmark(draft)]
        case .edit(let id):
            return [.updateNote(id: id, note: text)]
        }
    }

    // MARK: The store's answers

    /// Locates every bookmark in the current text of its article.
    public mutating func setBookmarks(_ all: [Bookmark]) {
        bookmarks = all.map { bookmark in
            let article = absolutePaths.firstIndex(of: bookmark.path)
            // A stand-in still being read is not searched: it would make every bookmark past its opening an orphan.
            let whole = article.map { library.articles[$0] }.flatMap { $0.isComplete ? $0 : nil }
            return BookmarkItem(bookmark: bookmark, article: article, anchor: whole.map { Anchor.locate(bookmark, in: $0) })
        }
    }

    /// Blocks of the open article covered by bookmarks, for gutter marks.
    public var bookmarkedBlocks: Set<Int> {
        guard let document, let openIndex else { return [] }
        var blocks = Set<Int>()
        for item in bookmarks where item.article == openIndex {
            guard case .anchored(let ordinal, _, _) = item.anchor else { continue }
            for index in ordinal..<min(ordinal + max(item.bookmark.paragraphCount, 1), document.paragraphBlocks.count) {
                blocks.insert(document.paragraphBlocks[index])
            }
        }
        return blocks
    }

    // MARK: The bookmarks view

    /// Bookmarks shown in the list: all, or those whose article, section, quote or note contain the filter.
    public func filteredBookmarks(_ view: BookmarksState) -> [BookmarkItem] {
        let needle = view.filter.lowercased()
        guard !needle.isEmpty else { return bookmarks }
        return bookmarks.filter { item in
            let title = item.article.map { library.articles[$0].title } ?? item.bookmark.path
            return [title, item.bookmark.section ?? "", item.bookmark.quote, item.bookmark.note, item.bookmark.topic ?? ""]
                .contains { $0.lowercased().contains(needle) }
        }
    }

    /// Actions in the bookmarks view; returns false for those it does not handle.
    mutating func reduceBookmarks(_ action: Action, _ state: BookmarksState) -> Bool {
        var view = state
        let shown = filteredBookmarks(view)
        let selected = shown.indices.contains(view.selection) ? shown[view.selection] : nil
        switch action {
        case .scrollLines(let count), .scrollPages(let count), .scrollHalfPages(let count):
            view.selection = max(0, min(view.selection + count, shown.count - 1))
        case .top: view.selection = 0
        case .bottom: view.selection = max(shown.count - 1, 0)
        case .startFilter:
            view.filtering = true
        case .pickerEdit(let edit):
            switch edit {
            case .insert(let character): view.filter.append(character); view.selection = 0
            case .deleteBackward: if !view.filter.isEmpty { view.filter.removeLast() }; view.selection = 0
            case .submit: view.filtering = false
            case .cancel: view.filtering = false; view.filter = ""
            }
        case .open:
            guard let selected else { return true }
            jump(to: selected)
            return true
        case .editNote:
            guard let id = selected?.bookmark.id else { return true }
            mode = .noteInput(selected?.bookmark.note ?? "", .edit(id))
        case .deleteBookmark:
            guard let selected, let id = selected.bookmark.id else { return true }
            view.lastDeleted = selected.bookmark
            pendingEffects.append(.deleteBookmark(id))
        case .undoDelete:
            guard let deleted = view.lastDeleted else { message = "nothing to undo"; return true }
            view.lastDeleted = nil
            pendingEffects.append(.restoreBookmark(deleted))
        case .reattachBookmark:
            reattach(selected)
        case .back, .showBookmarks:
            view.filtering ? (view.filtering = false) : (self.view = .reading)
            if case .reading = self.view { return true }
        case .resize(let newSize):
            size = newSize
            clampPosition()
        default:
            return false
        }
        self.view = .bookmarks(view)
        return true
    }

    /// Enter on a bookmark: its article at its passage, or why not.
    private mutating func jump(to item: BookmarkItem) {
        guard let article = item.article else {
            message = "its article \(item.bookmark.path) is not in this library"
            return
        }
        guard case .anchored(let ordinal, _, _) = item.anchor else {
            message = "orphan: its quote is no longer in the article; a re-attaches it at your cursor, d deletes it"
            return
        }
        view = .reading
        rememberJump()
        openArticle(article)
        focus = .article
        if let document, document.paragraphBlocks.indices.contains(ordinal) {
            let block = document.paragraphBlocks[ordinal]
            position = Position(block: block, row: block > 0 ? 1 : 0)
            cursor = block
            selectionStart = nil
            followSection()
        }
        message = item.bookmark.note.isEmpty ? "bookmark" : "note: \(item.bookmark.note)"
    }

    /// `a`: moves an orphan (or any bookmark) to the paragraph at the cursor of its article.
    private mutating func reattach(_ item: BookmarkItem?) {
        guard let item, let id = item.bookmark.id else { return }
        guard let article = item.article, article == openIndex, let document, let range = cursorOrdinals,
              let draft = Bookmark.draft(article: document.article, absolutePath: absolutePaths[article],
                                         ordinal: range.lowerBound, count: range.count) else {
            message = "open its article and put the cursor on the passage, then press a here"
            return
        }
        pendingEffects.append(.reattachBookmark(id: id, to: draft))
    }
}
