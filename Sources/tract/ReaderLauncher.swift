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
        var notices = problems
        let runner = openStore(storeOptions, into: &state, paths: paths, notices: &notices)
        state.message = notices.first.map { $0 + (notices.count > 1 ? " (+\(notices.count - 1) more)" : "") }
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
            state.loading = (0, pending.count)
        }
        ReaderLoop(state: state, terminal: terminal, theme: Theme(monochrome: monochrome || !terminal.hasColors),
                   effects: runner, background: background).run()
    }

    /// Opens the database and loads bookmarks and saved reading positions into the state. The reader
    /// still runs without it, saying why bookmarks are unavailable.
    private static func openStore(_ options: StoreOptions, into state: inout AppState, paths: [String],
                                  notices: inout [String]) -> EffectRunner {
        do {
            let store = try options.open()
            if let notice = store.setAsideNotice ?? store.readOnlyReason { notices.insert(notice, at: 0) }
            state.setBookmarks(try store.bookmarks())
            let saved = try store.positions()
            for (index, path) in paths.enumerated() {
                if let position = saved[path] {
                    state.positions[state.library.articles[index].path] = Position(block: position.block, row: position.row)
                }
            }
            return EffectRunner(store: store, indexDirectory: TractStore.directory(override: options.dataDir),
                                library: state.library, absolutePaths: paths)
        } catch {
            notices.insert("bookmarks unavailable: \(error)", at: 0)
            return EffectRunner(store: nil, unavailable: "\(error)", indexDirectory: TractStore.directory(override: options.dataDir),
                                library: state.library, absolutePaths: paths)
        }
    }
}
