import ScreenKit
import TractCore

/// What the run loop reports back: the terminal's new size, the first frame being up, the store's and
/// the background reader's answers, the search index's results.
public enum Event: Equatable, Sendable {
    case resize(Size)
    /// The first frame is on screen: start-up work it did not need can begin.
    case started
    /// A new bookmark has been committed.
    case bookmarkSaved(Bookmark)
    /// All bookmarks after a change to one of them.
    case bookmarksChanged([Bookmark], change: BookmarkChange)
    case storeFailed(String)
    /// The database is open, with what it holds.
    case storeOpened(StoreContents)
    /// Whole articles read in the background, replacing their stand-ins; `remaining` are still to come.
    case articlesLoaded([LoadedArticle], remaining: Int, total: Int)
    /// An article the background read could not finish (removed or changed meanwhile): its stand-in stays.
    case articleUnreadable(index: Int, reason: String)
    /// The open article's file changed on disk (or is gone) since it was read.
    case articleChanged(index: Int, gone: Bool)
    /// An article read again from disk.
    case articleReloaded(index: Int, article: Article)
    /// The search index is being brought up to date before it can answer: articles read so far.
    case libraryIndexing(LoadProgress)
    /// The index's answer for a query.
    case libraryResults(query: String, topic: String?, hits: [SearchHit])
    /// No input is waiting and `AppState.hasIdleWork`: a slice of work deferred past the last frame.
    case idle
    /// The points of the comparison made from these inputs, found off the key loop.
    case pointsFound(PointInputs, [Point])
    /// Raised by the app state itself, not the run loop: the bookmarks were located again (after a
    /// change to them or to their articles), for the views that list them.
    case bookmarksLocated
}

/// What the database holds that the reader starts from.
public struct StoreContents: Equatable, Sendable {
    public var bookmarks: [Bookmark]
    /// Saved reading positions, by absolute path.
    public var positions: [String: Position]
    /// The article read last (absolute path), reopened at start when the settings say so.
    public var lastRead: String?
    /// Each prompt's history, oldest first.
    public var history: [PromptKind: [String]]
    /// Why the database was set aside or opened read-only, if it was.
    public var notice: String?
    /// When each article was last opened: absolute path to a count that grows with each opening.
    public var readOrder: [String: Int]

    public init(bookmarks: [Bookmark] = [], positions: [String: Position] = [:], lastRead: String? = nil,
                history: [PromptKind: [String]] = [:], notice: String? = nil, readOrder: [String: Int] = [:]) {
        self.readOrder = readOrder
        self.bookmarks = bookmarks
        self.positions = positions
        self.lastRead = lastRead
        self.history = history
        self.notice = notice
    }
}

/// An article read in the background, for library position `index`.
public struct LoadedArticle: Equatable, Sendable {
    public var index: Int
    public var article: Article

    public init(index: Int, article: Article) {
        self.index = index
        self.article = article
    }
}

/// What was done to a bookmark in the store.
public enum BookmarkChange: Equatable, Sendable {
    case deleted, restored, noteSaved, reattached
}
