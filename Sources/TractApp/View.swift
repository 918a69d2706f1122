/// Which view fills the screen. The reading view's state lives on in `AppState.reading` while another
/// view is shown; the picker is drawn over it.
public enum View: Equatable, Sendable {
    case reading
    case picker(PickerView)
    case compare(CompareView)
    case map(MapView)
    case bookmarks(BookmarksView)
    case librarySearch(LibrarySearchView)
    case digest(DigestView)
    case compareMany(MultiCompareView)
}

/// A view to go back to from the reading view, and the article it opened.
public struct ReturnView: Equatable, Sendable {
    public var view: View
    public var article: Int
}
