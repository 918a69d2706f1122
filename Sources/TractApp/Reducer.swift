import ScreenKit
import TractCore

/// Applies an action to the state and says what work the run loop must do. Pure: no I/O, no clock.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    state.pendingEffects = []
    let direct = reduceAction(&state, action)
    defer { state.pendingEffects = [] }
    return state.pendingEffects + direct
}

private func reduceAction(_ state: inout AppState, _ action: Action) -> [Effect] {
    if action != .quotePrefix { state.pendingQuote = false }
    switch action {
    case .noteEdit(let edit):
        state.editNote(edit)
        return []
    case .bookmarkSaved(let bookmark):
        state.setBookmarks([bookmark] + state.bookmarks.map(\.bookmark))
        state.message = bookmark.note.isEmpty ? "bookmarked" : "bookmarked with note"
        return []
    case .bookmarksChanged(let all, let message):
        state.setBookmarks(all)
        state.message = message
        if case .bookmarks(var view) = state.view {
            view.selection = max(0, min(view.selection, state.filteredBookmarks(view).count - 1))
            state.view = .bookmarks(view)
        }
        return []
    case .storeFailed(let message):
        state.message = message
        return []
    case .storeOpened(let bookmarks, let saved, let notice):
        state.setBookmarks(bookmarks)
        for (index, path) in state.absolutePaths.enumerated() {
            guard let position = saved[path] else { continue }
            let article = state.library.articles[index].path
            if state.positions[article] == nil { state.positions[article] = position }
        }
        // An article opened before the database was (a single file on the command line) goes to
        // where it was last read, unless the reader has already moved.
        if let open = state.openIndex, state.position == Position(), let position = saved[state.absolutePaths[open]] {
            state.go(to: position)
        }
        if let notice { state.message = notice }
        return []
    case .articlesLoaded(let loaded, let remaining, let total):
        state.replaceStandIns(loaded)
        state.loading = remaining > 0 ? LoadProgress(done: total - remaining, total: total) : nil
        return []
    case .articleUnreadable(let index, let reason):
        guard state.library.articles.indices.contains(index) else { return [] }
        state.message = "\(state.library.articles[index].title): only its opening is shown, the rest could not be read (\(reason))"
        return []
    default:
        break
    }
    if case .help = state.mode {
        switch action {
        case .resize(let size): state.size = size; state.clampPosition()
        case .quit: state.running = false; return [.quit]
        // The list of keys is longer than a small terminal: it scrolls; any other key closes it.
        case .scrollLines(let count): state.helpScroll = max(0, state.helpScroll + count)
        case .scrollPages(let count), .scrollHalfPages(let count): state.helpScroll = max(0, state.helpScroll + count * 10)
        default: state.mode = .normal; state.helpScroll = 0
        }
        return []
    }
    switch action {
    case .searchEdit, .searchNext, .searchPrevious, .resize: break
    default: state.message = nil
    }
    if action == .quit {
        state.running = false
        return state.positionEffect + [.quit]
    }
    switch state.view {
    case .reading:
        break
    case .picker(let picker):
        switch action {
        case .pickerEdit(let edit): state.editPicker(edit, picker)
        case .scrollLines(let count):
            var moved = picker
            moved.selection = max(0, min(picker.selection + count, picker.candidates(in: state.library).count - 1))
            state.view = .picker(moved)
        case .resize(let size): state.size = size; state.clampPosition()
        default: break
        }
        return []
    case .compare(let compare):
        if action == .toggleHelp { state.mode = .help; return [] }
        _ = state.reduceCompare(action, compare)
        return []
    case .map(let map):
        if action == .toggleHelp { state.mode = .help; return [] }
        _ = state.reduceMap(action, map)
        return []
    case .bookmarks(let bookmarks):
        if action == .toggleHelp { state.mode = .help; return [] }
        _ = state.reduceBookmarks(action, bookmarks)
        return []
    case .librarySearch(let search):
        state.reduceLibrarySearch(action, search)
        return []
    }
    switch action {
    case .quit:
        state.running = false
        return [.quit]
    case .toggleHelp:
        state.mode = .help
    case .nextPane:
        state.focus = state.cycledPane(by: 1)
    case .previousPane:
        state.focus = state.cycledPane(by: -1)
    case .back:
        state.goBack()
    case .scrollLines(let count):
        state.move(by: count, unit: 1)
    case .scrollPages(let count):
        state.move(by: count, unit: state.pageSize)
    case .scrollHalfPages(let count):
        state.move(by: count, unit: max(state.pageSize / 2, 1))
    case .top:
        state.goToEdge(end: false)
    case .bottom:
        state.goToEdge(end: true)
    case .nextSection:
        state.jumpSection(by: 1)
    case .previousSection:
        state.jumpSection(by: -1)
    case .open:
        state.activate()
    case .startSearch:
        if state.document != nil { state.mode = .searchInput("") } else { state.message = "open an article to search it" }
    case .searchEdit(let edit):
        state.editSearch(edit)
    case .searchNext:
        state.stepSearch(by: 1)
    case .searchPrevious:
        state.stepSearch(by: -1)
    case .cycleTopicHighlight:
        state.cycleHighlight()
    case .jumpBack:
        state.returnToJumpTarget()
    case .quotePrefix:
        if state.pendingQuote {
            state.pendingQuote = false
            state.returnToJumpTarget()
        } else {
            state.pendingQuote = true
        }
    case .resize(let size):
        state.size = size
        state.clampPosition()
    case .mouse(let event):
        state.handleMouse(event)
    case .startCompare:
        state.startCompare()
    case .showMap:
        state.view = .map(MapState())
    case .nextParagraph:
        state.moveCursor(by: 1)
    case .previousParagraph:
        state.moveCursor(by: -1)
    case .toggleSelection:
        state.toggleSelection()
    case .bookmark:
        state.startBookmark()
    case .showBookmarks:
        state.view = .bookmarks(BookmarksState())
    case .startLibrarySearch:
        state.view = .librarySearch(LibrarySearchState())
    case .pickerEdit, .compareTopic, .swapSides, .toggleLinkedScroll, .switchSide, .mapMove, .editNote, .deleteBookmark,
         .undoDelete, .reattachBookmark, .startFilter, .noteEdit, .bookmarkSaved, .bookmarksChanged, .storeFailed,
         .cycleSearchTopic, .libraryResults, .articlesLoaded, .articleUnreadable, .storeOpened:
        break  // only meaningful in the picker, compare, map and bookmarks views, or handled above
    }
    return []
}

