import Foundation
import NcursesTerminal
import ScreenKit
import TractApp
import TractCore
import TractRuntime
import TractView

/// Starts the full-screen reader on a library, or explains in one line why it cannot.
enum ReaderLauncher {
    static func open(library: Library, options: LibraryOptions) throws {
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch let error as NcursesTerminal.Unavailable {
            throw TractError("\(error.description); for plain output use `tract list`, `tract outline ARTICLE` or `tract show ARTICLE`")
        }
        defer { terminal.stop() }
        let (keyMap, problems) = ConfigLoader.keyMap()
        var state = AppState(library: library, size: terminal.size, keyMap: keyMap)
        state.message = problems.first.map { $0 + (problems.count > 1 ? " (+\(problems.count - 1) more)" : "") }
        if library.articles.count == 1 {
            state.openArticle(0)
            state.focus = .article
        }
        let monochrome = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        ReaderLoop(state: state, terminal: terminal, theme: Theme(monochrome: monochrome || !terminal.hasColors)).run()
    }
}
