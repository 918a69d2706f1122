import ScreenKit
import TractCore

/// The reading view: the library and outline lists, the open article, where it is read, the passage
/// cursor, the in-article search and the prompt typed at the bottom.
public struct ReadingView: Equatable, Sendable {
    /// A prompt on the status line.
    public enum Prompt: Equatable, Sendable {
        case search(SearchPrompt)
        /// The note for a new bookmark on the passage at the cursor.
        case note(NotePrompt)
    }

    /// Which topics are highlighted in the article text (the gutter always shows topic marks).
    public enum TopicHighlight: Equatable, Sendable {
        case off, all
        case only(String)
    }

    public var focus: Pane = .library
    /// False once the sidebar (library and outline beside the article) is hidden.
    public internal(set) var showsSidebar = true
    /// The open article, if any.
    public internal(set) var document: ReadingDocument?
    public internal(set) var openIndex: Int?
    public internal(set) var library = ListState()
    /// Which article each library row shows (`o` sorts).
    public internal(set) var order = LibraryOrder()
    public internal(set) var outline = ListState()
    public internal(set) var search: SearchState?
    public internal(set) var prompt: Prompt?
    public internal(set) var highlight: TopicHighlight = .off
    /// Where the open article is read from, and how its lines are laid out.
    public internal(set) var scroll = ArticleScroll()
    public internal(set) var passage = PassageCursor()
    public internal(set) var jumps = JumpList()
    public internal(set) var file = FileWatch()
    /// The entries `F` went to from one paragraph, while the reader is on one of them.
    public internal(set) var citationTrail: CitationTrail?

    public init() {}

    /// The section at the top of the article pane.
    public var currentSection: Int? { document?.section(at: position) }

    /// Key contexts, most specific first: the prompt's alone while one is open, else the focused pane's.
    public var keyContexts: [KeyContext] {
        if prompt != nil { return [.prompt] }
        switch focus {
        case .library: return [.library, .global]
        case .outline: return [.outline, .global]
        case .article: return [.article, .global]
        }
    }

    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        if action != .quotePrefix { jumps.pendingQuote = false }
        if let prompt { return reducePrompt(action, prompt, context: context) }
        if let commands = reduceMoving(action, context: context) { return commands }
        return reduceReading(action, context: context)
    }

    /// Actions that move: panes, lists, the reading position, jumps.
    private mutating func reduceMoving(_ action: Action, context: ViewContext) -> [Command]? {
        switch action {
        case .nextPane: focus = cycledPane(by: 1)
        case .previousPane: focus = cycledPane(by: -1)
        case .back: goBack(size: context.size)
        case .scrollLines(let count): move(by: count, unit: 1, context: context)
        case .scrollPages(let count): move(by: count, unit: pageSize(context), context: context)
        case .scrollHalfPages(let count): move(by: count, unit: max(pageSize(context) / 2, 1), context: context)
        case .top: goToEdge(end: false, context: context)
        case .bottom: goToEdge(end: true, context: context)
        case .nextSection: return jumpSection(by: 1, context: context)
        case .previousSection: return jumpSection(by: -1, context: context)
        case .open: return activate(context: context)
        case .jumpBack: return returnToJumpTarget(context: context)
        case .quotePrefix:
            return jumps.quote() ? returnToJumpTarget(context: context) : []
        case .mouse(let event): return handleMouse(event, context: context)
        default: return nil
        }
        return []
    }

    /// Everything else the reading view does: search, topics, passages, and opening other views.
    private mutating func reduceReading(_ action: Action, context: ViewContext) -> [Command] {
        switch action {
        case .startSearch:
            guard document != nil else { return [.say("open an article to search it")] }
            prompt = .search(SearchPrompt(origin: position, previous: search))
        case .searchNext: return stepSearch(by: 1, context: context)
        case .searchPrevious: return stepSearch(by: -1, context: context)
        case .cycleTopicHighlight: return cycleHighlight(context.library.topicSet)
        case .toggleSidebar: return toggleSidebar(context: context)
        case .toggleWrap: return toggleWrap(context: context)
        case .scrollColumns(let count): return scrollColumns(by: count, context: context)
        case .nextParagraph: moveCursor(by: 1, context: context)
        case .previousParagraph: moveCursor(by: -1, context: context)
        case .toggleSelection: return toggleSelection(context: context)
        case .bookmark: return startBookmark(context: context)
        case .followCitation: return followCitation(context: context)
        case .sortLibrary: return sortLibrary(context: context)
        case .startCompare: return startCompare(context: context)
        case .reload:
            guard let openIndex else { return [.say("open an article to reload it")] }
            return [.run(.reloadArticle(index: openIndex, path: context.library.articles[openIndex].path))]
        case .showMap: return [.navigate(.show(AnyView(MapView(library: context.library))))]
        case .showDigest: return [.navigate(.show(AnyView(DigestView(topic: digestTopic(context), library: context.library))))]
        case .showBookmarks: return [.navigate(.show(AnyView(BookmarksView())))]
        case .startLibrarySearch: return [.navigate(.show(AnyView(LibrarySearchView(last: context.history(.librarySearch).last))))]
        default: break
        }
        return []
    }

    /// Typing into the search or note prompt.
    private mutating func reducePrompt(_ action: Action, _ prompt: Prompt, context: ViewContext) -> [Command] {
        guard case .edit(let edit) = action else { return [] }
        switch prompt {
        case .search(let search):
            return editSearch(edit, search, context: context)
        case .note(var note):
            let commands = note.apply(edit, history: context.history(.note))
            self.prompt = note.isOpen ? .note(note) : nil
            if edit == .submit { passage.selectionStart = nil }
            return commands
        }
    }

    /// Rows and columns the article is laid out at: the text area, or lines as long as their
    /// paragraphs while wrapping is off.
    public func textSize(_ context: ViewContext) -> Size {
        let visible = visibleTextSize(context)
        return wraps ? visible : Size(width: Self.unwrappedWidth, height: visible.height)
    }

    /// Text rows and columns of the article pane.
    public func visibleTextSize(_ context: ViewContext) -> Size {
        PaneLayout.articleText(size: context.size, articleCount: context.library.articles.count, sidebar: showsSidebar,
                               maxWidth: context.settings.maxWidth)
    }

    /// The width lines are laid out at with wrapping off: wide enough for any paragraph on one row.
    static let unwrappedWidth = 1_000_000

    /// Where the panes are now.
    public func layout(_ context: ViewContext) -> PaneLayout {
        PaneLayout(size: context.size, focus: focus, articleCount: context.library.articles.count, sidebar: showsSidebar)
    }

    /// Rows a page moves: the article's text height less two rows of context, or the list's height.
    private func pageSize(_ context: ViewContext) -> Int {
        switch focus {
        case .article: return max(textSize(context).height - 2, 1)
        case .library, .outline: return max(context.size.height - 3, 1)
        }
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
