import TractTestSupport
import ScreenKit
import Testing
@testable import TractApp
import TractCore
import TractView

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
        #expect(state.shown(HelpView.self) != nil)
        AppFixtures.apply(&state, .nextSection)
        #expect(state.shown(HelpView.self) == nil)
        #expect(state.reading.library.selection == 0)  // the closing key does nothing else
    }

    @Test func helpScrollsOnSmallTerminals() {
        var state = AppFixtures.state(width: 80, height: 24)
        AppFixtures.apply(&state, .toggleHelp, .scrollLines(1), .scrollLines(1), .scrollPages(1))
        #expect(state.shown(HelpView.self)?.scroll == 20)  // two lines and a page of 19 lines less one
        AppFixtures.apply(&state, .scrollLines(-20))
        #expect(state.shown(HelpView.self)?.scroll == 0)
        AppFixtures.apply(&state, .back)
        #expect(state.shown(HelpView.self) == nil)
    }

    @Test func panesCycleBothWays() {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .nextPane)
        #expect(state.reading.focus == .outline)
        AppFixtures.apply(&state, .nextPane, .nextPane)
        #expect(state.reading.focus == .library)
        AppFixtures.apply(&state, .previousPane)
        #expect(state.reading.focus == .article)
    }

    @Test func libraryMovesAndOpens() {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .scrollLines(1), .scrollLines(1), .scrollLines(-1))
        #expect(state.reading.library.selection == 1)
        AppFixtures.apply(&state, .bottom)
        #expect(state.reading.library.selection == 4)
        AppFixtures.apply(&state, .top, .open)
        #expect(state.reading.document?.article.stem == "mdma-depression-treatment")
        #expect(state.reading.focus == .article)
    }

    @Test func scrollingMovesByLinesPagesAndHalfPages() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .scrollLines(3))
        let afterLines = state.reading.position
        #expect(afterLines != Position())
        AppFixtures.apply(&state, .scrollLines(-3))
        #expect(state.reading.position == Position())
        AppFixtures.apply(&state, .scrollPages(1))
        let page = state.reading.position
        AppFixtures.apply(&state, .scrollPages(-1), .scrollHalfPages(1), .scrollHalfPages(1))
        #expect(state.reading.position == page)
        AppFixtures.apply(&state, .scrollHalfPages(-2))
        #expect(state.reading.position == Position())
    }

    @Test func topAndBottomOfArticle() throws {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .bottom)
        let document = try #require(state.reading.document)
        let visible = document.rows(from: state.reading.position, count: state.reading.textSize(state.context).height, width: state.reading.textSize(state.context).width)
        #expect(visible.last?.block == document.blocks.count - 1)
        #expect(visible.count == state.reading.textSize(state.context).height)  // the last page is full
        AppFixtures.apply(&state, .scrollLines(50))
        let end = state.reading.position
        AppFixtures.apply(&state, .scrollLines(1))
        #expect(state.reading.position == end)  // cannot scroll past the end
        AppFixtures.apply(&state, .top)
        #expect(state.reading.position == Position())
    }

    @Test func sectionJumpsFollowTheOutline() {
        var state = AppFixtures.state(open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .nextSection, .nextSection, .nextSection)
        #expect(AppFixtures.currentHeading(state) == "Safety Profile And Side Effects")
        #expect(state.reading.outline.selection == 3)
        AppFixtures.apply(&state, .previousSection)
        #expect(AppFixtures.currentHeading(state) == "Effectiveness In Clinical Trials")
        AppFixtures.apply(&state, .bottom)
        for _ in 0..<7 { AppFixtures.apply(&state, .nextSection) }  // past the last section's start
        #expect(state.message == "last section")
        #expect(state.reading.outline.selection == (state.reading.document?.article.sections.count ?? 0) - 1)
    }

    @Test func outlineEnterJumpsToSection() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        state.reading.focus = .outline
        AppFixtures.apply(&state, .scrollLines(4), .open)
        #expect(AppFixtures.currentHeading(state) == "Potential Side Effects")
        #expect(state.reading.focus == .article)
    }

    @Test func searchFindsCountsAndWalksHits() throws {
        var state = AppFixtures.state(open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .startSearch)
        #expect(state.reading.prompt == .search(SearchPrompt(origin: state.reading.position, previous: nil)))
        for character in "serotoninx" { AppFixtures.apply(&state, .edit(.insert(character))) }
        AppFixtures.apply(&state, .edit(.deleteBackward), .edit(.submit))
        let search = try #require(state.reading.search)
        #expect(search.query == "serotonin")
        #expect(search.hits.count > 1)
        #expect(state.message == "hit 1/\(search.hits.count) for 'serotonin'")
        AppFixtures.apply(&state, .searchNext)
        #expect(state.reading.search?.current == 1)
        AppFixtures.apply(&state, .searchPrevious, .searchPrevious)
        #expect(state.reading.search?.current == search.hits.count - 1)
        #expect(state.message == "hit \(search.hits.count)/\(search.hits.count) for 'serotonin', search wrapped")
    }

    @Test func searchCancelAndNotFound() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .startSearch, .edit(.insert("z")), .edit(.cancel))
        #expect(state.reading.prompt == nil && state.reading.search == nil)
        AppFixtures.apply(&state, .startSearch, .edit(.insert("q")), .edit(.insert("x")), .edit(.submit))
        #expect(state.message == "'qx' not found")
        AppFixtures.apply(&state, .back)
        #expect(state.reading.search == nil)
    }

    @Test func topicHighlightCycles() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .cycleTopicHighlight)
        #expect(state.reading.highlight == .all)
        AppFixtures.apply(&state, .cycleTopicHighlight, .cycleTopicHighlight)
        #expect(state.reading.highlight == .only("safety"))
        #expect(state.message == "highlighting Safety")
        for _ in 0..<5 { AppFixtures.apply(&state, .cycleTopicHighlight) }
        #expect(state.reading.highlight == .off)
    }

    @Test func jumpBackWithQuoteQuoteAndCtrlO() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .nextSection, .nextSection)
        let before = state.reading.position
        AppFixtures.apply(&state, .bottom)
        AppFixtures.apply(&state, .quotePrefix)
        #expect(state.reading.pendingQuote)
        AppFixtures.apply(&state, .quotePrefix)
        #expect(state.reading.position == before)
        AppFixtures.apply(&state, .jumpBack)
        #expect(state.reading.position != before)
    }

    @Test func readingPositionIsKeptPerArticle() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .nextSection, .nextSection)
        let kept = state.reading.position
        state.reading.focus = .library
        AppFixtures.apply(&state, .scrollLines(1), .open)  // another article
        #expect(state.reading.document?.article.stem != "mdma-pain-relief")
        state.reading.focus = .library
        state.reading.library.select(AppFixtures.library.articles.firstIndex { $0.stem == "mdma-pain-relief" } ?? 0, count: 5, height: 10)
        AppFixtures.apply(&state, .open)
        #expect(state.reading.position == kept)
    }

    @Test func resizeKeepsTheSameBlockAtTheTop() {
        var state = AppFixtures.state(open: "mdma-ptsd-breakthrough")
        AppFixtures.apply(&state, .nextSection, .nextSection, .scrollLines(4))
        let block = state.reading.position.block
        AppFixtures.deliver(&state, .resize(Size(width: 60, height: 20)))
        #expect(state.reading.position.block == block)
        AppFixtures.deliver(&state, .resize(Size(width: 100, height: 30)))
        #expect(state.reading.position.block == block)
    }

    @Test func mouseWheelScrollsAndClickOpens() {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .mouse(MouseEvent(kind: .click, x: 3, y: 4)))  // fourth article row
        #expect(state.reading.document?.article.stem == "mdma-pain-relief")
        AppFixtures.apply(&state, .mouse(MouseEvent(kind: .wheelDown, x: 60, y: 10)))
        #expect(state.reading.position != Position())
        AppFixtures.apply(&state, .mouse(MouseEvent(kind: .wheelUp, x: 60, y: 10)))
        #expect(state.reading.position == Position())
    }

    /// Esc in the article closes what is open (search, a selection) and otherwise keeps the focus, so
    /// j/k go on scrolling the text; from the outline it goes to the library; alone on a narrow screen
    /// the article gives way to the library.
    @Test func backClosesWhatIsOpenAndKeepsTheArticle() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .toggleSelection)
        #expect(state.reading.passage.selectionStart != nil)
        AppFixtures.apply(&state, .back)
        #expect(state.reading.passage.selectionStart == nil && state.reading.focus == .article)
        AppFixtures.apply(&state, .back)
        #expect(state.reading.focus == .article)
        AppFixtures.apply(&state, .scrollLines(1))
        #expect(state.reading.position != Position())
        AppFixtures.apply(&state, .nextPane)
        #expect(state.reading.focus != .article)
        var narrow = AppFixtures.state(width: 60, height: 20, open: "mdma-pain-relief")
        AppFixtures.apply(&narrow, .back)
        #expect(narrow.reading.focus == .library)
    }

    @Test func keyMapConfigRebindsAndReportsBadLines() {
        let yaml = "keys:\n  quit: [Q]\n  next-section: \"}\"\n  fly: x\n  top: [nosuchkey]\n"
        let (map, problems) = KeyMap.defaults.applying(configYAML: yaml, origin: "config.yml")
        #expect(map.action(for: .character("Q"), in: [.article, .global]) == .quit)
        #expect(map.action(for: .character("q"), in: [.article, .global]) == nil)
        #expect(map.action(for: .character("}"), in: [.article, .global]) == .nextSection)
        #expect(map.action(for: .character("g"), in: [.article, .global]) == .top)  // bad entry keeps the default
        #expect(problems == ["config.yml: line 4: unknown action 'fly'", "config.yml: line 5: unknown key 'nosuchkey' for top",
                             "config.yml: next-paragraph has no key left ('}' now does next-section)"])
        let (_, broken) = KeyMap.defaults.applying(configYAML: "keys: [unclosed", origin: "config.yml")
        #expect(broken.first?.hasPrefix("config.yml: line ") == true)
        #expect(broken.first?.hasSuffix("using default keys") == true)
    }

    @Test func helpIsGeneratedFromTheKeyMap() {
        let lines = KeyMap.defaults.helpSections.flatMap(\.lines)
        #expect(lines.contains { $0.keys.contains("]") && $0.help == "next section" })
        let (map, _) = KeyMap.defaults.applying(configYAML: "keys:\n  next-section: \"}\"\n", origin: "c")
        #expect(map.helpSections.flatMap(\.lines).contains { $0.keys == "}" && $0.help == "next section" })
    }

    /// A file changed on disk is said once, marked in the status line, and `r` reads it again with the
    /// paragraph at the top of the screen still at the top, though paragraphs were added above it.
    @Test func aChangedFileIsSaidAndReloadKeepsThePlace() throws {
        var state = AppFixtures.state(width: 100, height: 30, open: "mdma-pain-relief")
        AppFixtures.apply(&state, .nextSection, .nextSection, .nextSection)
        let document = try #require(state.reading.document)
        let topText = document.blocks[state.reading.position.block].text
        let index = try #require(state.reading.openIndex)
        AppFixtures.deliver(&state, .articleChanged(index: index, gone: false))
        #expect(state.message == "changed on disk — r to reload")
        #expect(render(state, theme: Theme(monochrome: false)).rows.last?.contains("changed on disk: r reloads") == true)
        #expect(reduce(&state, .reload) == [.reloadArticle(index: index, path: document.article.path)])
        // The same article with two paragraphs added at its start.
        let source = try String(contentsOfFile: Fixtures.articlesFolder.path + "/mdma-pain-relief.txt", encoding: .utf8)
        var lines = source.components(separatedBy: "\n")
        lines.insert(contentsOf: ["", "A new first paragraph.", "", "And another one."], at: 1)
        let changed = ArticleParser.parse(bytes: Array(lines.joined(separator: "\n").utf8), path: document.article.path,
                                          format: .text, classifier: TopicClassifier(topicSet: state.library.topicSet))
        AppFixtures.deliver(&state, .articleReloaded(index: index, article: changed))
        let reloaded = try #require(state.reading.document)
        #expect(reloaded.blocks.contains { $0.text == "A new first paragraph." })
        #expect(reloaded.blocks[state.reading.position.block].text == topText)
        #expect(!state.reading.changedOnDisk && state.message == "reloaded MDMA pain relief")
    }
}

