import Foundation
import ScreenKit
import Testing
import TractApp
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
        #expect(state.document?.article.stem == "mdma-depression-treatment")
        #expect(state.search?.hits.isEmpty == false)
    }

    @Test func quitKeyEndsTheLoop() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.character("q")), .key(.character("j"))])
        let state = ReaderLoop(state: AppState(library: AppFixtures.library, size: terminal.size), terminal: terminal,
                               theme: Theme(monochrome: false)).run()
        #expect(!state.running)
        #expect(state.librarySelection == 0)  // the key after q was never read
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
}
