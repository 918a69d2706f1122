import TractTestSupport
import ScreenKit
import Testing
@testable import TractApp
import TractCore
import TractView

/// Whole screens, text and styles, at 80×24 and 40×12 and wider.
@Suite struct ScreenSnapshotTests {
    let color = Theme(monochrome: false)

    @Test func libraryPane() throws {
        try assertSnapshot(render(AppFixtures.state(width: 80, height: 24), theme: color), named: "library-80x24")
        try assertSnapshot(render(AppFixtures.state(width: 40, height: 12), theme: color), named: "library-40x12")
    }

    /// The first screen teaches: the library as a table (one bar per topic, numbered), the legend that
    /// names each number, mark and colour, and the keys that matter — and in monochrome the legend's
    /// marks still tell the topics apart, as the gutter's do.
    @Test func theFirstScreenShowsTheTableTheLegendAndTheKeys() throws {
        let wide = render(AppFixtures.state(width: 200, height: 50), theme: color)
        try assertSnapshot(wide, named: "first-screen-200x50")
        let text = wide.rows.joined(separator: "\n")
        for needle in ["Title", "Sections", "1 ▌mechanism", "2 ▌safety", "Enter open", "c compare", "? help", "q quit",
                       "Emerging Research on MDMA-assisted"] {
            #expect(text.contains(needle), "\(needle)")
        }
        let mono = render(AppFixtures.state(width: 80, height: 24), theme: Theme(monochrome: true))
        let legend = try #require(mono.rows.first { $0.contains("Topics") })
        #expect(legend.contains("1 ▌mechanism") && legend.contains("2 ▐safety") && legend.contains("3 █future research"))
    }

    @Test func articleAndOutline() throws {
        var wide = AppFixtures.state(width: 80, height: 24, open: "mdma-depression-treatment")
        AppFixtures.apply(&wide, .nextSection, .nextSection, .nextSection)
        try assertSnapshot(render(wide, theme: color), named: "article-80x24")
        var narrow = AppFixtures.state(width: 40, height: 12, open: "mdma-depression-treatment")
        AppFixtures.apply(&narrow, .nextSection)
        try assertSnapshot(render(narrow, theme: color), named: "article-40x12")
        narrow.reading.focus = .outline
        try assertSnapshot(render(narrow, theme: color), named: "outline-40x12")
    }

    @Test func searchHitsAreHighlighted() throws {
        var state = AppFixtures.state(width: 80, height: 24, open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .startSearch)
        for character in "serotonin" { AppFixtures.apply(&state, .edit(.insert(character))) }
        try assertSnapshot(render(state, theme: color), named: "search-prompt-80x24")
        AppFixtures.apply(&state, .edit(.submit))
        let screen = render(state, theme: color)
        try assertSnapshot(screen, named: "search-hits-80x24")
        let highlighted = screen.cells.filter { $0.style == color.currentHit || $0.style == color.searchHit }
        #expect(highlighted.count >= "serotonin".count)
    }

    @Test func helpOverlayAndTooSmall() throws {
        var state = AppFixtures.state(width: 80, height: 24)
        AppFixtures.apply(&state, .toggleHelp)
        try assertSnapshot(render(state, theme: color), named: "help-80x24")
        var wide = AppFixtures.state(width: 200, height: 50)
        AppFixtures.apply(&wide, .toggleHelp)
        try assertSnapshot(render(wide, theme: color), named: "help-200x50")
        let tiny = render(AppFixtures.state(width: 10, height: 3), theme: color)
        #expect(tiny.rows[0].hasPrefix("min 20×6"))  // the size needed, whole, in 10 columns
        let single = render(AppFixtures.state(width: 1, height: 1), theme: color)
        #expect(single.rows == ["…"])
        #expect(render(AppFixtures.state(width: 30, height: 4), theme: color).rows[0].hasPrefix("terminal too small (min 20×6)"))
    }

    @Test func monochromeStillTellsTopicsApart() throws {
        var state = AppFixtures.state(width: 80, height: 24, open: "mdma-pain-relief")
        AppFixtures.apply(&state, .cycleTopicHighlight)
        let screen = render(state, theme: Theme(monochrome: true))
        try assertSnapshot(screen, named: "monochrome-topics-80x24")
        #expect(!screen.cells.contains { $0.style.foreground != .default || $0.style.background != .default })
    }

    static let hostile = ArticleParser.parse(
        bytes: Array("Lead paragraph in English.\n日本語の見出し Test\n中文段落：血清素的释放 😀 emoji and more wide text 漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字.\nControl \u{1B}[2J bytes \u{07} and bidi \u{202E}reversed\u{202C} here.\n".utf8),
        path: "wide.txt", format: .text, classifier: TopicClassifier(topicSet: .builtIn))

