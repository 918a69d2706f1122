import ScreenKit
import TractCore

/// Everything the reader shows, as plain data: what is global here, the views on their stack.
public struct AppState: Equatable, Sendable {
    public internal(set) var library: Library
    public internal(set) var size: Size
    public let keyMap: KeyMap
    public let settings: ReaderSettings
    /// Absolute path of each library article (bookmarks and saved positions name articles by it).
    public let absolutePaths: [String]
    /// The views on screen, the reading view at the bottom.
    public internal(set) var stack = ViewStack()
    /// All bookmarks, newest first, each located in the current text of its article.
    public internal(set) var bookmarks: [BookmarkItem] = []
    /// A slice of placing while idle placed none of the unplaced bookmarks (each costs more than a
    /// slice): idle work stops until articles change, rather than spinning.
    var placingStalled = false
    /// What was typed into each prompt, oldest first (kept in the database across runs).
    public internal(set) var history: [PromptKind: [String]] = [:]
    /// While articles are still being read in the background: how many of how many are done.
    public internal(set) var loading: LoadProgress?
    /// A one-line message for the status line (hit counts, errors, hints).
    public var message: String?
    /// Why an article could not be read, by library index (it stays listed, its reason shown when opened).
    public internal(set) var unreadable: [Int: String] = [:]
    public internal(set) var running = true

    public init(library: Library, size: Size, keyMap: KeyMap = .defaults, settings: ReaderSettings = ReaderSettings(),
                absolutePaths: [String]? = nil, loading: LoadProgress? = nil) {
        self.library = library
        self.size = size
        self.keyMap = keyMap
        self.settings = settings
        self.absolutePaths = absolutePaths ?? library.articles.map(\.path)
        self.loading = loading
    }

    /// What every view reads but does not own.
    public var context: ViewContext {
        ViewContext(library: library, size: size, absolutePaths: absolutePaths, bookmarks: bookmarks, keyMap: keyMap,
                    settings: settings, history: history, unreadable: unreadable)
    }

    /// The reading view (kept while other views are shown over it).
    public internal(set) var reading: ReadingView {
        get { stack.reader }
        set { stack.reader = newValue }
    }

    /// The view on top, if it is a `type`.
    public func shown<V: View>(_ type: V.Type) -> V? { stack.shown(type) }

    /// Where keys are looked up now, most specific context first.
    public var keyContexts: [KeyContext] { stack.keyContexts }

    /// True while a prompt takes typed characters.
    public var isTyping: Bool { keyContexts.contains(.prompt) }

    /// The status line's loading part: articles still being read, or the open one's topics on their way.
    public var loadingText: String? {
        guard let loading, !loading.quiet else { return nil }
        return reading.document?.article.topicsPending == true ? "finding topics…" : "reading \(loading.done)/\(loading.total)…"
    }

    /// Opens library article `index` in the reading view (at start-up, and in tests), where it was last
    /// read; returns the effect that saves the place in the article it replaces, if any.
    @discardableResult
    public mutating func openArticle(_ index: Int) -> [Effect] {
        let context = self.context
        return apply(stack.reader.open(index, at: nil, context: context))
    }
}
