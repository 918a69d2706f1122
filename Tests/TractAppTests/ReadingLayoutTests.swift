import ScreenKit
import Testing
import TractCore
@testable import TractApp
import TractTestSupport
import TractView

/// The reader at any size: an adaptive, hideable sidebar, a maximum reading width, settings from the
/// config file, starting where the reader left off, and progress in the library list.
@Suite struct ReadingLayoutTests {
    let theme = Theme(monochrome: false)

    @Test(arguments: [(80, 22), (120, 34), (200, 40), (300, 40)])
    func theSidebarTakesAShareOfTheWidth(width: Int, sidebar: Int) {
        let layout = PaneLayout(size: Size(width: width, height: 30), focus: .article, articleCount: 5)
        #expect(layout.separator == sidebar)
    }

    @Test func theSidebarHidesAndShows() throws {
        var state = AppFixtures.state(width: 120, height: 35, open: "mdma-pain-relief")
        let narrow = state.reading.textSize(state.context).width
        #expect(InputTranslator.action(for: .character("\\"), in: state) == .toggleSidebar)
        AppFixtures.apply(&state, .toggleSidebar)
        #expect(!state.reading.showsSidebar && state.reading.focus == .article)
        #expect(state.reading.textSize(state.context).width > narrow)
        let screen = render(state, theme: theme)
        #expect(!screen.rows.contains { $0.contains("Library (5)") })
        #expect(state.message == "sidebar hidden: \\ shows it")
        AppFixtures.apply(&state, .toggleSidebar)
        #expect(render(state, theme: theme).rows[0].contains("Library (5)"))
    }

