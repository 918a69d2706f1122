import TractCore

/// What a view's reducer asks of the app beyond its own state, in order: work for the run loop, a
/// status-line message, or a move to another view. Returned, never stashed (bubbletea's `Cmd`).
public enum Command: Equatable, Sendable {
    case run(Effect)
    case say(String)
    /// Says the text only while the status line still shows `replacing` (a count finished in idle
    /// turns replaces its own "counting…", not a message a later key brought).
    case sayInstead(of: String?, String)
    case navigate(Navigation)
    /// A line was submitted in a prompt: it goes into that prompt's history.
    case remember(PromptKind, String)
    /// Moves bookmark `id` to the passage at the reading view's cursor, which must be in `article`.
    case reattach(id: Int64, article: Int?)
}

/// A move between views.
public enum Navigation: Equatable, Sendable {
    /// Closes the view on top.
    case close
    /// A view in place of the one on top (pushed over the reader when the reader is on top).
    case show(AnyView)
    /// Library article `article` in the reading view at `place`, with the passage cursor there.
    case open(article: Int, at: ArticlePlace)
    /// As `open`, and Esc (or `''`, ctrl-o) in the reading view comes back to the view it was opened from.
    case openReturning(article: Int, at: ArticlePlace)
    /// The article at absolute `path` (a search hit), with `query`'s words highlighted for n / N.
    case openPath(String, title: String, at: ArticlePlace, query: String)
    case compare(left: Int, right: Int, topic: String)
}

/// A place in an article named by its structure, so views can point into an article before it is open.
public enum ArticlePlace: Equatable, Sendable {
    /// The paragraph with this reading-order ordinal (what bookmarks store).
    case paragraph(ordinal: Int)
    /// A section's heading, or one of its paragraphs.
    case section(Int, paragraph: Int?)

    /// Where a passage starts: a whole section at its heading, a single paragraph at that paragraph.
    public init(passage: Passage) {
        self = .section(passage.section, paragraph: passage.isSection ? nil : passage.paragraphs.lowerBound)
    }
}
