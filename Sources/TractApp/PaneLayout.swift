import ScreenKit

/// Where each pane goes at a terminal size. Wide terminals show the library and outline in a sidebar
/// beside the article; narrow ones show only the focused pane.
public struct PaneLayout: Equatable, Sendable {
    /// Below this size the reader shows a one-line "terminal too small" message instead.
    public static let minimum = Size(width: 20, height: 6)
    /// From this width on, the sidebar is shown beside the article.
    public static let sidebarWidthThreshold = 70
    /// Columns before the text in the article pane: a topic mark, a bookmark mark, the passage cursor.
    public static let gutter = 3

    public var library: Rect?
    public var outline: Rect?
    public var article: Rect?
    /// Column of the vertical separator between sidebar and article, when both are shown.
    public var separator: Int?
    public var status: Rect
    public var tooSmall: Bool

    /// The layout for `size` with `focus` (which pane shows alone on narrow terminals).
    public init(size: Size, focus: Pane, articleCount: Int) {
        status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        tooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        guard !tooSmall else { return }
        let body = size.height - 1
        if size.width >= Self.sidebarWidthThreshold {
            let side = min(36, size.width / 3)
            let libraryHeight = min(articleCount + 1, max(body / 2, 2))
            library = Rect(x: 0, y: 0, width: side, height: libraryHeight)
            outline = Rect(x: 0, y: libraryHeight, width: side, height: body - libraryHeight)
            separator = side
            article = Rect(x: side + 1, y: 0, width: size.width - side - 1, height: body)
        } else {
            let full = Rect(x: 0, y: 0, width: size.width, height: body)
            switch focus {
            case .library: library = full
            case .outline: outline = full
            case .article: article = full
            }
        }
    }

    /// Text rows and columns of the article pane at `size` (title row and gutter excluded).
    public static func articleText(size: Size, articleCount: Int) -> Size {
        let layout = PaneLayout(size: size, focus: .article, articleCount: articleCount)
        guard let rect = layout.article else { return Size(width: 1, height: 1) }
        return Size(width: max(rect.width - gutter - 1, 1), height: max(rect.height - 1, 1))
    }
}

/// The panes that can have the keyboard focus.
public enum Pane: String, Equatable, Sendable, CaseIterable {
    case library, outline, article
}
