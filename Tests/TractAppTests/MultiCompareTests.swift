import ScreenKit
import Testing
import TractCore
@testable import TractApp
import TractTestSupport
import TractView

/// Three and four articles side by side on a wide terminal; two-way, with the reason, on a narrow one.
@Suite struct MultiCompareTests {
    let theme = Theme(monochrome: false)

    /// Compare of depression with pain relief on safety, from the map at `width`.
    private func twoWay(width: Int, height: Int = 40) -> AppState {
        var state = AppFixtures.state(width: width, height: height)
        AppFixtures.apply(&state, .showMap, .top, .mapMove(1), .startCompare)
        return state
    }

    @Test func plusAddsTheRichestOtherArticleAndAlignsPairsOnOneRow() throws {
        var state = twoWay(width: 180)
        AppFixtures.apply(&state, .addColumn)
        guard let compare = state.shown(MultiCompareView.self) else { Issue.record("no three-way compare: \(state.message ?? "")"); return }
        let stems = compare.articles.map { state.library.articles[$0].stem }
        #expect(stems == ["mdma-depression-treatment", "mdma-pain-relief", "mdma-emerging-research"])
        // The first group pairs a passage in every column: all three start on the first row.
        let first = compare.layout.rows(of: 0)[0]
        #expect(first.allSatisfy { $0.kind == .context })
        let screen = render(state, theme: theme)
        #expect(screen.rows[2].contains("§ Safety Profile And Side Effects") && screen.rows[2].contains("§ Potential Side Effects")
                && screen.rows[2].contains("¶ in the opening, line 7"))
        try assertSnapshot(screen, named: "compare-three-180x40")
        AppFixtures.apply(&state, .addColumn)
        #expect(state.message == "4 articles side by side need 200 columns (this terminal has 180): compare stays 3-way")
        AppFixtures.apply(&state, .removeColumn)
        guard state.shown(CompareView.self) != nil else { Issue.record("- did not go back to two-way"); return }
    }

    @Test func aNarrowTerminalStaysTwoWayAndSaysWhy() {
        var state = twoWay(width: 100)
        AppFixtures.apply(&state, .addColumn)
        guard state.shown(CompareView.self) != nil else { Issue.record("left two-way compare"); return }
        #expect(state.message == "3 articles side by side need 150 columns (this terminal has 100): compare stays 2-way")
    }

    @Test func narrowingTheTerminalGoesBackToTwoWay() {
        var state = twoWay(width: 220)
        #expect(state.library.topicSet.ids[0] == "mechanism")  // all five articles have a passage on it
        AppFixtures.apply(&state, .compareTopic(1), .addColumn, .addColumn)
        guard let four = state.shown(MultiCompareView.self), four.articles.count == 4 else { Issue.record("no four-way compare"); return }
        AppFixtures.deliver(&state, .resize(Size(width: 160, height: 40)))
        guard let three = state.shown(MultiCompareView.self) else { Issue.record("lost the multi-way compare"); return }
        #expect(three.articles == Array(four.articles.prefix(3)))
        AppFixtures.deliver(&state, .resize(Size(width: 120, height: 40)))
        guard state.shown(CompareView.self) != nil else { Issue.record("still multi-way at 120 columns"); return }
        #expect(state.message?.hasPrefix("150 columns are needed for three articles side by side") == true)
    }

    @Test func enterOpensTheCursorColumnsPassage() {
        var state = twoWay(width: 180)
        AppFixtures.apply(&state, .addColumn, .switchSide, .switchSide, .open)
        #expect(state.stack.readerOnTop)
        #expect(state.reading.document?.article.stem == "mdma-emerging-research")
        AppFixtures.apply(&state, .back)
        guard state.shown(MultiCompareView.self) != nil else { Issue.record("Esc did not come back"); return }
    }
}
