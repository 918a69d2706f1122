import TractTestSupport
import TractView
import ScreenKit
import Testing
import TractCore
@testable import TractApp

/// Compare mode and the topic map in the reducer.
@Suite struct CompareReducerTests {
    /// Reading mdma-pain-relief, then `c`, the picker filtered to "depression", Enter.
    private func comparing(width: Int = 100, height: Int = 30) throws -> (AppState, CompareView) {
        var state = AppFixtures.state(width: width, height: height, open: "mdma-pain-relief")
        AppFixtures.apply(&state, .startCompare)
        guard state.shown(PickerView.self) != nil else { throw Failure("c did not open the picker") }
        for character in "depr" { AppFixtures.apply(&state, .edit(.insert(character))) }
        AppFixtures.apply(&state, .edit(.submit))
        guard let compare = state.shown(CompareView.self) else { throw Failure("Enter did not open compare") }
        return (state, compare)
    }

    struct Failure: Error { var message: String; init(_ message: String) { self.message = message } }

    /// Every left passage starts on the same row as the first passage beside it.
    private func pairsAreAligned(_ compare: CompareView) -> Bool {
        compare.layout.groups.indices.allSatisfy { group in
            let rows = compare.layout.rows(of: group).filter { $0.left.kind != .blank }
            guard case .passage = compare.layout.groups[group].left, let first = rows.first else { return true }
            return first.left.kind == .context && (first.right.kind == .context || first.right.kind == .filler)
        }
    }

    private func allRows(_ compare: CompareView) -> [CompareRow] {
        compare.layout.groups.indices.flatMap { compare.layout.rows(of: $0) }
    }

    @Test func pickerFiltersAndOpensCompareOnSafetyByDefault() throws {
        let (_, compare) = try comparing()
        #expect(compare.topic == "safety")  // the opening section has no topic
        #expect(compare.comparison.left.article.stem == "mdma-pain-relief")
        #expect(compare.comparison.right.article.stem == "mdma-depression-treatment")
        #expect(pairsAreAligned(compare))
        let row = try #require(allRows(compare).first { $0.left.text == "§ Potential Side Effects" })
        #expect(row.right.text == "§ Safety Profile And Side Effects")
    }

