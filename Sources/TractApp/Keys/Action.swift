import ScreenKit

/// What a key press or a click asks the reader to do. Answers from the run loop are `Event`s; each
/// bindable action has a row in `Binding.table` with its keys, help text and group.
public enum Action: Equatable, Sendable {
    case quit
    /// Shows a view over the one on top (a binding row can open any view this way).
    case show(AnyView)
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
    case toggleSidebar
    /// Long lines wrap, or run off the right edge (`less -S`).
    case toggleWrap
    /// With wrapping off: scroll the text sideways by half its width.
    case scrollColumns(Int)
    case jumpBack
    case quotePrefix
    case open
    case mouse(MouseEvent)
    /// Editing the line of whichever prompt is open.
    case edit(LineEdit)
    case startCompare
    /// The digest of the library on a topic.
    case showDigest
    /// Compare: one more article (the richest left on the topic) in a column of its own; one fewer.
    case addColumn, removeColumn
    /// Read the open article again from disk (after it changed there).
    case reload
    case compareTopic(Int)
    case swapSides
    /// Compare and digest: choose the next / previous point.
    case nextPoint, previousPoint
    case toggleLinkedScroll
    case switchSide
    case showMap
    case mapMove(Int)
    case nextParagraph, previousParagraph
    case toggleSelection
    case bookmark
    case followCitation
    /// The library listed by the next order: file name, title, first author, year, last read.
    case sortLibrary
    case showBookmarks
    case editNote, deleteBookmark, undoDelete, reattachBookmark, startFilter
    case startLibrarySearch
    /// Library search narrowed to the next topic (1) or the previous one (-1), and back to none.
    case cycleSearchTopic(Int)
}

/// One edit of a prompt's line.
public enum LineEdit: Equatable, Hashable, Sendable {
    case insert(Character)
    case deleteBackward, deleteForward
    case left, right, home, end
    /// Deletes the word before the cursor (ctrl-w).
    case deleteWord
    /// Deletes everything before the cursor (ctrl-u).
    case deleteToStart
    /// Deletes everything from the cursor on (ctrl-k).
    case deleteToEnd
    /// The previous (older) or next line of the prompt's history.
    case historyPrevious, historyNext
    case submit, cancel
}
