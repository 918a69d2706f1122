import TractCore

/// Work the run loop performs for the reducer; data, so reducer tests can check it. Those with an
/// outcome are answered with an `Event`.
public enum Effect: Equatable, Sendable {
    /// Leave the reader and restore the terminal.
    case quit
    /// Open the database; answered with `storeOpened` or `storeFailed`.
    case openStore
    /// Store a new bookmark; answered with `bookmarkSaved` once it has committed.
    case saveBookmark(Bookmark)
    case deleteBookmark(Int64)
    /// Put a deleted bookmark back (undo).
    case restoreBookmark(Bookmark)
    case updateNote(id: Int64, note: String)
    /// Move a bookmark to a new passage, keeping its note.
    case reattachBookmark(id: Int64, to: Bookmark)
    /// Remember where an article (absolute path) was being read.
    case savePosition(path: String, position: Position)
    /// Add a line typed into a prompt to that prompt's history.
    case saveHistory(PromptKind, String)
    /// Read library article `index` again from `path`; answered with `articleReloaded` or `articleUnreadable`.
    case reloadArticle(index: Int, path: String)
    /// Query the library index; answered with `libraryResults`.
    case searchLibrary(query: String, topic: String?)
    /// Find the points of a comparison off the key loop; answered with `pointsFound`.
    case findPoints(PointInputs)
}
