import ScreenKit
import TractCore

/// Everything the reader shows, as plain data: the reducer changes it, the view draws it.
public struct AppState: Equatable, Sendable {
    /// What the keyboard is doing beyond moving around.
    public enum Mode: Equatable, Sendable {
        case normal
        case searchInput(String)
        case help
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
    public var librarySelection = 0
    public var outlineSelection = 0
    public var search: SearchState?
    public var highlight: TopicHighlight = .off
    /// A one-line message for the status line (hit counts, errors, hints).
    public var message: String?
    /// True after a first `'`, waiting for the second.
    public var pendingQuote = false
    public var keyMap: KeyMap
    public var view: View = .reading
    public var running = true

    public init(library: Library, size: Size, keyMap: KeyMap = .defaults) {
        self.library = library
        self.size = size
        self.keyMap = keyMap
    }

    /// Text rows and columns of the article pane.
    public var articleText: Size { PaneLayout.articleText(size: size, articleCount: library.articles.count) }

    /// The section at the top of the article pane.
    public var currentSection: Int? { document?.section(at: position) }
}

/// A place to return to.
public struct JumpTarget: Equatable, Sendable {
    public var article: Int
    public var position: Position
}