/// The byte search under in-article search: counts like a plain scan of the lowercased text.
@Suite struct OccurrenceTests {
    /// A plain count of non-overlapping matches, for comparison.
    private func plainCount(_ needle: String, _ haystack: String) -> Int {
        let text = Array(haystack.lowercased().utf8), pattern = Array(needle.utf8)
        var count = 0, index = 0
        while index + pattern.count <= text.count {
            if Array(text[index..<index + pattern.count]) == pattern { count += 1; index += pattern.count } else { index += 1 }
        }
        return count
    }

    @Test func edgesAndCases() {
        #expect(SearchState.occurrences(of: "aa", in: "aaaa") == 2)
        #expect(SearchState.occurrences(of: "aaa", in: "aaaa") == 1)
        #expect(SearchState.occurrences(of: "mdma", in: "MDMA, mdma and MdMa.") == 3)
        #expect(SearchState.occurrences(of: "end", in: "the END") == 1)
        #expect(SearchState.occurrences(of: "longer than it", in: "short") == 0)
        #expect(SearchState.occurrences(of: "3,4-", in: "3,4-MDMA and 3,4-x") == 2)
        #expect(SearchState.occurrences(of: "x", in: "") == 0)
    }

    @Test func agreesWithAPlainScan() {
        // Bytes next to the letters in ASCII (@ [ ` {) must not pass for them when case is folded.
        let words = ["Serotonin", "serotonin", "SEROTONIN", "sero", "tonin", "s", "e", " ", "—", "Ser", "seroseroton", "@", "[", "`", "{S"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let haystack = (0..<Int.random(in: 0...40, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined()
            for needle in ["serotonin", "sero", "s", "se", "ton", "n s", "@s", "[s", "`", "{s", "n@"] {
                #expect(SearchState.occurrences(of: needle, in: haystack) == plainCount(needle, haystack), "\(needle) in \(haystack)")
            }
        }
    }
}