    @Test func defaultTopicFollowsTheCurrentSection() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .nextSection, .nextSection)  // Mechanism Of Action
        AppFixtures.apply(&state, .startCompare, .edit(.insert("p")), .edit(.insert("t")), .edit(.submit))
        guard let compare = state.shown(CompareView.self) else { Issue.record("no compare"); return }
        #expect(compare.topic == "mechanism")
        #expect(compare.comparison.right.article.stem == "mdma-ptsd-breakthrough")
    }

    @Test func pickerCancelAndNoMatch() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .startCompare, .edit(.insert("z")), .edit(.submit))
        #expect(state.message == "no article matches 'z'")
        AppFixtures.apply(&state, .edit(.deleteBackward), .scrollLines(1), .edit(.cancel))
        #expect(state.stack.readerOnTop)
        var closed = AppFixtures.state()
        AppFixtures.apply(&closed, .startCompare)
        #expect(closed.stack.readerOnTop)
        #expect(closed.message == "open an article first, then press c to compare it")
    }

    @Test func topicKeysSwapLinkAndBack() throws {
        var (state, _) = try comparing()
        let position = state.reading.position
        AppFixtures.apply(&state, .compareTopic(1))
        guard let mechanism = state.shown(CompareView.self) else { Issue.record("left compare"); return }
        #expect(mechanism.topic == "mechanism")
        #expect(allRows(mechanism).contains { $0.left.text == "§ Mechanism Of Action" && $0.right.text == "§ Mechanism Of Action" })
        AppFixtures.apply(&state, .swapSides)
        guard let swapped = state.shown(CompareView.self) else { return }
        #expect(swapped.comparison.left.article.stem == "mdma-depression-treatment")
        #expect(pairsAreAligned(swapped))
        AppFixtures.apply(&state, .toggleLinkedScroll, .scrollLines(3))
        guard let unlinked = state.shown(CompareView.self) else { return }
        #expect(!unlinked.linked && unlinked.positions[0] > unlinked.positions[1] && unlinked.positions[1] == Position())
        AppFixtures.apply(&state, .switchSide, .scrollLines(2), .toggleLinkedScroll)
        guard let relinked = state.shown(CompareView.self) else { return }
        #expect(relinked.linked && relinked.positions[0] == relinked.positions[1] && relinked.positions[1] != Position())
        AppFixtures.apply(&state, .compareTopic(9))
        #expect(state.message == "there are 6 topics")
        AppFixtures.apply(&state, .back)
        #expect(state.stack.readerOnTop)
        #expect(state.reading.position == position)  // back where the reader was
    }

    @Test func alignmentHoldsAfterResize() throws {
        var (state, _) = try comparing()
        for size in [Size(width: 60, height: 20), Size(width: 157, height: 40), Size(width: 41, height: 12)] {
            AppFixtures.deliver(&state, .resize(size))
            guard let compare = state.shown(CompareView.self) else { Issue.record("left compare"); return }
            #expect(pairsAreAligned(compare))
            #expect(allRows(compare).allSatisfy { DisplayWidth.of($0.left.text) <= CompareView.columnWidth(state.size)
                && DisplayWidth.of($0.right.text) <= CompareView.columnWidth(state.size) })
        }
    }

    @Test func noPassageSideExplainsItself() {
        var state = AppFixtures.state(open: "mdma-health-benefits")
        AppFixtures.apply(&state, .startCompare, .edit(.insert("d")), .edit(.insert("e")), .edit(.submit))
        guard let compare = state.shown(CompareView.self) else { Issue.record("no compare"); return }
        #expect(allRows(compare).first?.left.text == "no passage on safety in this article")
        #expect(allRows(compare).contains { $0.left.text.hasPrefix("score 0.") })
    }

    @Test func mapMovesOpensCellsAndComparesRichest() {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .showMap)
        #expect(state.shown(MapView.self) == MapView(library: state.library))
        let pain = AppFixtures.library.articles.firstIndex { $0.stem == "mdma-pain-relief" } ?? 0
        AppFixtures.apply(&state, .scrollLines(pain), .mapMove(1), .open)  // pain-relief × safety
        #expect(state.stack.readerOnTop)
        #expect(AppFixtures.currentHeading(state) != nil)
        #expect(state.reading.document?.article.stem == "mdma-pain-relief")
        let block = state.reading.document?.blocks[state.reading.position.block]
        #expect(block?.topics.contains { $0.id == "safety" } == true)
        AppFixtures.apply(&state, .showMap, .top, .mapMove(1), .open)  // safety header: its digest
        guard let digest = state.shown(DigestView.self) else { Issue.record("no digest from the map header"); return }
        #expect(digest.digest.topic == "safety")
        AppFixtures.apply(&state, .back, .showMap, .top, .mapMove(1), .startCompare)  // c: the richest two
        guard let compare = state.shown(CompareView.self) else { Issue.record("no compare from the map"); return }
        #expect(compare.topic == "safety")
        let pair = Set([compare.comparison.left.article.stem, compare.comparison.right.article.stem])
        #expect(pair == ["mdma-pain-relief", "mdma-depression-treatment"])
        AppFixtures.apply(&state, .back, .showMap, .back)
        #expect(state.stack.readerOnTop)
    }
}

/// The library search view in the reducer (the index answers by action).
@Suite struct LibrarySearchReducerTests {
    private func hit(_ state: AppState, stem: String, section: Int, paragraph: Int) -> SearchHit {
        let index = state.library.articles.firstIndex { $0.stem == stem } ?? 0
        return SearchHit(path: state.absolutePaths[index], title: state.library.articles[index].title, section: nil,
                         sectionIndex: section, paragraphIndex: paragraph, line: 21, topics: ["safety"],
                         snippet: "…known as hyperthermia…", highlights: [[9, 21]], score: 6.5)
    }

    @Test func typingQueriesTheIndexAndStaleAnswersAreDropped() {
        var state = AppFixtures.state()
        state.reading.focus = .library
        AppFixtures.apply(&state, InputTranslator.action(for: .character("/"), in: state) ?? .quit)
        guard state.shown(LibrarySearchView.self) != nil else { Issue.record("/ in the library did not open search"); return }
        #expect(reduce(&state, .edit(.insert("h"))) == [.searchLibrary(query: "h*", topic: nil)])
        #expect(reduce(&state, .edit(.insert("y"))) == [.searchLibrary(query: "hy*", topic: nil)])
        let found = hit(state, stem: "mdma-pain-relief", section: 4, paragraph: 3)
        AppFixtures.deliver(&state, .libraryResults(query: "h*", topic: nil, hits: [found]))
        guard let stale = state.shown(LibrarySearchView.self) else { return }
        #expect(stale.hits.isEmpty)
        AppFixtures.deliver(&state, .libraryResults(query: "hy*", topic: nil, hits: [found]))
        guard let fresh = state.shown(LibrarySearchView.self) else { return }
        #expect(fresh.hits == [found])
        #expect(reduce(&state, .cycleSearchTopic(1)) == [.searchLibrary(query: "hy*", topic: "mechanism")])
        // Shift-Tab goes back: to no topic, then round to the last.
        #expect(InputTranslator.action(for: .backTab, in: state) == .cycleSearchTopic(-1))
        #expect(reduce(&state, .cycleSearchTopic(-1)) == [.searchLibrary(query: "hy*", topic: nil)])
        #expect(reduce(&state, .cycleSearchTopic(-1)) == [.searchLibrary(query: "hy*", topic: "conclusion")])
    }

