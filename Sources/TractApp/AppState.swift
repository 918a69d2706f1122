import ScreenKit
import TractCore

/// Everything the reader shows, as plain data: the reducer changes it, the view draws it.
public struct AppState: Equatable, Sendable {
    /// What the keyboard is doing beyond moving around.
    public enum Mode: Equatable, Sendable {
        case normal
        case searchInput(String)
        case help
        /// Typing a bookmark note: for a new bookmark (saved on Enter), or to edit one.
        case noteInput(String, NotePurpose)
    }

    /// What the note being typed is for.
    public enum NotePurpose: Equatable, Sendable {
        case new(Bookmark)
        case edit(Int64)
    }

    /// Which topics are highlighted in the article text (the gutter always shows topic marks).
    public enum TopicHighlight: Equatable, Sendable {
        case off, all
        case only(String)
    }

    public var library: Library
    public var size: Size
    public var focus: Pane = .library
    public var mode: Mode = .normal
    /// The open article, if any, and where it is read from.
    public var document: ReadingDocument?
    public var openIndex: Int?
    public var position = Position()
    /// Reading positions of articles opened earlier in this session, by path.
    public var positions: [String: Position] = [:]
    /// Where `''` (or ctrl-o) returns to: an article index and a position.
    public var jumpBack: JumpTarget?
    /// A saved place beyond the end of the open stand-in, taken up when the whole article arrives.
    public var deferredPlace: DeferredPlace?
    public var librarySelection = 0
    public var outlineSelection = 0
    public var search: SearchState?
    public var highlight: TopicHighlight = .off
    /// A one-line message for the status line (hit counts, errors, hints).
    public var message: String?
    /// First line of the help overlay shown (it scrolls on small terminals).
    public var helpScroll = 0
    /// True after a first `'`, waiting for the second.
    public var pendingQuote = false
    public var keyMap: KeyMap
    public var view: View = .reading
    /// Absolute path of each library article (bookmarks and saved positions name articles by it).
    public var absolutePaths: [String]
    /// The passage cursor: a paragraph block of the open article, and where a `v` selection started.
    public var cursor: Int?
    public var selectionStart: Int?
    /// All bookmarks, newest first, each located in the current text of its article.
    public var bookmarks: [BookmarkItem] = []
    /// While articles are still being read in the background: how many of how many are done.
    public var loading: LoadProgress?
    /// Effects gathered while reducing one action; `reduce` hands them to the run loop.
    var pendingEffects: [Effect] = []
    public var running = true

    public init(library: Library, size: Size, keyMap: KeyMap = .defaults, absolutePaths: [String]? = nil) {
        self.library = library
        self.size = size
        self.keyMap = keyMap
        self.absolutePaths = absolutePaths ?? library.articles.map(\.path)
    }

    /// Text rows and columns of the article pane.
    public var articleText: Size { PaneLayout.articleText(size: size, articleCount: library.articles.count) }

    /// The section at the top of the article pane.
    public var currentSection: Int? { document?.section(at: position) }
}

/// A bookmark with its article in the library (if there) and where it is in that article's text now.
public struct BookmarkItem: Equatable, Sendable {
    public var bookmark: Bookmark
    public var article: Int?
    public var anchor: Anchor?

    public var isOrphan: Bool { anchor == .orphan || anchor == nil }
}

/// How many of the articles being read in the background are done.
public struct LoadProgress: Equatable, Sendable {
    public var done: Int
    public var total: Int

    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }
}

/// A reading place the open stand-in is too short for: the reader shows `shown` (its last row) and
/// goes on to `target` when the whole article replaces it, unless it has moved meanwhile.
public struct DeferredPlace: Equatable, Sendable {
    public var target: Position
    public var shown: Position
}

/// A place to return to.
public struct JumpTarget: Equatable, Sendable {
    public var article: Int
    public var position: Position
}
