import ScreenKit
import TractCore

/// An article read in the background, for library position `index`.
public struct LoadedArticle: Equatable, Sendable {
    public var index: Int
    public var article: Article

    public init(index: Int, article: Article) {
        self.index = index
        self.article = article
    }
}

/// Something the user asks the reader to do. Bindable actions have a config name and help text.
public enum Action: Equatable, Sendable {
    case quit
    case toggleHelp
    case nextPane, previousPane
    case back
    case scrollLines(Int)
    case scrollPages(Int)
    case scrollHalfPages(Int)
    case top, bottom
    case nextSection, previousSection
    case startSearch
    case searchNext, searchPrevious
    case cycleTopicHighlight
    case jumpBack
    case quotePrefix
    case open
    case resize(Size)
    case mouse(MouseEvent)
    /// Typing into the search prompt.
    case searchEdit(SearchEdit)
    /// Typing into the compare picker's filter.
    case pickerEdit(SearchEdit)
    case startCompare
    case compareTopic(Int)
    case swapSides
    case toggleLinkedScroll
    case switchSide
    case showMap
    case mapMove(Int)
    case nextParagraph, previousParagraph
    case toggleSelection
    case bookmark
    case showBookmarks
    case editNote, deleteBookmark, undoDelete, reattachBookmark, startFilter
    /// Typing into the note prompt.
    case noteEdit(SearchEdit)
    /// The run loop reports the store's answer.
    case bookmarkSaved(Bookmark)
    case bookmarksChanged([Bookmark], message: String)
    case storeFailed(String)
    /// The database is open: its bookmarks, saved reading positions (by absolute path), and any notice.
    case storeOpened(bookmarks: [Bookmark], positions: [String: Position], notice: String?)
    case startLibrarySearch
    case cycleSearchTopic
    /// Whole articles read in the background, replacing their stand-ins; `remaining` are still to come.
    case articlesLoaded([LoadedArticle], remaining: Int, total: Int)
    /// An article the background read could not finish (removed or changed meanwhile): its stand-in stays.
    case articleUnreadable(index: Int, reason: String)
    /// The index's answer for a query.
    case libraryResults(query: String, topic: String?, hits: [SearchHit])

    /// An edit of the search prompt.
    public enum SearchEdit: Equatable, Sendable {
        case insert(Character), deleteBackward, submit, cancel
    }

    /// The actions a key can be bound to, by config name, in help order.
    public static let bindable: [(name: String, action: Action, help: String)] = [
        ("scroll-down", .scrollLines(1), "scroll down a line / next item"),
        ("scroll-up", .scrollLines(-1), "scroll up a line / previous item"),
        ("page-down", .scrollPages(1), "page down"),
        ("page-up", .scrollPages(-1), "page up"),
        ("half-page-down", .scrollHalfPages(1), "half a page down"),
        ("half-page-up", .scrollHalfPages(-1), "half a page up"),
        ("top", .top, "go to the top"),
        ("bottom", .bottom, "go to the end"),
        ("next-section", .nextSection, "next section"),
        ("previous-section", .previousSection, "previous section"),
        ("next-pane", .nextPane, "next pane"),
        ("previous-pane", .previousPane, "previous pane"),
        ("open", .open, "open the article / jump to the section"),
        ("search", .startSearch, "search in the article"),
        ("search-next", .searchNext, "next search hit"),
        ("search-previous", .searchPrevious, "previous search hit"),
        ("topics", .cycleTopicHighlight, "topic highlighting: off, all, one topic at a time"),
        ("compare", .startCompare, "compare this article with another on a topic"),
        ("map", .showMap, "map of articles × topics"),
        ("topic-1", .compareTopic(1), "compare: first topic (2–6 the others)"),
        ("swap", .swapSides, "compare: swap sides"),
        ("link", .toggleLinkedScroll, "compare: link / unlink scrolling"),
        ("switch-side", .switchSide, "compare: scroll the other side"),
        ("map-left", .mapMove(-1), "map: previous topic column"),
        ("map-right", .mapMove(1), "map: next topic column"),
        ("jump-back", .jumpBack, "jump back to the previous place"),
        ("quote-prefix", .quotePrefix, "'' jumps back to the previous place"),
        ("next-paragraph", .nextParagraph, "move the passage cursor to the next paragraph"),
        ("previous-paragraph", .previousParagraph, "move the passage cursor to the previous paragraph"),
        ("select", .toggleSelection, "start / stop selecting paragraphs from the cursor"),
        ("bookmark", .bookmark, "bookmark the paragraph (or selection) at the cursor"),
        ("bookmarks", .showBookmarks, "list bookmarks"),
        ("edit-note", .editNote, "bookmarks: edit the note"),
        ("delete", .deleteBookmark, "bookmarks: delete (u undoes)"),
        ("undo", .undoDelete, "bookmarks: undo the last delete"),
        ("reattach", .reattachBookmark, "bookmarks: re-attach an orphan to the cursor's paragraph"),
        ("filter", .startFilter, "bookmarks: filter by typing"),
        ("library-search", .startLibrarySearch, "search the whole library"),
        ("search-topic", .cycleSearchTopic, "library search: narrow to one topic (cycles)"),
        ("help", .toggleHelp, "show or hide this help"),
        ("back", .back, "back: close help or search, leave the pane"),
        ("quit", .quit, "quit"),
    ]

    /// The action a config name stands for.
    public static func named(_ name: String) -> Action? {
        bindable.first { $0.name == name }?.action
    }

    /// Help text for a bindable action.
    public var help: String? {
        Self.bindable.first { $0.action == self }?.help
    }
}
