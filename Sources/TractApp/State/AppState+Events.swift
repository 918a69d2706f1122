import TractCore

extension AppState {
    /// Takes what is global from an event (the size, the library, bookmarks, history, the message),
    /// then offers it to every view on the stack.
    public mutating func handle(_ event: Event) -> [Effect] {
        var effects: [Effect] = []
        switch event {
        case .resize(let newSize):
            size = newSize
            return apply(stack.resize(context: context))
        case .started:
            return [.openStore]
        case .bookmarkSaved(let bookmark):
            setBookmarks([bookmark] + bookmarks.map(\.bookmark))
            message = bookmark.note.isEmpty ? "bookmarked" : "bookmarked with note"
        case .bookmarksChanged(let all, let change):
            setBookmarks(all)
            message = describe(change)
        case .storeFailed(let text):
            message = text
        case .storeOpened(let contents):
            setBookmarks(contents.bookmarks)
            history = contents.history
            effects = apply(stack.handle(event, context: context))
            effects += reopenLastRead(contents.lastRead)
            if let notice = contents.notice { message = notice }
            return effects
        case .articlesLoaded(let loaded, let remaining, let total):
            for item in loaded where library.articles.indices.contains(item.index) {
                library.articles[item.index] = item.article
                unreadable[item.index] = nil
            }
            loading = remaining > 0 ? LoadProgress(done: total - remaining, total: total, quiet: loading?.quiet ?? false) : nil
        case .articleUnreadable(let index, let reason):
            guard library.articles.indices.contains(index) else { return [] }
            // The command line's wording; a stand-in with an opening keeps showing it.
            unreadable[index] = reason
            let article = library.articles[index]
            message = reason + (article.sections.isEmpty ? "" : " (only its opening is shown)")
        case .articleReloaded(let index, let article):
            guard library.articles.indices.contains(index) else { return [] }
            library.articles[index] = article
            unreadable[index] = nil
            message = "reloaded \(article.title)"
        case .idle:
            // Bookmarks a pass left unplaced are placed a slice at a time while no key waits.
            if hasUnplacedBookmarks { relocateBookmarks(in: [], budget: .idleSlice) }
        case .articleChanged, .libraryIndexing, .libraryResults, .pointsFound, .bookmarksLocated:
            break
        }
        effects += apply(stack.handle(event, context: context))
        if let moved = event.articlesMoved, !bookmarks.isEmpty { relocateBookmarks(in: moved) }
        return effects
    }

    /// Work the run loop should do when no input is waiting (delivering `.idle`), rather than sleep.
    public var hasIdleWork: Bool { reading.isCountingHits || hasUnplacedBookmarks }

    private var hasUnplacedBookmarks: Bool { !placingStalled && bookmarks.contains { $0.anchor == .unplaced } }

    /// Starts where the reader left off: the article read last, at its saved place, unless the settings
    /// say no or the reader has already moved on before the database answered.
    private mutating func reopenLastRead(_ path: String?) -> [Effect] {
        guard settings.reopenLast, stack.views.count == 1, reading.openIndex == nil, reading.library.selection == 0,
              let path, let index = absolutePaths.firstIndex(of: path) else { return [] }
        message = "back where you left off in \(library.articles[index].title)"
        return openArticle(index)
    }

    private func describe(_ change: BookmarkChange) -> String {
        switch change {
        case .deleted: return "deleted — \(keyMap.keyName(for: .undoDelete, in: [.bookmarks])) undoes"
        case .restored: return "restored"
        case .noteSaved: return "note saved"
        case .reattached: return "re-attached"
        }
    }

    /// Locates every bookmark in the current text of its article; views showing bookmarks lay out again.
    /// An article's paragraphs are made ready once however many bookmarks it holds, and the whole pass
    /// has a budget: past it a bookmark is left unplaced until the next pass rather than the key waiting.
    mutating func setBookmarks(_ all: [Bookmark]) {
        var placer = BookmarkPlacer(positions: all.isEmpty ? [:] : Dictionary(absolutePaths.enumerated().map { ($0.element, $0.offset) },
                                                                               uniquingKeysWith: { first, _ in first }))
        bookmarks = all.map { placer.place($0, article: placer.positions[$0.path], in: library) }
        placingStalled = false
        _ = apply(stack.handle(.bookmarksLocated, context: context))
    }

    /// Places again only the bookmarks of articles that were just read or reloaded, and those a pass
    /// left unplaced: with thousands of bookmarks, every batch of a big library read re-placed them all.
    mutating func relocateBookmarks(in moved: Set<Int>, budget: AnchorIndex.Budget = .reader) {
        var placer = BookmarkPlacer(positions: [:], budget: budget)
        var (changed, placed) = (false, false)
        for index in bookmarks.indices {
            let item = bookmarks[index]
            guard let article = item.article, moved.contains(article) || item.anchor == .unplaced else { continue }
            bookmarks[index] = placer.place(item.bookmark, article: article, in: library)
            changed = true
            placed = placed || (item.anchor == .unplaced && bookmarks[index].anchor != .unplaced)
        }
        placingStalled = moved.isEmpty && !placed
        if changed { _ = apply(stack.handle(.bookmarksLocated, context: context)) }
    }
}

/// One pass of placing bookmarks: an index per article and the reader's budget for the pass.
private struct BookmarkPlacer {
    let positions: [String: Int]
    private var indexes: [Int: AnchorIndex] = [:]
    private let budget: AnchorIndex.Budget

    init(positions: [String: Int], budget: AnchorIndex.Budget = .reader) {
        (self.positions, self.budget) = (positions, budget)
    }

    /// A stand-in still being read is not searched: it would make every bookmark past its opening an orphan.
    mutating func place(_ bookmark: Bookmark, article: Int?, in library: Library) -> BookmarkItem {
        guard let article, library.articles[article].isComplete else { return BookmarkItem(bookmark: bookmark, article: article, anchor: nil) }
        if indexes[article] == nil { indexes[article] = AnchorIndex(article: library.articles[article], budget: budget) }
        return BookmarkItem(bookmark: bookmark, article: article, anchor: indexes[article]!.locate(bookmark))
    }
}

extension Event {
    /// Articles were replaced: bookmarks must be located again in their new text.
    var movesBookmarks: Bool { articlesMoved != nil }

    /// The articles whose text this event replaced, nil for any other event.
    var articlesMoved: Set<Int>? {
        switch self {
        case .articlesLoaded(let loaded, _, _): return Set(loaded.map(\.index))
        case .articleReloaded(let index, _): return [index]
        default: return nil
        }
    }
}