extension AppState {
    /// Rows a page moves: the article's text height less two rows of context, or the list's height.
    var pageSize: Int {
        switch focus {
        case .article: return max(articleText.height - 2, 1)
        case .library, .outline: return max(size.height - 3, 1)
        }
    }

    /// Number of rows in the outline list (one per section).
    var outlineCount: Int { document?.article.sections.count ?? 0 }

    func cycledPane(by step: Int) -> Pane {
        let panes = Pane.allCases
        let index = panes.firstIndex(of: focus) ?? 0
        return panes[(index + step + panes.count) % panes.count]
    }

    mutating func goBack() {
        if search != nil {
            search = nil
            return
        }
        switch focus {
        case .article: focus = size.width >= PaneLayout.sidebarWidthThreshold ? .outline : .library
        case .outline: focus = .library
        case .library: break
        }
    }

    /// Moves the focused pane: the selection in a list, the reading position in the article.
    mutating func move(by count: Int, unit: Int) {
        switch focus {
        case .library:
            librarySelection = clamp(librarySelection + count * unit, library.articles.count)
        case .outline:
            outlineSelection = clamp(outlineSelection + count * unit, outlineCount)
        case .article:
            guard let document else { return }
            position = document.moved(position, by: count * unit, width: articleText.width)
            followSection()
        }
    }

    mutating func goToEdge(end: Bool) {
        switch focus {
        case .library: librarySelection = end ? max(library.articles.count - 1, 0) : 0
        case .outline: outlineSelection = end ? max(outlineCount - 1, 0) : 0
        case .article:
            guard let document else { return }
            rememberJump()
            position = end ? document.endPosition(height: articleText.height, width: articleText.width) : Position()
            followSection()
        }
    }

