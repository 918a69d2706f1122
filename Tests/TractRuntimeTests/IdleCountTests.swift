import Testing
import ScreenKit
import TractApp
import TractCore
import TractView
@testable import TractRuntime

/// The run loop counts a big article's search hits in idle turns and draws once the count is said,
/// not after every slice.
@Suite struct IdleCountTests {
    /// Scripted input where nil is a turn with no key (the loop then does idle work).
    final class TurnTerminal: Terminal {
        let size = Size(width: 100, height: 30)
        private(set) var screens: [Screen] = []
        private var turns: [InputEvent?]

        init(_ turns: [InputEvent?]) { self.turns = turns }

        func draw(_ screen: Screen) { screens.append(screen) }
        func nextEvent(timeoutMilliseconds: Int) -> InputEvent? { turns.isEmpty ? nil : turns.removeFirst() }
        func typedAhead() -> InputEvent? { nil }
        var shouldStop: Bool { turns.isEmpty }
    }

    /// ~5 MB of text with 2,000 hits: more than two idle turns count.
    private func bigLibrary() -> Library {
        let filler = String(repeating: "Plain words about nothing much at all. ", count: 60)
        var text = "Big\n\n"
        for _ in 0..<2_000 { text += filler + "Serotonin is named here.\n\n" }
        let article = ArticleParser.parse(bytes: Array(text.utf8), path: "big.txt", format: .text,
                                          classifier: TopicClassifier(topicSet: .builtIn))
        return Library(root: nil, articles: [article], topicSet: .builtIn)
    }

    @Test func theCountIsDrawnOnceItIsSaid() {
        let keys: [InputEvent?] = [.key(.character("/"))] + "serotonin".map { .key(.character($0)) } + [.key(.enter)]
        let terminal = TurnTerminal(keys + Array(repeating: nil, count: 5) + [.key(.character("q"))])
        var state = AppState(library: bigLibrary(), size: terminal.size)
        state.openArticle(0)
        // No time to count before a frame: the hit is drawn first.
        let end = ReaderLoop(state: state, terminal: terminal, theme: Theme(monochrome: true), countBeforeDrawing: 0).run()
        #expect(end.reading.search?.pending == nil)
        let statuses = terminal.screens.compactMap { $0.rows.last }
        #expect(statuses.contains { $0.contains("first hit for 'serotonin', counting…") })
        #expect(statuses.last?.contains("/2000 for 'serotonin'") == true)
        // One frame for the hit, one for the count: the idle turns with nothing to show drew nothing.
        let afterEnter = statuses.drop { !$0.contains("counting…") }
        #expect(afterEnter.count == 2)
    }

    /// A count that ends in the time a frame may wait is drawn with the hit, in Enter's one frame.
    @Test func aCountThatEndsSoonIsDrawnWithTheHit() {
        let keys: [InputEvent?] = [.key(.character("/"))] + "serotonin".map { .key(.character($0)) } + [.key(.enter)]
        let terminal = TurnTerminal(keys + [nil, .key(.character("q"))])
        var state = AppState(library: bigLibrary(), size: terminal.size)
        state.openArticle(0)
        let end = ReaderLoop(state: state, terminal: terminal, theme: Theme(monochrome: true), countBeforeDrawing: 60_000_000_000).run()
        #expect(end.reading.search?.pending == nil)
        let statuses = terminal.screens.compactMap { $0.rows.last }
        #expect(!statuses.contains { $0.contains("counting…") })
        #expect(statuses.filter { $0.contains("/2000 for 'serotonin'") }.count == 1)
    }
}