    @Test func textStopsAtTheReadingWidthAndIsCentred() throws {
        var state = AppState(library: AppFixtures.library, size: Size(width: 200, height: 40), settings: ReaderSettings(maxWidth: 60))
        state.openArticle(AppFixtures.library.articles.firstIndex { $0.stem == "mdma-pain-relief" } ?? 0)
        AppFixtures.apply(&state, .toggleSidebar)
        #expect(state.reading.textSize(state.context).width == 60)
        let screen = render(state, theme: theme)
        let longest = screen.rows.dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces).count }.max() ?? 0
        #expect(longest <= 60 + PaneLayout.gutter)
        let row = try #require(screen.rows.dropFirst().first { $0.contains("MDMA") })
        let indent = row.prefix { $0 == " " }.count
        #expect(indent > 50)  // centred in 200 columns, not at the left edge
        var left = AppState(library: AppFixtures.library, size: Size(width: 200, height: 40),
                            settings: ReaderSettings(maxWidth: 60, centred: false))
        left.openArticle(0)
        AppFixtures.apply(&left, .toggleSidebar)
        #expect(render(left, theme: theme).rows.dropFirst().contains { $0.hasPrefix("▌") })
    }

    @Test func settingsComeFromTheConfigFile() {
        let yaml = "reader:\n  width: 80\n  align: left\n  reopen-last: false\n  colour: red\n  \n"
        let (settings, problems) = ReaderSettings().applying(configYAML: yaml, origin: "c.yml")
        #expect(settings == ReaderSettings(maxWidth: 80, centred: false, reopenLast: false))
        #expect(problems == ["c.yml: line 5: unknown reader setting 'colour'"])
        let (kept, bad) = ReaderSettings().applying(configYAML: "reader:\n  width: 5\n  align: middle\n", origin: "c.yml")
        #expect(kept == ReaderSettings())
        #expect(bad.count == 2 && bad[0].hasPrefix("c.yml: line 2: width must be"))
    }

    @Test func theLastArticleReadReopensAtItsPlace() throws {
        let pain = try #require(AppFixtures.library.articles.firstIndex { $0.stem == "mdma-pain-relief" })
        let path = AppFixtures.state().absolutePaths[pain]
        let contents = StoreContents(positions: [path: Position(block: 12, row: 1)], lastRead: path)
        var state = AppFixtures.state()
        AppFixtures.deliver(&state, .storeOpened(contents))
        #expect(state.reading.openIndex == pain && state.reading.position == Position(block: 12, row: 1))
        #expect(state.reading.focus == .article)
        var off = AppState(library: AppFixtures.library, size: Size(width: 100, height: 30), settings: ReaderSettings(reopenLast: false))
        AppFixtures.deliver(&off, .storeOpened(contents))
        #expect(off.reading.openIndex == nil)
        var moved = AppFixtures.state()
        AppFixtures.apply(&moved, .scrollLines(1))  // the reader chose before the database answered
        AppFixtures.deliver(&moved, .storeOpened(contents))
        #expect(moved.reading.openIndex == nil)
    }

    /// One meaning per column: "read" is how far an article has been read, the same figure the status
    /// line gives for the open one, and blank for one never opened; the header names the columns.
    @Test func theLibraryListShowsOneProgressFigureUnderItsHeader() throws {
        var state = AppFixtures.state(width: 120, height: 35, open: "mdma-pain-relief")
        AppFixtures.apply(&state, .scrollPages(2))
        let screen = render(state, theme: theme)
        #expect(screen.rows[0].contains("read") && screen.rows[0].contains("topics"))
        let pain = try #require(screen.rows.dropFirst().first { $0.contains("MDMA pain relief") })
        let status = try #require(state.stack.status(context: state.context).position)
        #expect(status.hasSuffix("%") && status != "0%")
        #expect(pain.contains(" " + status + " "))
        #expect(state.reading.progress(of: state.reading.openIndex ?? 0, context: state.context).map { "\($0)%" } == status)
        let unread = try #require(screen.rows.first { $0.contains("MDMA PTSD") })
        #expect(!unread.contains("%") && !unread.contains(" 7 "))  // not read yet: nothing, and no section count
        AppFixtures.apply(&state, .bottom)
        let end = render(state, theme: theme).rows.dropFirst().first { $0.contains("MDMA pain relief") }
        #expect(end?.contains("100%") == true, "\(end ?? "")")
    }

    @Test func outlineEntriesEndInAnEllipsisAndKeepTheirMark() throws {
        var state = AppFixtures.state(width: 80, height: 24, open: "mdma-depression-treatment")
        state.reading.focus = .outline
        let screen = render(state, theme: theme)
        let row = try #require(screen.rows.first { $0.contains("Integration With") })
        #expect(row.contains("…"))
        #expect(row.hasPrefix("▌") || row.hasPrefix(" "))
    }

    @Test func wrappingOffRunsLinesOnAndScrollsSideways() throws {
        var state = AppFixtures.state(width: 80, height: 24, open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .nextSection, .nextSection, .nextSection)
        let block = state.reading.position.block
        #expect(InputTranslator.action(for: .character("w"), in: state) == .toggleWrap)
        AppFixtures.apply(&state, .toggleWrap)
        #expect(!state.reading.wraps && state.reading.position.block == block)
        let rows = try #require(state.reading.document?.rows(of: block + 1, width: state.reading.textSize(state.context).width))
        #expect(rows.count == 2)  // the separator and the whole paragraph on one row
        let before = render(state, theme: theme)
        #expect(InputTranslator.action(for: .right, in: state) == .scrollColumns(1))
        AppFixtures.apply(&state, .scrollColumns(1))
        #expect(state.reading.column == state.reading.visibleTextSize(state.context).width / 2)
        let after = render(state, theme: theme)
        let row = try #require(before.rows.firstIndex { $0.contains("MDMA, when used") })
        #expect(!after.rows[row].contains("MDMA, when used") && after.rows[row].contains("treatment of depression"))
        AppFixtures.apply(&state, .scrollColumns(-5))
        #expect(state.reading.column == 0)
        AppFixtures.apply(&state, .toggleWrap, .scrollColumns(1))
        #expect(state.reading.wraps && state.reading.column == 0)
        #expect(state.message?.hasPrefix("lines wrap:") == true)
    }

    @Test func aSearchHitOffToTheRightIsScrolledIntoView() throws {
        var state = AppFixtures.state(width: 80, height: 24, open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .toggleWrap, .startSearch)
        AppFixtures.type(&state, "unregulated")
        AppFixtures.apply(&state, .edit(.submit))
        #expect(state.reading.column > 0)
        let screen = render(state, theme: theme)
        #expect(screen.rows.contains { $0.contains("unregulated") })
    }

    @Test func markdownListsEmphasisAndHeadingLevelsShow() throws {
        let text = "# Notes\n\n## Dosing\n\nTake it **with food** and *never* twice.\n\n- first point\n- second point\n\n"
            + "3. third step\n4. fourth step\n\n### Children\n\nLower doses apply.\n"
        let article = ArticleParser.parse(bytes: Array(text.utf8), path: "notes.md", format: .markdown,
                                          classifier: TopicClassifier(topicSet: .builtIn))
        let items = article.sections.flatMap(\.paragraphs).filter { $0.kind == .listItem }.map(\.text)
        #expect(items == ["• first point", "• second point", "3. third step", "4. fourth step"])
        var state = AppState(library: Library(root: nil, articles: [article], topicSet: .builtIn), size: Size(width: 80, height: 24))
        state.openArticle(0)
        let screen = render(state, theme: theme)
        let row = try #require(screen.rows.firstIndex { $0.contains("with food") })
        let line = screen.rows[row]
        let column = { (word: String) in line.distance(from: line.startIndex, to: line.range(of: word)!.lowerBound) }
        #expect(screen[column("with"), row].style.bold && screen[column("food"), row].style.bold)
        #expect(screen[column("never"), row].style.underline && !screen[column("Take"), row].style.bold)
        #expect(!screen[column("twice"), row].style.underline)
        let dosing = try #require(screen.rows.firstIndex { $0.contains("Dosing") })
        let children = try #require(screen.rows.firstIndex { $0.contains("Children") })
        let headingColumn = screen.rows[dosing].distance(from: screen.rows[dosing].startIndex, to: screen.rows[dosing].range(of: "Dosing")!.lowerBound)
        let childColumn = screen.rows[children].distance(from: screen.rows[children].startIndex, to: screen.rows[children].range(of: "Children")!.lowerBound)
        #expect(screen[headingColumn, dosing].style != screen[childColumn, children].style)
    }

    /// Emphasis on a later row of a wrapped paragraph (before: the first row's range crossed, a crash).
    @Test func emphasisOnALaterRowOfAWrappedParagraph() throws {
        let text = "# Notes\n\n" + String(repeating: "plain words go here ", count: 10) + "then **bold end**.\n"
        let article = ArticleParser.parse(bytes: Array(text.utf8), path: "notes.md", format: .markdown,
                                          classifier: TopicClassifier(topicSet: .builtIn))
        let paragraph = try #require(article.sections.first?.paragraphs.first)
        let lines = ArticleLayout.paragraphLines(paragraph, section: 0, number: 0, width: 40)
        #expect(lines.count > 3)
        #expect(lines.dropLast().allSatisfy { $0.emphasis.isEmpty })
        let last = try #require(lines.last)
        let mark = try #require(last.emphasis.first)
        #expect(mark.strong && Array(last.text)[mark.range].map(String.init).joined() == "bold end")
    }
}
