import ScreenKit
import Testing
import TractCore
@testable import TractApp
import TractTestSupport
import TractView

/// Points in compare: the strip, the marks on both sides, `p` / `P` choosing a point and `n` / `N`
/// moving through the passages that state it, in two-, three- and four-way compare.
@Suite struct ComparePointsTests {
    let color = Theme(monochrome: false)
    let mono = Theme(monochrome: true)

    /// Depression compared with pain relief on `topic`, from the map at `width` × `height`.
    private func comparing(width: Int, height: Int, topic: Int = 2) -> AppState {
        var state = AppFixtures.state(width: width, height: height)
        AppFixtures.apply(&state, .showMap, .top, .mapMove(1), .startCompare, .compareTopic(topic))
        return state
    }

    private func compare(_ state: AppState) throws -> CompareView {
        guard let compare = state.shown(CompareView.self) else { throw Failure() }
        return compare
    }

    struct Failure: Error {}

    @Test func theStripSaysWhatBothAndEachAloneState() throws {
        let state = comparing(width: 200, height: 50)
        let view = try compare(state)
        let screen = render(state, theme: color)
        let shared = view.comparison.points.filter(\.isShared)
        #expect(!shared.isEmpty)
        #expect(screen.rows[1].contains("both \(shared.count): " + shared[0].name))
        #expect(screen.rows[1].contains("◀ only "))
        #expect(screen.rows[1].contains("only ▶ "))
    }

    @Test func aSharedPointIsMarkedAlikeOnBothSidesAndAOneSidedOneOtherwise() throws {
        let state = comparing(width: 200, height: 50)
        let screen = render(state, theme: color)
        let underlined = screen.rows.indices.flatMap { y in (0..<screen.width).filter { screen[$0, y].style == color.sharedPoint } }
        #expect(!underlined.isEmpty)
        let half = CompareView.columnWidth(state.size) + 2
        let styles = (2..<(screen.height - 1)).flatMap { y in (0..<screen.width).map { (x: $0, style: screen[$0, y].style) } }
        #expect(styles.contains { $0.x < half && $0.style == color.sharedPoint } && styles.contains { $0.x > half && $0.style == color.sharedPoint })
        #expect(styles.contains { $0.style == color.ownPoint })
    }

    @Test func pChoosesAPointAndNMovesThroughItsPassages() throws {
        var state = comparing(width: 120, height: 35)
        let before = try compare(state)
        AppFixtures.apply(&state, .searchNext)
        #expect(state.message == "no point chosen: p chooses one")
        AppFixtures.apply(&state, .nextPoint)
        var view = try compare(state)
        #expect(view.chosenPoint == 0)
        let groups = view.groupsStating(0)
        #expect(!groups.isEmpty && view.positions[0].block == groups[0])
        let screen = render(state, theme: color)
        #expect(screen.rows[1].contains("‹\(view.comparison.points[0].name)›"))
        #expect((0..<screen.width).contains { x in (2..<screen.height).contains { screen[x, $0].style == color.chosenPoint } })
        // n goes round the groups stating the point and says when it starts again.
        for _ in groups.dropFirst() { AppFixtures.apply(&state, .searchNext) }
        AppFixtures.apply(&state, .searchNext)
        view = try compare(state)
        #expect(view.positions[0].block == groups[0] || view.positions[0].block < groups.last!)
        // P from the first point wraps to the last; the strip goes back to the lists when topics change.
        AppFixtures.apply(&state, .previousPoint)
        let last = try compare(state).chosenPoint
        #expect(last == before.comparison.points.count - 1)
        AppFixtures.apply(&state, .compareTopic(1))
        let reset = try compare(state).chosenPoint
        #expect(reset == nil)
    }

    @Test(arguments: [(80, 24), (120, 35), (200, 50)])
    func twoWayWithAChosenPoint(width: Int, height: Int) throws {
        var state = comparing(width: width, height: height)
        AppFixtures.apply(&state, .nextPoint)
        try assertSnapshot(render(state, theme: color), named: "compare-point-\(width)x\(height)")
    }

