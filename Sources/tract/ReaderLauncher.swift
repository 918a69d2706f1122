import Foundation
import NcursesTerminal
import ScreenKit
import TractApp
import TractCore
import TractRuntime
import TractView

/// Starts the full-screen reader on a library, or explains in one line why it cannot.
enum ReaderLauncher {
    static func open(_ loaded: ProgressiveLoader.Result, options: LibraryOptions, storeOptions: StoreOptions) throws {
        let library = loaded.library
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch let error as NcursesTerminal.Unavailable {
            throw TractError("\(error.description); for plain output use `tract list`, `tract outline ARTICLE` or `tract show ARTICLE`")
        }
        defer { terminal.stop() }
        let (keyMap, problems) = ConfigLoader.keyMap()
        let paths = library.articles.map { absolutePath($0.path) }
        var state = AppState(library: library, size: terminal.size, keyMap: keyMap, absolutePaths: paths)
        state.message = problems.first.map { $0 + (problems.count > 1 ? " (+\(problems.count - 1) more)" : "") }
        let box = EffectRunner.StoreBox()
        let runner = EffectRunner(box: box, indexDirectory: TractStore.directory(override: storeOptions.dataDir),
                                  library: library, absolutePaths: paths)
        if library.articles.count == 1 {
            state.openArticle(0)
            state.focus = .article
        }
        let monochrome = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        var background: BackgroundParser?
        if !loaded.pending.isEmpty {
            // The open article first, so its outline and topics fill in soonest.
            let pending = loaded.pending.sorted { ($0.index == state.openIndex ? 0 : 1, $0.index) < ($1.index == state.openIndex ? 0 : 1, $1.index) }
            background = BackgroundParser(pending: pending, loader: LibraryLoader(topicsFile: options.topics), topicSet: library.topicSet)
            state.loading = LoadProgress(done: 0, total: pending.count)
        }
        ReaderLoop(state: state, terminal: terminal, theme: Theme(monochrome: monochrome || !terminal.hasColors),
                   effects: runner, background: background, afterFirstFrame: { openStore(storeOptions, into: box) }).run()
    }

    /// Opens the database after the first frame and reports its bookmarks and saved positions. The
    /// reader still runs without it, saying why bookmarks are unavailable.
    private static func openStore(_ options: StoreOptions, into box: EffectRunner.StoreBox) -> [Action] {
        do {
            let store = try options.open()
            box.store = store
            let positions = try store.positions().mapValues { Position(block: $0.block, row: $0.row) }
            return [.storeOpened(bookmarks: try store.bookmarks(), positions: positions,
                                 notice: store.setAsideNotice ?? store.readOnlyReason)]
        } catch {
            box.unavailable = "\(error)"
            return [.storeFailed("bookmarks unavailable: \(error)")]
        }
    }
}