    @Test func wideAndControlCharacters() throws {
        let library = Library(root: nil, articles: [Self.hostile], topicSet: .builtIn)
        for (width, height) in [(80, 24), (40, 12)] {
            var state = AppState(library: library, size: Size(width: width, height: height))
            state.openArticle(0)
            state.reading.focus = .article
            let screen = render(state, theme: color)
            try assertSnapshot(screen, named: "wide-and-controls-\(width)x\(height)")
            let text = screen.rows.joined()
            if width == 80 { #expect(text.contains("^[[2J")) }
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
        }
    }
}

/// Compare and map screens.
@Suite struct CompareSnapshotTests {
    let color = Theme(monochrome: false)

    private func comparing(width: Int, height: Int) -> AppState {
        var state = AppFixtures.state(width: width, height: height, open: "mdma-pain-relief")
        AppFixtures.apply(&state, .startCompare, .edit(.insert("d")), .edit(.insert("e")), .edit(.submit))
        return state
    }

    @Test func compareAt100x30And60x20() throws {
        // The two safety sections pair on the first screen (the side-effects sections come before the
        // paragraphs elsewhere that mention safety).
        let wide = comparing(width: 100, height: 30)
        let screen = render(wide, theme: color)
        try assertSnapshot(screen, named: "compare-100x30")
        #expect(screen.rows.contains { $0.contains("§ Potential Side Effects") && $0.contains("§ Safety Profile And Side Effects") })
        #expect(screen.rows.contains { $0.contains("·") })  // filler on the shorter side
        let narrow = comparing(width: 60, height: 20)
        try assertSnapshot(render(narrow, theme: color), named: "compare-60x20")
    }

    /// The sizes: compare from depression's safety section opens on both safety sections.
    @Test(arguments: [(80, 24), (120, 35), (200, 50)])
    func compareFromTheSafetySection(width: Int, height: Int) throws {
        var state = AppFixtures.state(width: width, height: height, open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .nextSection, .nextSection, .nextSection, .startCompare)
        AppFixtures.type(&state, "pain")
        AppFixtures.apply(&state, .edit(.submit))
        let screen = render(state, theme: color)
        try assertSnapshot(screen, named: "compare-safety-\(width)x\(height)")
        #expect(screen.rows[2].contains("§ Safety Profile And Side Effects") && screen.rows[2].contains("§ Potential Side Effects"))
    }

    @Test(arguments: [(80, 24), (120, 35), (200, 50)])
    func readingWithAndWithoutTheSidebar(width: Int, height: Int) throws {
        var state = AppFixtures.state(width: width, height: height, open: "mdma-ptsd-breakthrough")
        AppFixtures.apply(&state, .nextSection, .nextSection)
        try assertSnapshot(render(state, theme: color), named: "reading-\(width)x\(height)")
        AppFixtures.apply(&state, .toggleSidebar)
        try assertSnapshot(render(state, theme: color), named: "reading-no-sidebar-\(width)x\(height)")
    }

    @Test func pickerAndMap() throws {
        var state = AppFixtures.state(width: 80, height: 24, open: "mdma-pain-relief")
        AppFixtures.apply(&state, .startCompare)
        let picker = render(state, theme: color)
        try assertSnapshot(picker, named: "picker-80x24")
        // Bordered, one row per article, the topic named and each candidate's words on it, richest first.
        #expect(picker.rows.contains { $0.contains("┌") && $0.contains("on safety with…") })
        #expect(picker.rows.contains { $0.contains("words on safety │") })
        let row = { (title: String) in picker.rows.firstIndex { $0.contains("│ " + title) } ?? -1 }
        let order = ["MDMA depression treatment", "Emerging Research", "MDMA health benefits", "MDMA PTSD breakthrough"].map(row)
        #expect(order == order.sorted() && !order.contains(-1) && Set(order).count == 4)
        #expect(picker.rows[order[0]].hasSuffix("353 │ ") && picker.rows[order[3]].hasSuffix("— │ "))
        var wide = AppFixtures.state(width: 200, height: 50, open: "mdma-pain-relief")
        AppFixtures.apply(&wide, .startCompare)
        try assertSnapshot(render(wide, theme: color), named: "picker-200x50")
        var map = AppFixtures.state(width: 100, height: 30)
        AppFixtures.apply(&map, .showMap)
        try assertSnapshot(render(map, theme: color), named: "map-100x30")
    }
}