    /// Jumps to the start of the next or previous section, so its heading is the top row.
    mutating func jumpSection(by step: Int) {
        guard let document, let current = currentSection else { return }
        let starts = document.sectionStarts
        let atStart = position.block == starts[current] && position.row <= (position.block > 0 ? 1 : 0)
        var target = current + step
        if step < 0 && !atStart { target = current }
        guard target >= 0 && target < starts.count else {
            message = step > 0 ? "last section" : "first section"
            return
        }
        rememberJump()
        goToSection(target)
    }

    mutating func goToSection(_ index: Int) {
        guard let document, document.sectionStarts.indices.contains(index) else { return }
        let block = document.sectionStarts[index]
        position = Position(block: block, row: block > 0 ? 1 : 0)
        followSection()
    }

    /// Enter: opens the selected article, or jumps to the selected section.
    mutating func activate() {
        switch focus {
        case .library:
            guard library.articles.indices.contains(librarySelection) else { return }
            if openIndex != librarySelection { rememberJump() }
            openArticle(librarySelection)
            focus = .article
        case .outline:
            guard outlineCount > 0 else { return }
            rememberJump()
            goToSection(outlineSelection)
            focus = .article
        case .article:
            break
        }
    }

    /// The effect that saves the open article's reading position (none when nothing is open).
    var positionEffect: [Effect] {
        guard let openIndex, document != nil else { return [] }
        return [.savePosition(path: absolutePaths[openIndex], position: placeToKeep)]
    }

    /// The reading place to remember for the open article: a saved place its stand-in was too short
    /// for still counts while the reader has not moved.
    var placeToKeep: Position {
        if let deferredPlace, deferredPlace.shown == position { return deferredPlace.target }
        return position
    }

    /// Opens article `index`, at the position it was last read at (this session, or saved before).
    public mutating func openArticle(_ index: Int, at target: Position? = nil) {
        if let document {
            positions[document.article.path] = placeToKeep
            if openIndex != index { pendingEffects += positionEffect }
        }
        guard openIndex != index || document == nil else {
            if let target { go(to: target) }
            return
        }
        let article = library.articles[index]
        document = ReadingDocument(article: article)
        openIndex = index
        librarySelection = index
        search = nil
        cursor = nil
        selectionStart = nil
        go(to: target ?? positions[article.path] ?? Position())
    }

    /// Puts the open article at `place`; when it is a stand-in too short for it, shows its end and
    /// remembers `place` for when the whole article arrives.
    mutating func go(to place: Position) {
        position = place
        clampPosition()
        followSection()
        let standIn = document.map { !$0.article.isComplete } ?? false
        deferredPlace = standIn && position != place ? DeferredPlace(target: place, shown: position) : nil
    }

    mutating func rememberJump() {
        if let openIndex { jumpBack = JumpTarget(article: openIndex, position: position) }
    }

    mutating func returnToJumpTarget() {
        guard let target = jumpBack else {
            message = "no earlier place to return to"
            return
        }
        rememberJump()
        openArticle(target.article, at: target.position)
    }

    /// The outline and the passage cursor follow the reading position.
    mutating func followSection() {
        if let section = currentSection { outlineSelection = section }
        keepCursorVisible()
    }

    /// Keeps the position valid after a resize re-wrapped the text (same block stays at the top).
    mutating func clampPosition() {
        guard let document, !document.blocks.isEmpty else { position = Position(); return }
        let block = min(position.block, document.blocks.count - 1)
        let rows = document.rows(of: block, width: articleText.width).count
        position = Position(block: block, row: min(position.row, max(rows - 1, 0)))
    }

    mutating func cycleHighlight() {
        let ids = library.topicSet.ids
        switch highlight {
        case .off: highlight = .all
        case .all: highlight = ids.first.map { .only($0) } ?? .off
        case .only(let id):
            let next = (ids.firstIndex(of: id) ?? ids.count) + 1
            highlight = next < ids.count ? .only(ids[next]) : .off
        }
        switch highlight {
        case .off: message = "topic highlighting off"
        case .all: message = "highlighting all topics"
        case .only(let id): message = "highlighting \(library.topicSet.topic(id)?.label ?? id)"
        }
    }

    private func clamp(_ value: Int, _ count: Int) -> Int {
        max(0, min(value, count - 1))
    }
}
