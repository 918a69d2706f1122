import TractApp
import TractCore

/// Performs the reducer's store effects against the database and answers with actions, so the
/// reader shows "bookmarked" only once the write has committed.
public struct EffectRunner {
    /// Holds the database once it is open (the reader opens it after its first frame).
    public final class StoreBox: @unchecked Sendable {
        public var store: TractStore?
        /// Why there is no database, when opening it failed.
        public var unavailable: String?

        public init(store: TractStore? = nil, unavailable: String? = nil) {
            self.store = store
            self.unavailable = unavailable
        }
    }

    public let box: StoreBox
    private var store: TractStore? { box.store }
    private var unavailable: String? { box.unavailable }
    private let search: LazySearchIndex?

    /// `indexDirectory` and the library (with absolute paths) enable library search; the index is
    /// brought up to date on the first query, not at start-up.
    public init(store: TractStore?, unavailable: String? = nil, indexDirectory: String? = nil,
                library: Library? = nil, absolutePaths: [String] = []) {
        self.init(box: StoreBox(store: store, unavailable: unavailable), indexDirectory: indexDirectory, library: library,
                  absolutePaths: absolutePaths)
    }

    public init(box: StoreBox, indexDirectory: String? = nil, library: Library? = nil, absolutePaths: [String] = []) {
        self.box = box
        search = indexDirectory.flatMap { directory in
            library.map { LazySearchIndex(directory: directory, library: $0, absolutePaths: absolutePaths) }
        }
    }

    /// Carries out `effect`; returns the actions that report its outcome.
    public func perform(_ effect: Effect) -> [Action] {
        if case .searchLibrary(let query, let topic) = effect {
            guard let search else { return [.storeFailed("library search is unavailable")] }
            do {
                return [.libraryResults(query: query, topic: topic, hits: try search.index().search(query, topic: topic))]
            } catch {
                return [.storeFailed("search failed: \(error)")]
            }
        }
        guard let store else {
            if case .savePosition = effect { return [] }
            return [.storeFailed("bookmarks are unavailable: \(unavailable ?? "no database")")]
        }
        do {
            switch effect {
            case .quit:
                return []
            case .saveBookmark(let draft):
                return [.bookmarkSaved(try store.add(draft))]
            case .deleteBookmark(let id):
                try store.remove(id: id)
                return [.bookmarksChanged(try store.bookmarks(), message: "deleted — u undoes")]
            case .restoreBookmark(let bookmark):
                try store.restore(bookmark)
                return [.bookmarksChanged(try store.bookmarks(), message: "restored")]
            case .updateNote(let id, let note):
                try store.updateNote(id: id, note: note)
                return [.bookmarksChanged(try store.bookmarks(), message: "note saved")]
            case .reattachBookmark(let id, let passage):
                try store.reattach(id: id, to: passage)
                return [.bookmarksChanged(try store.bookmarks(), message: "re-attached")]
            case .savePosition(let path, let position):
                try store.savePosition(path: path, block: position.block, row: position.row)
                return []
            case .searchLibrary:
                return []
            }
        } catch {
            return [.storeFailed("\(error)")]
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

    func index() throws -> SearchIndex {
        if let opened { return opened }
        let index = try SearchIndex(directory: directory)
        // Articles already parsed whole are indexed from memory; stand-ins are read from disk.
        let complete = zip(absolutePaths, library.articles).filter { $0.1.isComplete }
        let byPath = Dictionary(complete, uniquingKeysWith: { first, _ in first })
        let loader = LibraryLoader()
        let classifier = TopicClassifier(topicSet: library.topicSet)
        try index.update(paths: absolutePaths) { path, vocabulary in
            try byPath[path] ?? loader.loadArticle(path: path, classifier: classifier, vocabulary: vocabulary)
        }
        opened = index
        return index
    }
}
