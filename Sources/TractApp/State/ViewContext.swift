import ScreenKit
import TractCore

/// What every view reads but does not own: the library, the terminal size, the bookmarks and the keys.
public struct ViewContext: Sendable {
    public let library: Library
    public let size: Size
    /// Absolute path of each library article (bookmarks and saved positions name articles by it).
    public let absolutePaths: [String]
    public let bookmarks: [BookmarkItem]
    public let keyMap: KeyMap
    public let settings: ReaderSettings
    /// Each prompt's history, oldest first.
    public let history: [PromptKind: [String]]
    /// Why an article could not be read, by library index, worded as the command line words it.
    public var unreadable: [Int: String] = [:]

    /// The history of one kind of prompt.
    public func history(_ kind: PromptKind) -> [String] {
        history[kind] ?? []
    }

    /// A topic's label in lower case, for messages ("safety", "future research").
    public func topicLabel(_ id: String) -> String {
        library.topicSet.topic(id)?.label.lowercased() ?? id
    }
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
    /// Not shown: the articles' stand-ins already look as the articles will (from their summaries).
    public var quiet: Bool

    public init(done: Int, total: Int, quiet: Bool = false) {
        self.done = done
        self.total = total
        self.quiet = quiet
    }
}
