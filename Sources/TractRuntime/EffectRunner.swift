import TractApp
import TractCore

/// Performs the reducer's effects against the database and the search index and answers with
/// events, so the reader shows "bookmarked" only once the write has committed.
public final class EffectRunner {
    private var store: TractStore?
    /// Why there is no database, when opening it failed.
    private var unavailable: String?
    private let openStore: (() throws -> TractStore)?
    private let search: LibrarySearchWorker?
    private let reload: (@Sendable (String) throws -> Article)?
    private let points = PointsWorker()

    /// `openStore` opens the database when the reader asks (`Effect.openStore`, after the first frame).
    /// `indexDirectory` and the library (with absolute paths) enable library search; the index is
    /// brought up to date on the first query, not at start-up.
    public init(store: TractStore? = nil, openStore: (() throws -> TractStore)? = nil, indexDirectory: String? = nil,
                library: Library? = nil, absolutePaths: [String] = [], reload: (@Sendable (String) throws -> Article)? = nil) {
        self.store = store
        self.reload = reload
        self.openStore = openStore
        search = indexDirectory.flatMap { directory in
            library.map { LibrarySearchWorker(index: LazySearchIndex(directory: directory, library: $0, absolutePaths: absolutePaths)) }
        }
    }

    /// True while work runs off the key loop (a library search, the index it needs being built, or a
    /// comparison's points).
    public var isBusy: Bool { (search?.isBusy ?? false) || points.isBusy }

    /// What work off the key loop has reported since the last call.
    public func drain() -> [Event] { (search?.drain() ?? []) + points.drain() }

    /// Carries out `effect`; returns the events that report its outcome.
    public func perform(_ effect: Effect) -> [Event] {
        switch effect {
        case .quit: return []
        case .openStore: return open()
        case .searchLibrary(let query, let topic): return searchLibrary(query, topic: topic)
        case .reloadArticle(let index, let path): return reloadArticle(index, path: path)
        case .findPoints(let inputs):
            points.find(inputs)
            return []
        default: break
        }
        guard let store else {
            switch effect {
            case .savePosition, .saveHistory: return []  // nothing to tell: the reader works on without them
            default: break
            }
            return [.storeFailed("bookmarks are unavailable: \(unavailable ?? "no database")")]
        }
        do {
            return try write(effect, to: store)
        } catch {
            return [.storeFailed("\(error)")]
        }
    }

    /// Opens the database and reports its bookmarks and saved positions. The reader still runs without
    /// it, saying why bookmarks are unavailable.
    private func open() -> [Event] {
        guard store == nil, let openStore else { return [] }
        do {
            let store = try openStore()
            self.store = store
            let positions = try store.positions().mapValues { Position(block: $0.block, row: $0.row) }
            var history: [PromptKind: [String]] = [:]
            for (kind, lines) in try store.history() { if let kind = PromptKind(rawValue: kind) { history[kind] = lines } }
            return [.storeOpened(StoreContents(bookmarks: try store.bookmarks(), positions: positions, lastRead: try store.lastRead(),
                                               history: history, notice: store.setAsideNotice ?? store.readOnlyReason,
                                               readOrder: try store.readOrders()))]
        } catch {
            unavailable = "\(error)"
            return [.storeFailed("bookmarks unavailable: \(error)")]
        }
    }

    private func reloadArticle(_ index: Int, path: String) -> [Event] {
        guard let reload else { return [.storeFailed("reloading is unavailable here")] }
        do {
            return [.articleReloaded(index: index, article: try reload(path))]
        } catch {
            return [.storeFailed("cannot reload: \(error)")]
        }
    }

    /// Answered later, through `drain()`.
    private func searchLibrary(_ query: String, topic: String?) -> [Event] {
        guard let search else { return [.storeFailed("library search is unavailable")] }
        search.ask(query, topic: topic)
        return []
    }

    private func write(_ effect: Effect, to store: TractStore) throws -> [Event] {
        switch effect {
        case .saveBookmark(let draft):
            return [.bookmarkSaved(try store.add(draft))]
        case .deleteBookmark(let id):
            try store.remove(id: id)
            return [.bookmarksChanged(try store.bookmarks(), change: .deleted)]
        case .restoreBookmark(let bookmark):
            try store.restore(bookmark)
            return [.bookmarksChanged(try store.bookmarks(), change: .restored)]
        case .updateNote(let id, let note):
            try store.updateNote(id: id, note: note)
            return [.bookmarksChanged(try store.bookmarks(), change: .noteSaved)]
        case .reattachBookmark(let id, let passage):
            try store.reattach(id: id, to: passage)
            return [.bookmarksChanged(try store.bookmarks(), change: .reattached)]
        case .savePosition(let path, let position):
            try store.savePosition(path: path, block: position.block, row: position.row)
            return []
        case .saveHistory(let kind, let line):
            try store.addHistory(kind: kind.rawValue, entry: line)
            return []
        case .quit, .openStore, .searchLibrary, .reloadArticle, .findPoints:
            return []
        }
    }
}

/// The search index, opened and synchronised with the library on first use.
final class LazySearchIndex: @unchecked Sendable {
    private let directory: String
    private let library: Library
    private let absolutePaths: [String]
    private var opened: SearchIndex?

    init(directory: String, library: Library, absolutePaths: [String]) {
        self.directory = directory
        self.library = library
        self.absolutePaths = absolutePaths
    }

    /// The index, up to date; `progress` hears (read, to read) while it is being brought up to date.
    func index(progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws -> SearchIndex {
        if let opened { return opened }
        // Articles already parsed whole are indexed from memory; stand-ins are read from disk.
        let complete = zip(absolutePaths, library.articles).filter { $0.1.isComplete }
        let byPath = Dictionary(complete, uniquingKeysWith: { first, _ in first })
        let loader = LibraryLoader()
        let classifier = TopicClassifier(topicSet: library.topicSet)
        let index = try SearchIndex.updated(directory: directory, paths: absolutePaths, progress: progress) { path, vocabulary in
            try byPath[path] ?? loader.loadArticle(path: path, classifier: classifier, vocabulary: vocabulary)
        }
        opened = index
        return index
    }
}
