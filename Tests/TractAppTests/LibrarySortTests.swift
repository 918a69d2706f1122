import ScreenKit
import Testing
import TractApp
import TractCore
import TractTestSupport
import TractView

/// The library sorted with `o` in the reader: the rows change order, the selection stays on its
/// article, Enter opens what the row shows, and rows name "Author Year · Title".
@Suite struct LibrarySortTests {
    static func article(_ stem: String, _ title: String, byline: String?, date: String?) -> Article {
        var article = Article(path: "/lib/\(stem).md", title: title, format: .markdown, date: date,
                              sections: [Section(heading: "One", level: 1, line: 1, paragraphs: [])], contentHash: stem)
        article.byline = byline
        return article
    }

    static let library = Library(root: "/lib", articles: [
        article("a", "Zebra Sleep", byline: "Carl Tagger", date: "2019"),
        article("b", "Ant Dreams", byline: nil, date: "2001"),
        article("c", "Moth Rest", byline: "Anna Keeper and Bo Lee", date: "2016"),
    ], topicSet: .builtIn)

    static func rows(_ state: AppState) -> [String] {
        (0..<3).map { state.library.articles[state.reading.order.index(atRow: $0)].stem }
    }

    @Test func oCyclesTheOrdersAndKeepsTheSelectedArticle() {
        var state = AppState(library: Self.library, size: Size(width: 120, height: 30))
        AppFixtures.apply(&state, .scrollLines(2))  // Moth Rest
        AppFixtures.apply(&state, .sortLibrary)
        #expect(state.message == "library by title" && Self.rows(state) == ["b", "c", "a"])
        #expect(state.reading.library.selection == 1)
        AppFixtures.apply(&state, .sortLibrary)
        #expect(state.message == "library by first author" && Self.rows(state) == ["c", "a", "b"])
        #expect(state.reading.library.selection == 0)
        AppFixtures.apply(&state, .sortLibrary)
        #expect(Self.rows(state) == ["b", "c", "a"])  // 2001, 2016, 2019
        // Enter opens the article the selected row shows.
        AppFixtures.apply(&state, .scrollLines(-5), .open)
        #expect(state.reading.openIndex == 1)
    }

    @Test func lastReadComesFromTheStoreAndFromWhatIsOpened() {
        var state = AppState(library: Self.library, size: Size(width: 120, height: 30), absolutePaths: ["/lib/a.md", "/lib/b.md", "/lib/c.md"])
        AppFixtures.deliver(&state, .storeOpened(StoreContents(readOrder: ["/lib/a.md": 4, "/lib/b.md": 7])))
        AppFixtures.apply(&state, .sortLibrary, .sortLibrary, .sortLibrary, .sortLibrary)
        #expect(state.reading.order.sort == .read && Self.rows(state) == ["b", "a", "c"])
        AppFixtures.apply(&state, .scrollLines(2), .open)  // Moth Rest, read now
        AppFixtures.apply(&state, .nextPane, .nextPane, .sortLibrary, .sortLibrary, .sortLibrary, .sortLibrary, .sortLibrary)
        #expect(state.reading.order.sort == .read && Self.rows(state) == ["c", "b", "a"])
    }

    @Test func rowsNameAuthorAndYearBeforeTheTitle() {
        var state = AppState(library: Self.library, size: Size(width: 160, height: 30))
        let wide = render(state, theme: Theme(monochrome: true)).rows.joined(separator: "\n")
        #expect(wide.contains("Tagger 2019 · Zebra Sleep") && wide.contains("Keeper 2016 · Moth Rest"))
        #expect(wide.contains(" Ant Dreams") && !wide.contains("2001 · Ant"))  // a year alone names nobody
        // A narrow sidebar keeps its room for titles; the table beside it names the authors, in order.
        state = AppState(library: Self.library, size: Size(width: 80, height: 24))
        AppFixtures.apply(&state, .sortLibrary, .sortLibrary)
        let narrow = render(state, theme: Theme(monochrome: true)).rows
        #expect(!narrow[1].contains("Keeper 2016 ·") && narrow[1].contains("Moth Rest"))
        #expect(narrow[3].contains("Keeper and Lee 2016") && narrow[4].contains("Tagger 2019"))
    }
}
