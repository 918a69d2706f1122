import ScreenKit
import TractApp

/// The "compare with…" picker: a filter line and the matching articles.
struct PickerOverlay {
    let context: RenderContext
    let picker: ComparePicker

    func draw(into screen: inout Screen) {
        let library = context.state.library
        let candidates = picker.candidates(in: library)
        let width = min(screen.width - 2, 60)
        let height = min(screen.height - 2, candidates.count + 4)
        guard width > 10, height > 3 else { return }
        let x = (screen.width - width) / 2
        let y = max((screen.height - 1 - height) / 2, 0)
        screen.fill(Rect(x: x, y: y, width: width, height: height), style: .plain)
        let left = library.articles[picker.left].title
        screen.fill(Rect(x: x, y: y, width: width, height: 1), style: context.theme.focusedPaneTitle)
        screen.put(" Compare \(left) with…", x: x, y: y, style: context.theme.focusedPaneTitle, limit: width)
        screen.put(" filter: " + picker.filter + "▏", x: x, y: y + 1, limit: width)
        if candidates.isEmpty {
            screen.put("  no article matches", x: x, y: y + 3, style: context.theme.dim, limit: width)
        }
        let first = ListWindow.first(selection: picker.selection, count: candidates.count, height: height - 3)
        for row in 0..<min(height - 3, candidates.count - first) {
            let index = first + row
            let style = index == picker.selection ? context.theme.selection : Style.plain
            screen.fill(Rect(x: x, y: y + 3 + row, width: width, height: 1), style: style)
            screen.put("  " + library.articles[candidates[index]].title, x: x, y: y + 3 + row, style: style, limit: width)
        }
    }
}