    /// `S` opens on the query searched last, selected: its hits are asked again, and typing replaces it.
    @Test func libraryReopensOnTheLastQuerySelected() {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .startLibrarySearch)
        AppFixtures.type(&state, "serotonin")
        _ = reduce(&state, .edit(.submit))
        AppFixtures.apply(&state, .back)
        while state.shown(LibrarySearchView.self) != nil { AppFixtures.apply(&state, .back) }
        let effects = reduce(&state, .startLibrarySearch)
        guard let search = state.shown(LibrarySearchView.self) else { Issue.record("search did not open"); return }
        #expect(search.query.text == "serotonin" && search.query.isSelected)
        #expect(effects.contains(.searchLibrary(query: "serotonin*", topic: nil)))
        #expect(reduce(&state, .edit(.insert("d"))) == [.searchLibrary(query: "d*", topic: nil)])
    }

    /// The first query waits for the index to be built off the key loop: its progress shows, then the hits.
    @Test func theFirstQueryShowsIndexingProgressUntilItsAnswer() {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .startLibrarySearch)
        AppFixtures.type(&state, "hyperthermia")
        #expect(render(state, theme: Theme(monochrome: false)).rows[3].contains("searching…"))
        AppFixtures.deliver(&state, .libraryIndexing(LoadProgress(done: 120, total: 2000)))
        #expect(render(state, theme: Theme(monochrome: false)).rows[3].contains("indexing the library for search: 120 of 2000 articles read…"))
        let found = hit(state, stem: "mdma-pain-relief", section: 4, paragraph: 3)
        AppFixtures.deliver(&state, .libraryResults(query: "hyperthermia*", topic: nil, hits: [found]))
        guard let search = state.shown(LibrarySearchView.self) else { Issue.record("search closed"); return }
        #expect(search.indexing == nil && !search.searching && search.hits == [found])
        AppFixtures.deliver(&state, .libraryResults(query: "hyperthermia*", topic: nil, hits: []))
        #expect(render(state, theme: Theme(monochrome: false)).rows[3].contains("no hits"))
    }

    @Test func enterOpensTheParagraphWithTheWordHighlighted() throws {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .startLibrarySearch)
        for character in "hyperthermia" { AppFixtures.apply(&state, .edit(.insert(character))) }
        let found = hit(state, stem: "mdma-pain-relief", section: 4, paragraph: 3)
        AppFixtures.deliver(&state, .libraryResults(query: "hyperthermia*", topic: nil, hits: [found]))
        AppFixtures.apply(&state, .edit(.submit))
        #expect(state.stack.readerOnTop)
        #expect(state.reading.document?.article.stem == "mdma-pain-relief")
        #expect(AppFixtures.currentHeading(state) == "Potential Side Effects")
        let block = try #require(state.reading.document?.blocks[state.reading.position.block])
        #expect(block.text.hasPrefix("3. Hyperthermia"))
        #expect(state.reading.search?.query == "hyperthermia")
        #expect(state.message?.hasPrefix("hit 1/") == true)
        AppFixtures.apply(&state, .searchNext)
        #expect(state.reading.search?.current == 1)
    }

    @Test func highlightTextOfQueries() {
        #expect(ReadingView.highlightTerms(of: "\"side effects\" risk") == ["side effects", "risk"])
        #expect(ReadingView.highlightTerms(of: "seroton* OR dopamine") == ["seroton", "dopamine"])
        #expect(ReadingView.highlightTerms(of: "risk NOT alpha beta") == ["risk", "beta"])
        #expect(LibrarySearchView.asTyped("heart rat") == "heart rat*")
        #expect(LibrarySearchView.asTyped("heart ") == "heart ")
        #expect(LibrarySearchView.asTyped("\"heart rat") == "\"heart rat")
        #expect(LibrarySearchView.asTyped("pain OR") == "pain OR")
    }
}
