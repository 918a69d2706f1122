import ScreenKit
import Testing
@testable import TractApp

/// Every action, applied to real states on the bundled library.
@Suite struct ReducerTests {
    @Test func quitStopsAndAsksToQuit() {
        var state = AppFixtures.state()
        #expect(reduce(&state, .quit) == [.quit])
        #expect(!state.running)
    }

    @Test func helpOpensAndAnyKeyCloses() {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .toggleHelp)
        #expect(state.mode == .help)
        AppFixtures.apply(&state, .nextSection)
        #expect(state.mode == .normal)
        #expect(state.librarySelection == 0)  // the closing key does nothing else
    }

    @Test func helpScrollsOnSmallTerminals() {
        var state = AppFixtures.state(width: 80, height: 24)
        AppFixtures.apply(&state, .toggleHelp, .scrollLines(1), .scrollLines(1), .scrollPages(1))
        #expect(state.mode == .help && state.helpScroll == 12)
        AppFixtures.apply(&state, .scrollLines(-20))
        #expect(state.helpScroll == 0)
        AppFixtures.apply(&state, .back)
        #expect(state.mode == .normal)
    }

    @Test func panesCycleBothWays() {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .nextPane)
        #expect(state.focus == .outline)
        AppFixtures.apply(&state, .nextPane, .nextPane)
        #expect(state.focus == .library)
        AppFixtures.apply(&state, .previousPane)
        #expect(state.focus == .article)
    }

    @Test func libraryMovesAndOpens() {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .scrollLines(1), .scrollLines(1), .scrollLines(-1))
        #expect(state.librarySelection == 1)
        AppFixtures.apply(&state, .bottom)
        #expect(state.librarySelection == 4)
        AppFixtures.apply(&state, .top, .open)
        #expect(state.document?.article.stem == "mdma-depression-treatment")
        #expect(state.focus == .article)
    }

    @Test func scrollingMovesByLinesPagesAndHalfPages() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .scrollLines(3))
        let afterLines = state.position
        #expect(afterLines != Position())
        AppFixtures.apply(&state, .scrollLines(-3))
        #expect(state.position == Position())
        AppFixtures.apply(&state, .scrollPages(1))
        let page = state.position
        AppFixtures.apply(&state, .scrollPages(-1), .scrollHalfPages(1), .scrollHalfPages(1))
        #expect(state.position == page)
        AppFixtures.apply(&state, .scrollHalfPages(-2))
        #expect(state.position == Position())
    }

    @Test func topAndBottomOfArticle() throws {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .bottom)
        let document = try #require(state.document)
        let visible = document.rows(from: state.position, count: state.articleText.height, width: state.articleText.width)
        #expect(visible.last?.block == document.blocks.count - 1)
        #expect(visible.count == state.articleText.height)  // the last page is full
        AppFixtures.apply(&state, .scrollLines(50))
        let end = state.position
        AppFixtures.apply(&state, .scrollLines(1))
        #expect(state.position == end)  // cannot scroll past the end
        AppFixtures.apply(&state, .top)
        #expect(state.position == Position())
    }

    @Test func sectionJumpsFollowTheOutline() {
        var state = AppFixtures.state(open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .nextSection, .nextSection, .nextSection)
        #expect(AppFixtures.currentHeading(state) == "Safety Profile And Side Effects")
        #expect(state.outlineSelection == 3)
        AppFixtures.apply(&state, .previousSection)
        #expect(AppFixtures.currentHeading(state) == "Effectiveness In Clinical Trials")
        AppFixtures.apply(&state, .bottom, .nextSection)
        #expect(state.message == "last section")
    }

    @Test func outlineEnterJumpsToSection() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        state.focus = .outline
        AppFixtures.apply(&state, .scrollLines(4), .open)
        #expect(AppFixtures.currentHeading(state) == "Potential Side Effects")
        #expect(state.focus == .article)
    }

    @Test func searchFindsCountsAndWalksHits() throws {
        var state = AppFixtures.state(open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .startSearch)
        #expect(state.mode == .searchInput(""))
        for character in "serotoninx" { AppFixtures.apply(&state, .searchEdit(.insert(character))) }
        AppFixtures.apply(&state, .searchEdit(.deleteBackward), .searchEdit(.submit))
        let search = try #require(state.search)
        #expect(search.query == "serotonin")
        #expect(search.hits.count > 1)
        #expect(state.message == "hit 1/\(search.hits.count) for 'serotonin'")
        AppFixtures.apply(&state, .searchNext)
        #expect(state.search?.current == 1)
        AppFixtures.apply(&state, .searchPrevious, .searchPrevious)
        #expect(state.search?.current == search.hits.count - 1)
        #expect(state.message == "hit \(search.hits.count)/\(search.hits.count) for 'serotonin'")
    }

    @Test func searchCancelAndNotFound() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .startSearch, .searchEdit(.insert("z")), .searchEdit(.cancel))
        #expect(state.mode == .normal && state.search == nil)
        AppFixtures.apply(&state, .startSearch, .searchEdit(.insert("q")), .searchEdit(.insert("x")), .searchEdit(.submit))
        #expect(state.message == "'qx' not found")
        AppFixtures.apply(&state, .back)
        #expect(state.search == nil)
    }

    @Test func topicHighlightCycles() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .cycleTopicHighlight)
        #expect(state.highlight == .all)
        AppFixtures.apply(&state, .cycleTopicHighlight, .cycleTopicHighlight)
        #expect(state.highlight == .only("safety"))
        #expect(state.message == "highlighting Safety")
        for _ in 0..<5 { AppFixtures.apply(&state, .cycleTopicHighlight) }
        #expect(state.highlight == .off)
    }

    @Test func jumpBackWithQuoteQuoteAndCtrlO() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .nextSection, .nextSection)
        let before = state.position
        AppFixtures.apply(&state, .bottom)
        AppFixtures.apply(&state, .quotePrefix)
        #expect(state.pendingQuote)
        AppFixtures.apply(&state, .quotePrefix)
        #expect(state.position == before)
        AppFixtures.apply(&state, .jumpBack)
        #expect(state.position != before)
    }

    @Test func readingPositionIsKeptPerArticle() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .nextSection, .nextSection)
        let kept = state.position
        state.focus = .library
        AppFixtures.apply(&state, .scrollLines(1), .open)  // another article
        #expect(state.document?.article.stem != "mdma-pain-relief")
        state.focus = .library
        state.librarySelection = AppFixtures.library.articles.firstIndex { $0.stem == "mdma-pain-relief" } ?? 0
        AppFixtures.apply(&state, .open)
        #expect(state.position == kept)
    }

    @Test func resizeKeepsTheSameBlockAtTheTop() {
        var state = AppFixtures.state(open: "mdma-ptsd-breakthrough")
        AppFixtures.apply(&state, .nextSection, .nextSection, .scrollLines(4))
        let block = state.position.block
        AppFixtures.apply(&state, .resize(Size(width: 60, height: 20)))
        #expect(state.position.block == block)
        AppFixtures.apply(&state, .resize(Size(width: 100, height: 30)))
        #expect(state.position.block == block)
    }

    @Test func mouseWheelScrollsAndClickOpens() {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .mouse(MouseEvent(kind: .click, x: 3, y: 4)))  // fourth article row
        #expect(state.document?.article.stem == "mdma-pain-relief")
        AppFixtures.apply(&state, .mouse(MouseEvent(kind: .wheelDown, x: 60, y: 10)))
        #expect(state.position != Position())
        AppFixtures.apply(&state, .mouse(MouseEvent(kind: .wheelUp, x: 60, y: 10)))
        #expect(state.position == Position())
    }

    @Test func backLeavesThePane() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .back)
        #expect(state.focus == .outline)
        AppFixtures.apply(&state, .back)
        #expect(state.focus == .library)
    }

    @Test func keyMapConfigRebindsAndReportsBadLines() {
        let yaml = "keys:\n  quit: [Q]\n  next-section: \"}\"\n  fly: x\n  top: [nosuchkey]\n"
        let (map, problems) = KeyMap.defaults.applying(configYAML: yaml, origin: "config.yml")
        #expect(map.action(for: .character("Q"), in: .article) == .quit)
        #expect(map.action(for: .character("q"), in: .article) == nil)
        #expect(map.action(for: .character("}"), in: .article) == .nextSection)
        #expect(map.action(for: .character("g"), in: .article) == .top)  // bad entry keeps the default
        #expect(problems == ["config.yml: line 4: unknown action 'fly'", "config.yml: line 5: unknown key 'nosuchkey' for top"])
        let (_, broken) = KeyMap.defaults.applying(configYAML: "keys: [unclosed", origin: "config.yml")
        #expect(broken.first?.hasPrefix("config.yml: line ") == true)
        #expect(broken.first?.hasSuffix("using default keys") == true)
    }

    @Test func helpIsGeneratedFromTheKeyMap() {
        let lines = KeyMap.defaults.helpLines
        #expect(lines.contains { $0.keys.contains("]") && $0.help == "next section" })
        let (map, _) = KeyMap.defaults.applying(configYAML: "keys:\n  next-section: \"}\"\n", origin: "c")
        #expect(map.helpLines.contains { $0.keys == "}" && $0.help == "next section" })
    }
}
