import TractTestSupport
import ScreenKit
import Testing
import TractCore
import TractView
@testable import TractApp

/// The passage cursor, bookmarking and the bookmarks view, in the reducer (the store answers by action).
@Suite struct BookmarkReducerTests {
    private func safetyState() -> AppState {
        var state = AppFixtures.state(open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .nextSection, .nextSection, .nextSection)
        return state
    }

    private func ordinal(_ state: AppState) -> Int? {
        state.reading.cursor.flatMap { state.reading.document?.ordinal(ofBlock: $0) }
    }

    /// Hundreds of bookmarks in an article changed since they were made: one pass places what its
    /// budget allows and leaves the rest unplaced rather than holding up the key loop; idle slices place
    /// the rest, then there is no idle work left.
    @Test func bookmarksPastAPassBudgetArePlacedWhileIdle() throws {
        var state = AppFixtures.state(open: "mdma-depression-treatment")
        let article = try #require(state.reading.document?.article)
        let units = ParagraphUnits(article: article)
        let long = units.texts.indices.filter { units.texts[$0].count > 200 }
        let marks = (0..<300).compactMap { number -> Bookmark? in
            guard var mark = Bookmark.draft(article: article, absolutePath: state.absolutePaths[0], ordinal: long[number % long.count]) else { return nil }
            mark.contentHash = "edited since"
            mark.quote = String(mark.quote.prefix(120)) + "x" + String(mark.quote.dropFirst(121))
            return mark
        }
        AppFixtures.deliver(&state, .storeOpened(StoreContents(bookmarks: marks)))
        let unplaced = { state.bookmarks.filter { $0.anchor == .unplaced }.count }
        #expect(unplaced() > 0 && unplaced() < marks.count)
        #expect(state.hasIdleWork)
        // The list says which are not placed yet.
        state.bookmarks = state.bookmarks.filter { $0.anchor == .unplaced } + state.bookmarks.filter { $0.anchor != .unplaced }
        AppFixtures.apply(&state, .showBookmarks)
        #expect(render(state, theme: Theme(monochrome: false)).rows.contains { $0.contains("[not placed yet]") })
        var slices = 0
        while state.hasIdleWork && slices < 100 {
            AppFixtures.deliver(&state, .idle)
            slices += 1
        }
        #expect(unplaced() == 0 && slices > 1)
        #expect(state.bookmarks.allSatisfy { if case .anchored(_, _, .fuzzy) = $0.anchor { true } else { false } })
    }

    @Test func cursorFollowsTheViewAndMovesByParagraph() throws {
        var state = safetyState()
        let first = try #require(ordinal(state))
        let document = try #require(state.reading.document)
        #expect(document.article.sections[3].paragraphs.first?.text == ParagraphUnits(article: document.article).texts[first])
        AppFixtures.apply(&state, .nextParagraph, .nextParagraph)
        #expect(ordinal(state) == first + 2)
        AppFixtures.apply(&state, .previousParagraph)
        #expect(ordinal(state) == first + 1)
        AppFixtures.apply(&state, .top)
        #expect(ordinal(state) == 0)  // scrolling drags the cursor into view
    }

    @Test func bookmarkAsksForANoteAndSavesThroughAnEffect() throws {
        var state = safetyState()
        AppFixtures.apply(&state, .nextParagraph, .bookmark)
        guard case .note(let note)? = state.reading.prompt, note.editor.text.isEmpty else { Issue.record("no note prompt"); return }
        let draft = note.draft
        #expect(draft.line == 16 && draft.section == "Safety Profile And Side Effects")
        for character in "hr" { AppFixtures.apply(&state, .edit(.insert(character))) }
        let effects = reduce(&state, .edit(.submit))
        var expected = draft
        expected.note = "hr"
        #expect(effects == [.saveBookmark(expected), .saveHistory(.note, "hr")])
        #expect(state.message == "saving…")  // not "bookmarked" until the store answers
        var saved = expected
        saved.id = 1
        AppFixtures.deliver(&state, .bookmarkSaved(saved))
        #expect(state.message == "bookmarked with note")
        #expect(state.bookmarks.count == 1)
        #expect(state.reading.bookmarkedBlocks(state.bookmarks) == [state.reading.cursor ?? -1])
    }

