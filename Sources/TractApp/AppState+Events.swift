import TractCore

extension AppState {
    public mutating func handle(_ event: Event) -> [Effect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            resized()
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
            reading.adoptSaved(contents.positions, context: context)
            let effects = reopenLastRead(contents.lastRead)
            if let notice = contents.notice { message = notice }
            return effects
        case .articlesLoaded(let loaded, let remaining, let total):
            replaceStandIns(loaded)
            loading = remaining > 0 ? LoadProgress(done: total - remaining, total: total, quiet: loading?.quiet ?? false) : nil
        case .articleUnreadable(let index, let reason):
            guard library.articles.indices.contains(index) else { return [] }
            message = "\(library.articles[index].title): only its opening is shown, the rest could not be read (\(reason))"
        case .articleChanged(let index, let gone):
            guard index == reading.openIndex else { return [] }
            reading.changedOnDisk = true
            message = gone ? "\(library.articles[index].title) is gone from disk: the copy read before stays on screen"
                : "changed on disk — \(keyMap.keyName(for: .reload, in: reading.keyContexts)) to reload"
        case .articleReloaded(let index, let article):
            guard library.articles.indices.contains(index) else { return [] }
            library.articles[index] = article
            if index == reading.openIndex { reading.reload(with: article, context: context) }
            if !bookmarks.isEmpty { setBookmarks(bookmarks.map(\.bookmark)) }
            message = "reloaded \(article.title)"
        case .libraryIndexing(let progress):
            guard case .librarySearch(var search) = view else { return [] }
            search.indexing = progress
            view = .librarySearch(search)
        case .libraryResults(let query, let topic, let hits):
            guard case .librarySearch(var search) = view else { return [] }
            search.take(results: hits, query: query, topic: topic, context: context)
            view = .librarySearch(search)
        case .pointsFound(let inputs, let points):
            takePoints(points, for: inputs)
        case .idle:
            // The count replaces only its own "counting…" message, not one a later key brought.
            let counting = reading.search?.summary
            let commands = reading.countSearchHits()
            return message == counting ? apply(commands) : []
        }
        return []
    }

    /// Work the run loop should do when no input is waiting (delivering `.idle`), rather than sleep.
    public var hasIdleWork: Bool { reading.isCountingHits }

    /// The open compare's points, when they are still to be found: asked of a worker once, so the
    /// passages are drawn and keys answered meanwhile.
    mutating func requestPendingPoints() -> [Effect] {
        switch view {
        case .compare(var compare):
            defer { view = .compare(compare) }
            return compare.requestPoints().map { [.findPoints($0)] } ?? []
        case .compareMany(var compare):
            defer { view = .compareMany(compare) }
            return compare.requestPoints().map { [.findPoints($0)] } ?? []
        default: return []
        }
    }

    /// Points a worker found, taken when the compare they were asked for is still open.
    private mutating func takePoints(_ points: [Point], for inputs: PointInputs) {
        switch view {
        case .compare(var compare) where compare.pointsRequest == inputs:
            compare.take(points: points)
            view = .compare(compare)
        case .compareMany(var compare) where compare.pointsRequest == inputs:
            compare.take(points: points)
            view = .compareMany(compare)
        default: break
        }
    }

    /// Starts where the reader left off: the article read last, at its saved place, unless the settings
    /// say no or the reader has already moved on before the database answered.
    private mutating func reopenLastRead(_ path: String?) -> [Effect] {
        guard settings.reopenLast, case .reading = view, help == nil, reading.openIndex == nil, reading.library.selection == 0,
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

    /// Every view that depends on the size follows a resize: the reading position and lists, and the
    /// compare layout (even under the help overlay).
    mutating func resized() {
        reading.resized(context: context)
        switch view {
        case .compare(var compare): compare.resized(context: context); view = .compare(compare)
        case .map(var map): map.resized(context: context); view = .map(map)
        case .bookmarks(var bookmarks): bookmarks.refreshed(context: context); view = .bookmarks(bookmarks)
        case .digest(var digest): digest.resized(context: context); view = .digest(digest)
        case .compareMany(let compare): resizeMany(compare)
        case .reading, .picker, .librarySearch: break
        }
    }

    /// Columns kept while the terminal is wide enough for them; narrower, as many as fit, down to two-way.
    private mutating func resizeMany(_ compare: MultiCompareView) {
        var articles = compare.articles
        while articles.count > 2 && size.width < MultiCompareView.widthNeeded(columns: articles.count) { articles.removeLast() }
        if articles.count == 2 {
            view = .compare(CompareView(left: articles[0], right: articles[1], topic: compare.topic, context: context))
            message = "\(MultiCompareView.widthNeeded(columns: 3)) columns are needed for three articles side by side: compare is two-way"
        } else {
            var kept = compare
            kept.keepFirst(articles.count, context: context)
            view = .compareMany(kept)
        }
    }

    /// Locates every bookmark in the current text of its article.
    mutating func setBookmarks(_ all: [Bookmark]) {
        bookmarks = all.map { bookmark in
            let article = absolutePaths.firstIndex(of: bookmark.path)
            // A stand-in still being read is not searched: it would make every bookmark past its opening an orphan.
            let whole = article.map { library.articles[$0] }.flatMap { $0.isComplete ? $0 : nil }
            return BookmarkItem(bookmark: bookmark, article: article, anchor: whole.map { Anchor.locate(bookmark, in: $0) })
        }
        if case .bookmarks(var view) = view {
            view.refreshed(context: context)
            self.view = .bookmarks(view)
        }
    }

    /// Puts whole articles in place of their stand-ins: the open one in the reading view, an open
    /// comparison redone on the same topic, bookmarks located again.
    private mutating func replaceStandIns(_ loaded: [LoadedArticle]) {
        guard !loaded.isEmpty else { return }
        for item in loaded where library.articles.indices.contains(item.index) {
            library.articles[item.index] = item.article
            if item.index == reading.openIndex { reading.replaceOpen(with: item.article, context: context) }
        }
        if case .compare(var compare) = view, loaded.contains(where: { $0.index == compare.left || $0.index == compare.right }) {
            compare.redone(context: context)
            view = .compare(compare)
        }
        if !bookmarks.isEmpty { setBookmarks(bookmarks.map(\.bookmark)) }
    }
}
