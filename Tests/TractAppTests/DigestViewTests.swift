import ScreenKit
import Testing
import TractCore
@testable import TractApp
import TractTestSupport
import TractView

/// The digest view in the reducer and on screen.
@Suite struct DigestViewTests {
    let theme = Theme(monochrome: false)

    /// `D` in the safety section of the depression article: the digest on safety.
    private func safetyDigest(width: Int = 80, height: Int = 24) throws -> AppState {
        var state = AppFixtures.state(width: width, height: height, open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .nextSection, .nextSection, .nextSection)
        #expect(InputTranslator.action(for: .character("D"), in: state) == .showDigest)
        AppFixtures.apply(&state, .showDigest)
        guard let digest = state.shown(DigestView.self) else { throw Failure(what: "D did not open the digest") }
        #expect(digest.digest.topic == "safety")
        return state
    }

    private func view(_ state: AppState) throws -> DigestView {
        guard let digest = state.shown(DigestView.self) else { throw Failure(what: "not in the digest") }
        return digest
    }

    private func items(_ state: AppState) throws -> [DigestItem] {
        try view(state).items(state.context)
    }

    @Test func foldedToTheFirstPassageUntilUnfolded() throws {
        var state = try safetyDigest()
        let articles = try items(state).filter { if case .article = $0 { true } else { false } }.count
        #expect(articles == 3)
        let firstArticle = try #require(try items(state).firstIndex(of: .article(0)))
        #expect(try items(state).filter { if case .passage(0, _) = $0 { true } else { false } }.count == 1)
        AppFixtures.apply(&state, .scrollLines(firstArticle), .open)
        #expect(try items(state).filter { if case .passage(0, _) = $0 { true } else { false } }.count == 3)
        AppFixtures.apply(&state, .open)
        #expect(try items(state).filter { if case .passage(0, _) = $0 { true } else { false } }.count == 1)
        let screen = render(state, theme: theme)
        #expect(screen.rows.contains { $0.contains("MDMA depression treatment — 353 words on safety · +2 more (Enter unfolds)") })
    }

    @Test func enterOnAPassageReadsItAndEscComesBack() throws {
        var state = try safetyDigest()
        let passage = try #require(try items(state).firstIndex(of: .passage(entry: 1, passage: 0)))
        AppFixtures.apply(&state, .scrollLines(passage), .open)
        #expect(state.stack.readerOnTop)
        #expect(state.reading.document?.article.stem == "mdma-pain-relief")
        #expect(AppFixtures.currentHeading(state) == "Potential Side Effects")
        AppFixtures.apply(&state, .back)
        #expect(try view(state).selection == passage)
    }

    @Test func aPointNarrowsAndEscWidens() throws {
        var state = try safetyDigest()
        let digest = try view(state)
        let index = try #require(digest.digest.shared.firstIndex { $0.name == "elevated blood pressure" })
        AppFixtures.apply(&state, .scrollLines(index), .open)
        #expect(try view(state).point == index && (try view(state)).entries.count == 2)
        #expect(state.message == "narrowed to 'elevated blood pressure': 2 articles (Esc widens)")
        // The cursor stays on the point, and only passages that state it are shown.
        #expect(try view(state).selection == index)
        let narrowed = try view(state)
        for entry in narrowed.entries {
            let article = state.library.articles[entry.article]
            #expect(entry.passages.allSatisfy { narrowed.digest.shared[index].isStated(in: $0.text(in: article)) })
        }
        // The point is marked where the passages state it, as compare marks a chosen point.
        let theme = Theme(monochrome: false)
        let screen = render(state, theme: theme)
        #expect((0..<screen.height).contains { y in (0..<screen.width).contains { screen[$0, y].style == theme.chosenPoint } })
        AppFixtures.apply(&state, .back)
        #expect(try view(state).point == nil && (try view(state)).entries.count == 3)
        #expect(try view(state).selection == index)
        AppFixtures.apply(&state, .back)
        #expect(state.stack.readerOnTop)
    }

    /// The narrowed digest as a user sees it, at 80×24 and 200×50.
    @Test(arguments: [(80, 24), (200, 50)]) func theNarrowedDigestOnScreen(width: Int, height: Int) throws {
        var state = try safetyDigest(width: width, height: height)
        let index = try #require(try view(state).digest.shared.firstIndex { $0.name == "elevated blood pressure" })
        AppFixtures.apply(&state, .scrollLines(index), .open)
        try assertSnapshot(render(state, theme: Theme(monochrome: false)), named: "digest-narrowed-\(width)x\(height)")
    }

    @Test func numbersSwitchTopicSearchFindsAndMBookmarks() throws {
        var state = try safetyDigest()
        AppFixtures.apply(&state, .compareTopic(1))
        #expect(try view(state).digest.topic == state.library.topicSet.ids[0])
        AppFixtures.apply(&state, .compareTopic(2))
        AppFixtures.apply(&state, .startSearch)
        AppFixtures.type(&state, "hyperthermia")
        AppFixtures.apply(&state, .edit(.submit))
        #expect(state.message == "found 'hyperthermia'")
        let selected = try items(state)[try view(state).selection]
        guard case .passage(let entry, _) = selected else { Issue.record("search did not land on a passage"); return }
        #expect(state.library.articles[try view(state).entries[entry].article].stem == "mdma-pain-relief")
        let effects = AppFixtures.apply(&state, .bookmark)
        guard case .saveBookmark(let draft)? = effects.first else { Issue.record("m saved nothing: \(effects)"); return }
        #expect(draft.path.hasSuffix("mdma-pain-relief.txt") && draft.section == "Potential Side Effects")
    }

    /// Walking every item down and back up: the selected item is always on screen (its ▌ mark drawn).
    @Test func theSelectionStaysOnScreen() throws {
        var state = try safetyDigest(width: 80, height: 16)
        let count = try items(state).count
        for _ in 0..<(count * 2 + 2) {
            AppFixtures.apply(&state, .scrollLines(1))
            let selection = try view(state).selection
            #expect(render(state, theme: theme).rows.contains { $0.hasPrefix("▌") }, "selection \(selection) off screen")
        }
        #expect(try view(state).selection == count - 1)
        for _ in 0..<count {
            AppFixtures.apply(&state, .scrollLines(-1))
            #expect(render(state, theme: theme).rows.contains { $0.hasPrefix("▌") })
        }
        #expect(try view(state).top == Position())
    }

    @Test func theMapHeaderOpensTheDigest() throws {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .showMap, .top, .mapMove(1), .open)
        #expect(try view(state).digest.topic == state.library.topicSet.ids[1])
    }

    @Test func screenAt80x24() throws {
        let state = try safetyDigest()
        try assertSnapshot(render(state, theme: theme), named: "digest-80x24")
    }

    struct Failure: Error {
        var what: String
    }
}
