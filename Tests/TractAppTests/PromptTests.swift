import ScreenKit
import Testing
import TractCore
@testable import TractApp
import TractTestSupport
import TractView

/// Prompts as line editors: editing keys, history, incremental search, library search as you type.
@Suite struct PromptTests {
    @Test func historyWalksBackAndForthAndKeepsTheTypedLine() {
        var editor = LineEditor("draf")
        let history = ["first", "second"]
        _ = editor.apply(.historyPrevious, history: history)
        #expect(editor.text == "second")
        _ = editor.apply(.historyPrevious, history: history)
        _ = editor.apply(.historyPrevious, history: history)  // no older entry: stays
        #expect(editor.text == "first")
        _ = editor.apply(.historyNext, history: history)
        _ = editor.apply(.historyNext, history: history)
        #expect(editor.text == "draf" && editor.cursor == 4)
        _ = editor.apply(.historyNext, history: history)
        #expect(editor.text == "draf")
        _ = editor.apply(.home)
        _ = editor.apply(.right)
        _ = editor.apply(.deleteToEnd)
        #expect(editor.text == "d")
    }

    @Test func submittedLinesGoIntoTheirPromptsHistory() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .startSearch)
        AppFixtures.type(&state, "serotonin")
        #expect(AppFixtures.apply(&state, .edit(.submit)).contains(.saveHistory(.search, "serotonin")))
        AppFixtures.apply(&state, .startSearch)
        AppFixtures.type(&state, "dop")
        AppFixtures.apply(&state, .edit(.historyPrevious))
        guard case .search(let prompt)? = state.reading.prompt else { Issue.record("no prompt"); return }
        #expect(prompt.editor.text == "serotonin")
        AppFixtures.apply(&state, .edit(.cancel), .startLibrarySearch, .edit(.historyPrevious))
        guard let search = state.shown(LibrarySearchView.self) else { Issue.record("no library search"); return }
        #expect(search.query.text.isEmpty)  // each prompt has its own history
    }

    @Test func historyComesFromTheStore() {
        var state = AppFixtures.state()
        AppFixtures.deliver(&state, .storeOpened(StoreContents(history: [.librarySearch: ["heart rate", "nausea"]])))
        AppFixtures.apply(&state, .startLibrarySearch)
        #expect(InputTranslator.action(for: .up, in: state) == .scrollLines(-1))  // in a list ↑ chooses
        #expect(InputTranslator.action(for: .control("p"), in: state) == .edit(.historyPrevious))
        AppFixtures.apply(&state, .edit(.historyPrevious))
        guard let search = state.shown(LibrarySearchView.self) else { Issue.record("no library search"); return }
        #expect(search.query.text == "nausea")
    }

    @Test func slashSearchesAsYouTypeAndEscGoesBack() throws {
        var state = AppFixtures.state(open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .startSearch)
        AppFixtures.type(&state, "ser")
        AppFixtures.type(&state, "otonin")
        let found = try #require(state.reading.search)
        #expect(found.query == "serotonin" && found.current == 0 && !found.hits.isEmpty)
        #expect(state.reading.position.block == found.hits[0].block)
        AppFixtures.apply(&state, .edit(.cancel))
        #expect(state.reading.search == nil && state.reading.position == Position())
        // A search kept with Enter survives an Esc'd one, for n / N.
        AppFixtures.apply(&state, .startSearch)
        AppFixtures.type(&state, "dopamine")
        AppFixtures.apply(&state, .edit(.submit), .startSearch)
        AppFixtures.type(&state, "zzz")
        #expect(state.reading.search?.hits.isEmpty == true)
        AppFixtures.apply(&state, .edit(.cancel), .searchNext)
        #expect(state.reading.search?.query == "dopamine")
        #expect(state.message?.contains("for 'dopamine'") == true)
    }

    @Test func openingALibraryHitHighlightsEveryQueryWord() throws {
        var state = AppFixtures.state(width: 100, height: 30)
        let index = try #require(AppFixtures.library.articles.firstIndex { $0.stem == "mdma-pain-relief" })
        let hit = SearchHit(path: state.absolutePaths[index], title: "MDMA pain relief", section: nil, sectionIndex: 4,
                            paragraphIndex: 3, line: 21, topics: [], snippet: "", highlights: [], score: 1)
        AppFixtures.apply(&state, .startLibrarySearch)
        AppFixtures.type(&state, "\"body temperature\" hyperth")
        AppFixtures.deliver(&state, .libraryResults(query: "\"body temperature\" hyperth*", topic: nil, hits: [hit]))
        AppFixtures.apply(&state, .edit(.submit))
        let search = try #require(state.reading.search)
        #expect(search.terms.terms == ["body temperature", "hyperth"])
        let screen = render(state, theme: Theme(monochrome: false))
        let row = try #require(screen.rows.firstIndex { $0.contains("Hyperthermia") })
        let column = try #require(screen.rows[row].range(of: "Hyperthermia").map { screen.rows[row].distance(from: screen.rows[row].startIndex, to: $0.lowerBound) })
        let theme = Theme(monochrome: false)
        #expect([theme.searchHit, theme.currentHit].contains(screen[column, row].style))
        AppFixtures.apply(&state, .searchNext)
        #expect(state.reading.search?.current == 1)
    }
}