    @Test func selectionBookmarksSeveralParagraphs() throws {
        var state = safetyState()
        AppFixtures.apply(&state, .toggleSelection, .nextParagraph, .nextParagraph, .bookmark)
        guard case .note(let note)? = state.reading.prompt else { Issue.record("no note prompt"); return }
        let draft = note.draft
        #expect(draft.paragraphCount == 3)
        #expect(draft.quote.components(separatedBy: "\n\n").count == 3)
        AppFixtures.apply(&state, .edit(.cancel))
        #expect(state.message == "not bookmarked")
        // Kept, it is listed with its extent, its first line cut at a word.
        var kept = draft
        kept.id = 3
        AppFixtures.deliver(&state, .bookmarksChanged([kept], change: .restored))
        AppFixtures.apply(&state, .showBookmarks)
        let rows = render(state, theme: Theme(monochrome: false)).rows
        let quote = try #require(rows.first { $0.contains("“") })
        #expect(quote.contains("(+2 paragraphs)"))
        #expect(quote.contains("…”") || quote.contains(kept.firstLine))
        if quote.contains("…”") {
            let shown = quote.components(separatedBy: "“")[1].components(separatedBy: "…”")[0]
            #expect(kept.firstLine.hasPrefix(shown) && kept.firstLine.dropFirst(shown.count).first.map { " ,;:".contains($0) } == true, "\(shown) in \(kept.firstLine)")
        }
    }

    @Test func bookmarksViewJumpsEditsDeletesUndoesAndReattaches() throws {
        var state = safetyState()
        AppFixtures.apply(&state, .nextParagraph)
        let path = state.absolutePaths[state.reading.openIndex ?? 0]
        let document = try #require(state.reading.document)
        var mark = try #require(Bookmark.draft(article: document.article, absolutePath: path, ordinal: ordinal(state) ?? 0, note: "n"))
        mark.id = 7
        var orphan = mark
        orphan.id = 8
        orphan.quote = "A passage that is no longer anywhere in this article at all."
        orphan.contentHash = "changed"
        AppFixtures.deliver(&state, .bookmarksChanged([orphan, mark], change: .restored))
        AppFixtures.apply(&state, .top, .showBookmarks)
        #expect(state.keyContexts.first == .bookmarks)
        AppFixtures.apply(&state, .open)
        #expect(state.message?.hasPrefix("orphan:") == true)
        AppFixtures.apply(&state, .scrollLines(1), .open)
        #expect(state.stack.readerOnTop)
        #expect(state.reading.cursor.flatMap { state.reading.document?.ordinal(ofBlock: $0) } == mark.ordinal)
        #expect(state.message == "note: n")
        AppFixtures.apply(&state, .showBookmarks, .scrollLines(1), .editNote)
        guard let editing = state.shown(BookmarksView.self) else { Issue.record("left bookmarks"); return }
        #expect(editing.note == BookmarksView.NoteEdit(id: 7, editor: LineEditor("n")))
        #expect(reduce(&state, .edit(.submit)) == [.updateNote(id: 7, note: "n"), .saveHistory(.note, "n")])
        #expect(reduce(&state, .deleteBookmark) == [.deleteBookmark(7)])
        #expect(reduce(&state, .undoDelete) == [.restoreBookmark(mark)])
        AppFixtures.apply(&state, .top)
        let effects = reduce(&state, .reattachBookmark)
        guard case .reattachBookmark(8, let passage)? = effects.first else { Issue.record("no reattach: \(effects)"); return }
        #expect(passage.ordinal == mark.ordinal)
    }

    @Test func filterNarrowsTheList() {
        var state = AppFixtures.state()
        let a = Bookmark(id: 1, path: "/x", contentHash: "", quote: "alpha", before: "", after: "", ordinal: 0,
                         paragraphCount: 1, line: 1, section: nil, topic: nil, note: "first")
        var b = a
        b.id = 2
        b.quote = "beta"
        b.note = "second"
        AppFixtures.deliver(&state, .bookmarksChanged([a, b], change: .restored))
        AppFixtures.apply(&state, .showBookmarks, .startFilter)
        AppFixtures.type(&state, "sec")
        guard let view = state.shown(BookmarksView.self) else { return }
        #expect(view.shown(state.context).map(\.bookmark.id) == [2])
        #expect(InputTranslator.action(for: .character("d"), in: state) == .edit(.insert("d")))
        AppFixtures.apply(&state, .edit(.submit))
        #expect(InputTranslator.action(for: .character("d"), in: state) == .deleteBookmark)
        AppFixtures.apply(&state, .back, .back)
        #expect(state.stack.readerOnTop)
    }

