import TractApp
import TractCore

/// Performs the reducer's store effects against the database and answers with actions, so the
/// reader shows "bookmarked" only once the write has committed.
public struct EffectRunner {
    /// The database, or nil when it could not be opened (then `unavailable` says why).
    public var store: TractStore?
    public var unavailable: String?

    public init(store: TractStore?, unavailable: String? = nil) {
        self.store = store
        self.unavailable = unavailable
    }

    /// Carries out `effect`; returns the actions that report its outcome.
    public func perform(_ effect: Effect) -> [Action] {
        guard let store else {
            if case .savePosition = effect { return [] }
            return [.storeFailed("bookmarks are unavailable: \(unavailable ?? "no database")")]
        }
        do {
            switch effect {
            case .quit:
                return []
            case .saveBookmark(let draft):
                return [.bookmarkSaved(try store.add(draft))]
            case .deleteBookmark(let id):
                try store.remove(id: id)
                return [.bookmarksChanged(try store.bookmarks(), message: "deleted — u undoes")]
            case .restoreBookmark(let bookmark):
                try store.restore(bookmark)
                return [.bookmarksChanged(try store.bookmarks(), message: "restored")]
            case .updateNote(let id, let note):
                try store.updateNote(id: id, note: note)
                return [.bookmarksChanged(try store.bookmarks(), message: "note saved")]
            case .reattachBookmark(let id, let passage):
                try store.reattach(id: id, to: passage)
                return [.bookmarksChanged(try store.bookmarks(), message: "re-attached")]
            case .savePosition(let path, let position):
                try store.savePosition(path: path, block: position.block, row: position.row)
                return []
            }
        } catch {
            return [.storeFailed("\(error)")]
        }
    }
}
