import ScreenKit

/// Where each pane goes at a terminal size. Wide terminals show the library and outline in a sidebar
/// beside the article (unless it is hidden); narrow ones show only the focused pane.
public struct PaneLayout: Equatable, Sendable {
    /// Below this size the reader shows a one-line "terminal too small" message instead.
    public static let minimum = Size(width: 20, height: 6)
    /// From this width on, the sidebar is shown beside the article.
    public static let sidebarWidthThreshold = 70
    /// The sidebar takes two sevenths of the width (22 columns of 80, 34 of 120), within these bounds.
    public static let sidebarWidths = 20...40
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
    public init(size: Size, focus: Pane, articleCount: Int, sidebar: Bool = true) {
        status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        tooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        guard !tooSmall else { return }
        let body = size.height - 1
        if sidebar && size.width >= Self.sidebarWidthThreshold {
            let side = min(max(size.width * 2 / 7, Self.sidebarWidths.lowerBound), Self.sidebarWidths.upperBound)
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

    /// Text rows and columns of the article pane at `size` (title row and gutter excluded), at most
    /// `maxWidth` columns wide.
    public static func articleText(size: Size, articleCount: Int, sidebar: Bool = true, maxWidth: Int = .max) -> Size {
        let layout = PaneLayout(size: size, focus: .article, articleCount: articleCount, sidebar: sidebar)
        guard let rect = layout.article else { return Size(width: 1, height: 1) }
        return Size(width: min(max(rect.width - gutter - 1, 1), maxWidth), height: max(rect.height - 1, 1))
    }
}

/// The panes that can have the keyboard focus.
public enum Pane: String, Equatable, Sendable, CaseIterable {
    case library, outline, article
}
