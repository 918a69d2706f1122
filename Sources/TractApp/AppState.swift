import ScreenKit
import TractCore

/// Everything the reader shows, as plain data: what is global here, each view's own state in its model.
public struct AppState: Equatable, Sendable {
    public internal(set) var library: Library
    public internal(set) var size: Size
    public let keyMap: KeyMap
    public let settings: ReaderSettings
    /// Absolute path of each library article (bookmarks and saved positions name articles by it).
    public let absolutePaths: [String]
    /// The reading view, kept while other views are shown.
    public internal(set) var reading = ReadingView()
    public internal(set) var view: View = .reading
    /// The `?` overlay, over whichever view is shown.
    public internal(set) var help: HelpView?
    /// The view an article was opened from (a passage opened in compare): Esc, `''` or ctrl-o in the
    /// reading view go back to it, as long as the reader stays in that article.
    public internal(set) var returnView: ReturnView?
    /// All bookmarks, newest first, each located in the current text of its article.
    public internal(set) var bookmarks: [BookmarkItem] = []
    /// What was typed into each prompt, oldest first (kept in the database across runs).
    public internal(set) var history: [PromptKind: [String]] = [:]
    /// While articles are still being read in the background: how many of how many are done.
    public internal(set) var loading: LoadProgress?
    /// A one-line message for the status line (hit counts, errors, hints).
    public var message: String?
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
                    settings: settings, history: history)
    }

    /// Where keys are looked up now, most specific context first.
    public var keyContexts: [KeyContext] {
        if let help { return help.keyContexts }
        switch view {
        case .reading: return reading.keyContexts
        case .picker(let picker): return picker.keyContexts
        case .compare(let compare): return compare.keyContexts
        case .map(let map): return map.keyContexts
        case .bookmarks(let bookmarks): return bookmarks.keyContexts
        case .librarySearch(let search): return search.keyContexts
        case .digest(let digest): return digest.keyContexts
        case .compareMany(let compare): return compare.keyContexts
        }
    }

    /// True while a prompt takes typed characters.
    public var isTyping: Bool { keyContexts.contains(.prompt) }

    /// Opens library article `index` in the reading view (at start-up, and in tests), where it was last
    /// read; returns the effect that saves the place in the article it replaces, if any.
    @discardableResult
    public mutating func openArticle(_ index: Int) -> [Effect] {
        apply(reading.open(index, at: nil, context: context))
    }
}
