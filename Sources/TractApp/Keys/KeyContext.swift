/// Where a key is pressed. Each view looks keys up through a chain of these, most specific first.
public enum KeyContext: String, Equatable, Hashable, Sendable, CaseIterable {
    /// Bindings every view falls back to.
    case global
    /// The reading view's panes.
    case library, outline, article
    case compare, map, bookmarks, help, digest
    /// Every full-screen view but the reader itself (compare, map, bookmarks, help): `q` closes them.
    case views
    /// The library search view (beyond its prompt and list).
    case search
    /// A list with a filter or query line above it: the compare picker, library search, a bookmarks filter.
    case choice
    /// Any one-line prompt; characters not bound here are typed.
    case prompt
}

/// A part of the key table, for the help overlay.
public enum BindingGroup: String, Equatable, Sendable, CaseIterable {
    case moving = "Moving"
    case reading = "Reading"
    case passages = "Passages and bookmarks"
    case compare = "Compare"
    case map = "Map"
    case digest = "Digest"
    case bookmarks = "Bookmarks view"
    case library = "Library search"
    case prompt = "Prompts"
    case general = "General"
}
