import ScreenKit
import Testing
import TractCore
@testable import TractApp
import TractTestSupport
import TractView

/// Compare from the reader's side: what it opens on, Enter and m on a passage, closing views with q,
/// and a status line that fits.
@Suite struct CompareJourneyTests {
    let theme = Theme(monochrome: false)

    /// Depression read at its safety section, then compared with pain relief (the journey).
    private func comparing(width: Int, height: Int) throws -> AppState {
        var state = AppFixtures.state(width: width, height: height, open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .nextSection, .nextSection, .nextSection, .startCompare)
        AppFixtures.type(&state, "pain")
        AppFixtures.apply(&state, .edit(.submit))
        guard state.shown(CompareView.self) != nil else { throw Failure() }
        return state
    }

    @Test(arguments: [(80, 24), (120, 35), (200, 50)])
    func bothSafetySectionsShareTheFirstRow(width: Int, height: Int) throws {
        let state = try comparing(width: width, height: height)
        let screen = render(state, theme: theme)
        #expect(screen.rows[2].contains("§ Safety Profile And Side Effects") && screen.rows[2].contains("§ Potential Side Effects"))
        guard let compare = state.shown(CompareView.self) else { throw Failure() }
        #expect(compare.layout.groups.first == CompareGroup(left: .passage(0), right: .passage(0)))
        #expect(compare.layout.groups.contains(CompareGroup(left: .divider, right: .divider)))
        let divider = try #require(compare.layout.groups.firstIndex(of: CompareGroup(left: .divider, right: .divider)))
        // Only paragraphs come after the divider; only sections before it.
        let left = compare.comparison.left.passages
        for group in compare.layout.groups[..<divider] { if case .passage(let index) = group.left { #expect(left[index].isSection) } }
        for group in compare.layout.groups[(divider + 1)...] { if case .passage(let index) = group.left { #expect(!left[index].isSection) } }
    }

    @Test func aSideWithoutPassagesDoesNotPushTheOtherDown() throws {
        var state = AppFixtures.state(open: "mdma-health-benefits")
        AppFixtures.apply(&state, .startCompare, .edit(.insert("d")), .edit(.insert("e")), .edit(.submit))
        guard let compare = state.shown(CompareView.self) else { throw Failure() }
        #expect(compare.layout.groups.first?.left == .note)
        #expect(compare.layout.groups.first?.right == .passage(0))
    }

    @Test func enterOpensThePassageAndEscComesBack() throws {
        var state = try comparing(width: 100, height: 30)
        guard let before = state.shown(CompareView.self) else { throw Failure() }
        AppFixtures.apply(&state, .switchSide, .open)
        #expect(state.stack.readerOnTop)
        #expect(state.reading.document?.article.stem == "mdma-pain-relief")
        #expect(AppFixtures.currentHeading(state) == "Potential Side Effects")
        AppFixtures.apply(&state, .scrollLines(2), .back)
        guard let after = state.shown(CompareView.self) else { throw Failure() }
        #expect(after.positions == before.positions && after.side == 1)
        AppFixtures.apply(&state, .open, .quotePrefix, .quotePrefix)
        guard state.shown(CompareView.self) != nil else { throw Failure() }
        AppFixtures.apply(&state, .open, .jumpBack)
        guard state.shown(CompareView.self) != nil else { throw Failure() }
        // The status line says the way back; q goes back too, and only the bottom of the stack quits.
        AppFixtures.apply(&state, .open)
        #expect(state.stack.status(context: state.context).back == "Esc:back to compare")
        AppFixtures.apply(&state, .quit)
        #expect(state.running && state.shown(CompareView.self) != nil)
        #expect(state.stack.status(context: state.context).back == nil)
        // Once another article is opened, Esc is the reader's own again.
        AppFixtures.apply(&state, .open, .nextPane, .scrollLines(1), .open, .back)
        #expect(state.stack.readerOnTop)
    }

    /// Compare's position counts rows, so each page moves it on (by aligned sections it read 0 % →
    /// 1 % → 1 % → END).
    @Test func thePositionMovesOnWithEveryPage() throws {
        var state = try comparing(width: 80, height: 24)
        var seen: [Int] = []
        for _ in 0..<3 {
            AppFixtures.apply(&state, .scrollPages(1))
            let position = state.stack.status(context: state.context).position ?? ""
            if position == "END" { break }
            seen.append(Int(position.dropLast()) ?? -1)
        }
        #expect(seen.count >= 2 && seen == seen.sorted() && Set(seen).count == seen.count && seen[0] >= 5, "\(seen)")
    }

    @Test func mBookmarksThePassageAtTheCursor() throws {
        var state = try comparing(width: 100, height: 30)
        AppFixtures.apply(&state, .bookmark)
        #expect(state.keyContexts == [.prompt])
        AppFixtures.type(&state, "both")
        let effects = reduce(&state, .edit(.submit))
        guard case .saveBookmark(let draft)? = effects.first else { throw Failure() }
        #expect(draft.note == "both" && draft.section == "Safety Profile And Side Effects")
        #expect(draft.paragraphCount == 4)  // the whole section
        #expect(state.message == "saving…")
    }

    @Test func qClosesViewsAndQuitsOnlyTheReader() throws {
        var state = try comparing(width: 100, height: 30)
        for open in [Action.toggleHelp, .showMap, .showBookmarks] {
            AppFixtures.apply(&state, .back, open)
            let q = try #require(InputTranslator.action(for: .character("q"), in: state))
            AppFixtures.apply(&state, q)
            #expect(state.running && state.shown(HelpView.self) == nil && state.stack.readerOnTop, "q did not close \(open)")
        }
        #expect(InputTranslator.action(for: .character("q"), in: state) == .quit)
        AppFixtures.apply(&state, .toggleHelp)
        #expect(InputTranslator.action(for: .control("c"), in: state) == .quit)
    }

    @Test func helpScrollsWithPageKeysAndEnds() {
        var state = AppFixtures.state(width: 80, height: 24)
        AppFixtures.apply(&state, .toggleHelp, .scrollPages(1))
        #expect(state.shown(HelpView.self)?.scroll == 18)  // a page of the 19 lines shown, one kept
        AppFixtures.apply(&state, .bottom)
        let last = state.shown(HelpView.self)?.scroll ?? 0
        #expect(last > 18)
        AppFixtures.apply(&state, .scrollLines(1))
        #expect(state.shown(HelpView.self)?.scroll == last)  // no scrolling past the end
        AppFixtures.apply(&state, .top)
        #expect(state.shown(HelpView.self)?.scroll == 0)
    }

    @Test func theStatusLineFitsAt80AndKeepsHelp() throws {
        let state = try comparing(width: 80, height: 24)
        let status = try #require(render(state, theme: theme).rows.last)
        #expect(status.hasSuffix("?:help "))
        #expect(status.contains("COMPARE") && status.contains("0%"))
        #expect(DisplayWidth.of(status) == 80)
    }

    @Test func positionReadsZeroAtTheTopAndEndAtTheEnd() throws {
        var state = AppFixtures.state(width: 80, height: 24, open: "mdma-pain-relief")
        #expect(try #require(render(state, theme: theme).rows.last).contains("│ 0% │"))
        AppFixtures.apply(&state, .scrollPages(1))
        let middle = try #require(render(state, theme: theme).rows.last)
        #expect(!middle.contains("│ 0% │") && !middle.contains("END") && middle.contains("%"))
        AppFixtures.apply(&state, .bottom)
        #expect(try #require(render(state, theme: theme).rows.last).contains("│ END │"))
    }

    @Test func thePickerRanksWholeAndWordStartMatchesFirstAndSaysWhy() throws {
        let titles = ["Notes on painkillers", "Pain relief with MDMA", "Spain trip", "pain"]
        let articles = titles.enumerated().map { number, title in
            Article(path: "lib/article-\(number).txt", title: title, format: .text, sections: [], contentHash: "")
        }
        var picker = PickerView(left: 0, topic: "safety")
        _ = picker.filter.apply(.insert("p"))
        _ = picker.filter.apply(.insert("a"))
        _ = picker.filter.apply(.insert("i"))
        _ = picker.filter.apply(.insert("n"))
        let found = picker.candidates(in: Library(root: nil, articles: articles, topicSet: .builtIn))
        #expect(found.map(\.index) == [3, 1, 2])  // exact, then the start of the title, then inside a word
        #expect(found.map(\.reason) == ["is the title", "starts the title", "in the title"])
        var state = try comparing(width: 80, height: 24)
        AppFixtures.apply(&state, .back, .startCompare)
        AppFixtures.type(&state, "ptsd")
        let screen = render(state, theme: theme)
        #expect(screen.rows.contains { $0.contains("MDMA PTSD breakthrough") })
        #expect(screen.rows.contains { $0.contains("MDMA PTSD breakthrough  starts a word in the title") })
    }

    struct Failure: Error {}
}
