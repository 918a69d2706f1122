import ScreenKit

/// The styles the reader draws with; a monochrome variant for `NO_COLOR` still tells topics apart.
public struct Theme: Equatable, Sendable {
    public var monochrome: Bool

    public init(monochrome: Bool) {
        self.monochrome = monochrome
    }

    public var heading: Style { Style(bold: true) }
    public var title: Style { Style(bold: true, underline: true) }
    public var paneTitle: Style { Style(reverse: true) }
    public var focusedPaneTitle: Style { monochrome ? Style(bold: true, reverse: true) : Style(foreground: .black, background: .cyan, bold: true) }
    public var selection: Style { Style(reverse: true) }
    public var status: Style { Style(reverse: true) }
    public var dim: Style { Style(dim: true) }
    /// Words two paired passages in compare have in common, on both sides.
    public var shared: Style { Style(underline: true) }
    /// A point two articles or more state: the same mark in every column.
    public var sharedPoint: Style { monochrome ? Style(underline: true) : Style(foreground: .green, underline: true) }
    /// A point only this article states.
    public var ownPoint: Style { monochrome ? Style(bold: true) : Style(foreground: .yellow, bold: true) }
    /// The point chosen with `p`, wherever it is stated.
    public var chosenPoint: Style { monochrome ? Style(bold: true, reverse: true) : Style(foreground: .black, background: .green, bold: true) }
    public var searchHit: Style { monochrome ? Style(underline: true, reverse: true) : Style(foreground: .black, background: .yellow) }
    public var bookmark: Style { monochrome ? Style(bold: true) : Style(foreground: .yellow, bold: true) }
    public var cursor: Style { monochrome ? Style(bold: true) : Style(foreground: .cyan, bold: true) }
    public var currentHit: Style { monochrome ? Style(bold: true, reverse: true) : Style(foreground: .black, background: .green, bold: true) }

    /// The style marking a topic: its colour, or in monochrome one of bold / underline / reverse / dim
    /// combinations chosen by the topic's position in the set.
    public func topic(color: String, index: Int) -> Style {
        if !monochrome { return Style(foreground: Color(name: color)) }
        let variants = [Style(bold: true), Style(underline: true), Style(bold: true, underline: true),
                        Style(reverse: true), Style(dim: true), Style(bold: true, reverse: true)]
        return variants[index % variants.count]
    }

    /// The gutter glyph for a topic: colour shows which in colour; in monochrome the glyph itself differs.
    public func topicMark(index: Int) -> String {
        monochrome ? ["▌", "▐", "█", "▞", "▖", "▟"][index % 6] : "▌"
    }
}
