import ScreenKit
import TractApp

/// The rows of a list that fit in a rectangle, scrolled as its `ListState` says: every list of the
/// reader (library, outline, picker, bookmarks, search results, map) draws its items through this.
struct ListWidget {
    let list: ListState
    let count: Int
    /// Screen rows per item (bookmarks and search hits take three).
    var rowHeight = 1

    /// Calls `drawItem` for each visible item with its index, its first screen row and whether it is selected.
    func draw(in rect: Rect, _ drawItem: (_ index: Int, _ y: Int, _ selected: Bool) -> Void) {
        let height = max(rect.height / max(rowHeight, 1), 1)
        for (slot, index) in list.visible(count: count, height: height).enumerated() {
            let y = rect.y + slot * rowHeight
            guard y < rect.y + rect.height else { return }
            drawItem(index, y, index == list.selection)
        }
    }
}