    @Test func quittingAndSwitchingArticlesSavePositions() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .nextSection)
        let path = state.absolutePaths[state.reading.openIndex ?? 0]
        let position = state.reading.position
        state.reading.focus = .library
        let switching = reduce(&state, .scrollLines(1))
        #expect(switching.isEmpty)
        #expect(reduce(&state, .open) == [.savePosition(path: path, position: position)])
        let quit = reduce(&state, .quit)
        #expect(quit.last == .quit)
        #expect(quit.count == 2)
    }
}

/// Whole articles replacing their stand-ins while the reader runs.
@Suite struct LoadingReducerTests {
    @Test func wholeArticleReplacesItsStandInKeepingThePlace() throws {
        let whole = try #require(AppFixtures.library.articles.first { $0.stem == "mdma-pain-relief" })
        var standIn = Article(path: whole.path, title: whole.title, format: .text,
                              sections: Array(whole.sections.prefix(3)), contentHash: "")
        standIn.isComplete = false
        let library = Library(root: nil, articles: [standIn], topicSet: .builtIn)
        var state = AppState(library: library, size: Size(width: 100, height: 30))
        state.openArticle(0)
        state.reading.focus = .article
        state.loading = LoadProgress(done: 0, total: 1)
        AppFixtures.apply(&state, .nextSection, .scrollLines(2))
        let position = state.reading.position
        #expect(state.reading.document?.article.sections.count == 3)
        AppFixtures.deliver(&state, .articlesLoaded([LoadedArticle(index: 0, article: whole)], remaining: 0, total: 1))
        #expect(state.loading == nil)
        #expect(state.reading.document?.article.sections.count == whole.sections.count)
        #expect(state.reading.position == position)
        AppFixtures.apply(&state, .bottom)
        #expect(AppFixtures.currentHeading(state) == "Overall Summary" || AppFixtures.currentHeading(state) == "Future Research Opportunities.")
    }

    /// A big article comes twice: its whole outline first ("finding topics…" said meanwhile), then
    /// with its topics; the reading place holds through both.
    @Test func outlineFirstThenTopics() throws {
        let whole = try #require(AppFixtures.library.articles.first { $0.stem == "mdma-pain-relief" })
        var standIn = Article(path: whole.path, title: whole.title, format: .text,
                              sections: Array(whole.sections.prefix(2)), contentHash: "")
        standIn.isComplete = false
        var structure = Article(path: whole.path, title: whole.title, format: .text,
                                sections: whole.sections.map { section in
                                    var bare = section
                                    bare.topics = []
                                    for index in bare.paragraphs.indices { bare.paragraphs[index].topics = [] }
                                    return bare
                                }, contentHash: whole.contentHash)
        structure.topicsPending = true
        var state = AppState(library: Library(root: nil, articles: [standIn], topicSet: .builtIn), size: Size(width: 100, height: 30))
        state.openArticle(0)
        state.reading.focus = .article
        state.loading = LoadProgress(done: 0, total: 1)
        AppFixtures.apply(&state, .scrollLines(3))
        let position = state.reading.position
        AppFixtures.deliver(&state, .articlesLoaded([LoadedArticle(index: 0, article: structure)], remaining: 1, total: 1))
        #expect(state.reading.document?.article.sections.count == whole.sections.count)
        #expect(state.reading.position == position)
        #expect(state.loading != nil)
        #expect(render(state, theme: Theme(monochrome: true)).rows.last?.contains("finding topics…") == true)
        AppFixtures.deliver(&state, .articlesLoaded([LoadedArticle(index: 0, article: whole)], remaining: 0, total: 1))
        #expect(state.loading == nil)
        #expect(state.reading.position == position)
        #expect(state.library.articles[0].sections.contains { !$0.topics.isEmpty })
    }