    @Test func monochromeStillTellsSharedOwnAndChosenApart() throws {
        var state = comparing(width: 120, height: 35)
        AppFixtures.apply(&state, .nextPoint)
        #expect(Set([mono.sharedPoint, mono.ownPoint, mono.chosenPoint]).count == 3)
        #expect([mono.sharedPoint, mono.ownPoint, mono.chosenPoint].allSatisfy { $0.foreground == .default && $0.background == .default })
        try assertSnapshot(render(state, theme: mono), named: "compare-point-mono-120x35")
    }

    @Test(arguments: [3, 4])
    func multiWayAt200x50ShowsSharedPointsAndMovesThroughThem(columns: Int) throws {
        var state = comparing(width: 200, height: 50, topic: 1)
        for _ in 2..<columns { AppFixtures.apply(&state, .addColumn) }
        guard let many = state.shown(MultiCompareView.self), many.articles.count == columns else {
            Issue.record("no \(columns)-way compare: \(state.message ?? "")"); return
        }
        #expect(many.layout.points.contains { $0.isShared })
        #expect(many.layout.points.allSatisfy { $0.quotes.count == columns && $0.passages.count == columns })
        let screen = render(state, theme: color)
        #expect(screen.rows[1].contains("shared "))
        try assertSnapshot(screen, named: "compare-\(columns)-points-200x50")
        AppFixtures.apply(&state, .nextPoint, .searchNext)
        guard let moved = state.shown(MultiCompareView.self) else { Issue.record("left compare"); return }
        #expect(moved.chosenPoint == 0)
        let stating = PointNavigation.groups(stating: moved.layout.points[0], in: moved.layout.groups)
        #expect(stating.contains(moved.position.block))
    }

    /// Two articles whose safety sections hold more text than is read at once: compare draws first,
    /// says it is finding points, asks a worker for them once, and takes the answer.
    @Test func longArticlesHaveTheirPointsFoundByAWorker() throws {
        func long(_ name: String, _ effect: String) -> Article {
            let section = (1...40).map { number in
                "## Adverse effects \(number)\n\nIn trial \(number) patients reported nausea, \(effect) and serotonin syndrome "
                    + "after the dose was raised; the reports were collected over many weeks of careful follow-up. "
                    + String(repeating: "Those reports describe nausea and \(effect) again in other words. ", count: 8)
            }
            let text = "# \(name)\n\n" + section.joined(separator: "\n\n") + "\n"
            return ArticleParser.parse(bytes: Array(text.utf8), path: name + ".md", format: .markdown, classifier: Fixtures.classifier)
        }
        let library = Library(root: nil, articles: [long("Alphazine", "tinnitus"), long("Betazol", "hiccups")], topicSet: .builtIn)
        var state = AppState(library: library, size: Size(width: 120, height: 35))
        state.openArticle(0)
        AppFixtures.apply(&state, .startCompare)
        let effects = AppFixtures.apply(&state, .edit(.submit))
        var view = try compare(state)
        #expect(view.topic == "safety" && view.pointsPending)
        #expect(render(state, theme: color).rows[1].contains("finding points…"))
        guard case .findPoints(let inputs)? = effects.last else { Issue.record("no request for points: \(effects)"); return }
        #expect(AppFixtures.apply(&state, .scrollLines(1)).isEmpty)  // asked once
        // An answer for another comparison is not taken; this one's is.
        AppFixtures.deliver(&state, .pointsFound(PointInputs(sides: [[], []], subjects: [], topic: "safety"), []))
        #expect(try compare(state).pointsPending)
        AppFixtures.deliver(&state, .pointsFound(inputs, inputs.find()))
        view = try compare(state)
        #expect(!view.pointsPending)
        #expect(view.comparison.points.contains { $0.isShared && $0.name == "serotonin syndrome" })
        #expect(view.comparison.points.contains { $0.sides == [0] && $0.name == "tinnitus" })
        #expect(render(state, theme: color).rows[1].contains("both "))
    }
}
