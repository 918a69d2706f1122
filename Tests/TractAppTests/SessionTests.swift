import TractTestSupport
import Foundation
import ScreenKit
import Testing
@testable import TractApp
import TractRuntime
import TractView

/// Scripted sessions through the real run loop on a MemoryTerminal.
@Suite struct SessionTests {
    private func keys(_ names: String...) -> [InputEvent] {
        names.compactMap { Key(name: $0) }.map { .key($0) }
    }

    @Test func openJumpSearchResizeQuit() throws {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        terminal.send(keys("enter", "]", "]", "]"))
        terminal.send(keys("/"))
        terminal.type("serotonin")
        terminal.send(keys("enter"))
        terminal.send([.resize(Size(width: 60, height: 20))])
        terminal.send([.resize(Size(width: 100, height: 30))])
        let loop = ReaderLoop(state: AppState(library: AppFixtures.library, size: terminal.size), terminal: terminal,
                              theme: Theme(monochrome: false))
        let afterJumps = terminal.screens.count
        _ = afterJumps
        let state = loop.run()
        let screens = terminal.screens.map { $0.rows.joined(separator: "\n") }
        #expect(screens.contains { $0.contains("› Safety Profile And Side Effects") })
        #expect(screens.contains { $0.contains("/serotonin") })
        #expect(screens.contains { $0.contains("for 'serotonin'") })
        let narrow = try #require(terminal.screens.first { $0.width == 60 })
        #expect(narrow.height == 20)
        #expect(terminal.lastScreen?.width == 100)
        #expect(state.reading.document?.article.stem == "mdma-depression-treatment")
        #expect(state.reading.search?.hits.isEmpty == false)
    }

    @Test func keysTypedAheadAreTakenBeforeTheNextFrame() throws {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        terminal.send(keys("enter", "/"))
        terminal.type("serotonin")
        terminal.send(keys("enter"))
        terminal.queuedIsTypedAhead = true  // as if pasted: eleven keys waiting when the first frame is out
        let state = ReaderLoop(state: AppState(library: AppFixtures.library, size: terminal.size), terminal: terminal,
                               theme: Theme(monochrome: false)).run()
        #expect(terminal.screens.count == 2)  // the first frame, then one for all the keys
        #expect(terminal.lastScreen?.rows.last?.contains("for 'serotonin'") == true)
        #expect(state.reading.search?.hits.isEmpty == false)
    }

    @Test func quitKeyEndsTheLoop() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.character("q")), .key(.character("j"))])
        let state = ReaderLoop(state: AppState(library: AppFixtures.library, size: terminal.size), terminal: terminal,
                               theme: Theme(monochrome: false)).run()
        #expect(!state.running)
        #expect(state.reading.library.selection == 0)  // the key after q was never read
    }

    @Test func bookmarkIsStoredBeforeTheReaderSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tract-session-\(UUID().uuidString)").path
        let store = try TractStore(directory: folder)
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        terminal.send(keys("enter", "]", "]", "]", "}", "m"))
        terminal.type("dry mouth")
        terminal.send(keys("enter", "q"))
        let state = ReaderLoop(state: AppState(library: AppFixtures.library, size: terminal.size), terminal: terminal,
                               theme: Theme(monochrome: false), effects: EffectRunner(store: store)).run()
        let saved = try store.bookmarks()
        #expect(saved.count == 1)
        #expect(saved.first?.note == "dry mouth" && saved.first?.line == 16)
        #expect(state.bookmarks.first?.bookmark.id == saved.first?.id)
        #expect(terminal.screens.contains { $0.rows.last?.contains("bookmarked with note") == true })
        #expect(try store.positions().count == 1)  // q saved the reading position
    }

    @Test func theStoreOpensAfterTheFirstFrameAndItsAnswersArrive() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tract-session-\(UUID().uuidString)").path
        let seeded = try TractStore(directory: folder)
        let path = AppFixtures.library.articles[0].path
        try seeded.savePosition(path: path, block: 9, row: 1)
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30), events: [.key(.enter), .key(.character("q"))])
        var opened = 0
        let runner = EffectRunner(openStore: { opened += 1; return try TractStore(directory: folder) })
        let state = ReaderLoop(state: AppState(library: AppFixtures.library, size: terminal.size), terminal: terminal,
                               theme: Theme(monochrome: false), effects: runner).run()
        #expect(opened == 1)
        #expect(terminal.screens.count >= 2)  // the first frame went out before the store was asked for
        #expect(state.reading.position == Position(block: 9, row: 1))  // Enter opened the article at its saved place
    }
}