    @Test func openComparisonIsRedoneOnTheWholeArticles() throws {
        let whole = try #require(AppFixtures.library.articles.first { $0.stem == "mdma-pain-relief" })
        let other = try #require(AppFixtures.library.articles.first { $0.stem == "mdma-depression-treatment" })
        // A stand-in without the "Potential Side Effects" section (it comes later in the file).
        var standIn = Article(path: whole.path, title: whole.title, format: .text,
                              sections: Array(whole.sections.prefix(2)), contentHash: "")
        standIn.isComplete = false
        var state = AppState(library: Library(root: nil, articles: [standIn, other], topicSet: .builtIn),
                             size: Size(width: 100, height: 30))
        state.loading = LoadProgress(done: 0, total: 1)
        _ = state.apply([.navigate(.compare(left: 0, right: 1, topic: "safety"))])
        AppFixtures.apply(&state, .scrollLines(3))
        guard let before = state.shown(CompareView.self) else { throw Failure() }
        #expect(!before.comparison.left.passages.contains { $0.heading == "Potential Side Effects" })
        AppFixtures.deliver(&state, .articlesLoaded([LoadedArticle(index: 0, article: whole)], remaining: 0, total: 1))
        guard let after = state.shown(CompareView.self) else { throw Failure() }
        #expect(after.topic == "safety")
        #expect(after.comparison.left.article.sections.count == whole.sections.count)
        #expect(after.comparison.left.passages.contains { $0.heading == "Potential Side Effects" })
        #expect(after.positions == before.positions)
    }

    @Test func savedPlaceBeyondTheStandInIsTakenUpWhenTheArticleArrives() throws {
        let whole = try #require(AppFixtures.library.articles.first { $0.stem == "mdma-pain-relief" })
        var standIn = Article(path: whole.path, title: whole.title, format: .text,
                              sections: Array(whole.sections.prefix(2)), contentHash: "")
        standIn.isComplete = false
        let saved = Position(block: ReadingDocument(article: whole).blocks.count - 3, row: 0)
        func opened() -> AppState {
            var state = AppState(library: Library(root: nil, articles: [standIn], topicSet: .builtIn), size: Size(width: 100, height: 30))
            state.openArticle(0)
            state.reading.focus = .article
            state.loading = LoadProgress(done: 0, total: 1)
            AppFixtures.deliver(&state, .storeOpened(StoreContents(positions: [whole.path: saved])))
            return state
        }
        let arrived = LoadedArticle(index: 0, article: whole)

        var waiting = opened()
        #expect(waiting.reading.position.block < saved.block)  // the stand-in shows its end meanwhile
        #expect(AppFixtures.apply(&waiting, .quit).contains(.savePosition(path: whole.path, position: saved)))

        var state = opened()
        AppFixtures.deliver(&state, .articlesLoaded([arrived], remaining: 0, total: 1))
        #expect(state.reading.position == saved)

        var moved = opened()
        AppFixtures.apply(&moved, .scrollLines(-1))
        let place = moved.reading.position
        AppFixtures.deliver(&moved, .articlesLoaded([arrived], remaining: 0, total: 1))
        #expect(moved.reading.position == place)  // the reader moved: it stays where it is
    }

    @Test func anArticleThatCannotBeReadSaysSoAndKeepsItsOpening() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        state.loading = LoadProgress(done: 0, total: 1)
        let before = state.library.articles
        AppFixtures.deliver(&state, .articlesLoaded([], remaining: 0, total: 1),
                            .articleUnreadable(index: state.reading.openIndex ?? 0, reason: "big.txt: no such file"))
        #expect(state.loading == nil)
        #expect(state.library.articles == before)
        #expect(state.message == "big.txt: no such file (only its opening is shown)")
        #expect(state.unreadable[state.reading.openIndex ?? -1] == "big.txt: no such file")
    }

    /// A paper that cannot be read is listed with ✗ and, opened, says why in the words the command line
    /// uses — not "(empty article)".
    @Test func anUnreadablePaperSaysWhyWhereItsTextWouldBe() throws {
        var standIn = Article(path: "lib/junk.pdf", title: "Junk", format: .pdf, sections: [], contentHash: "")
        standIn.isComplete = false
        var library = AppFixtures.library
        library.articles.append(standIn)
        var state = AppState(library: library, size: Size(width: 80, height: 24))
        let index = library.articles.count - 1
        let reason = "lib/junk.pdf: damaged or not a PDF (Syntax Error: Couldn't find trailer dictionary)"
        AppFixtures.deliver(&state, .articleUnreadable(index: index, reason: reason))
        #expect(state.message == reason)
        var screen = render(state, theme: Theme(monochrome: false))
        #expect(screen.rows.contains { $0.contains("✗Junk") })
        _ = state.openArticle(index)
        screen = render(state, theme: Theme(monochrome: false))
        let text = screen.rows.joined(separator: " ")
        #expect(text.contains("damaged or not a PDF") && !text.contains("(empty article)"))
    }

    struct Failure: Error {}
}
