import Foundation
import NcursesTerminal
import ScreenKit
import TractApp
import TractCore
import TractRuntime
import TractView

/// Starts the full-screen reader on a library, or explains in one line why it cannot.
enum ReaderLauncher {
    /// `opening`: the file to open first (one named alone, opened inside its library).
    static func open(_ loaded: ProgressiveLoader.Result, opening: String? = nil, topicsFile: String?, dataDir: String?,
                     width: Int?) throws {
        let library = loaded.library
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch let error as NcursesTerminal.Unavailable {
            throw TractError("\(error.description); for plain output use `tract list`, `tract outline ARTICLE` or `tract show ARTICLE`")
        }
        defer { terminal.stop() }
        let dataFolder = TractStore.directory(override: dataDir)
        try? FileManager.default.createDirectory(atPath: dataFolder, withIntermediateDirectories: true)
        let crashLog = (dataFolder as NSString).appendingPathComponent("crash.log")
        SignalTrap.reportCrashes(to: crashLog, shown: Sanitizer.clean(crashLog))
        var (keyMap, settings, problems) = ConfigLoader.load()
        if let width { settings.maxWidth = width }
        let paths = absolutePaths(library.articles.map(\.path))
        // The open article is read first, so its outline and topics fill in soonest.
        let named = opening.map { absolutePaths([$0])[0] }.flatMap { paths.firstIndex(of: $0) }
        let open: Int? = named ?? (library.articles.count == 1 ? 0 : nil)
        let pending = loaded.pending.sorted { ($0.index == open ? 0 : 1, $0.index) < ($1.index == open ? 0 : 1, $1.index) }
        var state = AppState(library: library, size: terminal.size, keyMap: keyMap, settings: settings, absolutePaths: paths,
                             loading: pending.isEmpty ? nil : LoadProgress(done: 0, total: pending.count, quiet: loaded.fromSummaries))
        state.message = problems.first.map { $0 + (problems.count > 1 ? " (+\(problems.count - 1) more)" : "") }
        if let open { state.openArticle(open) }
        let runner = EffectRunner(openStore: { try TractStore(directory: dataFolder) }, indexDirectory: dataFolder,
                                  library: library, absolutePaths: paths, reload: { [topicSet = library.topicSet] path in
                                      try LibraryLoader(topicsFile: topicsFile).loadArticle(path: path, classifier: TopicClassifier(topicSet: topicSet))
                                  })
        let background = pending.isEmpty ? nil
            : BackgroundParser(pending: pending, loader: LibraryLoader(topicsFile: topicsFile), topicSet: library.topicSet)
        let monochrome = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let ended = ReaderLoop(state: state, terminal: terminal, theme: Theme(monochrome: monochrome || !terminal.hasColors),
                               effects: runner, background: background).run()
        // After the session, not before its first frame: what the next run opens from.
        loaded.saveSummaries(of: ended.library, stamps: background?.readStamps ?? [:])
    }
}
