import ScreenKit
import TractCore

/// The compare view: two articles on one topic, their aligned rows, and how each side is scrolled.
public struct CompareView: Equatable, Sendable {
    public internal(set) var left: Int
    public internal(set) var right: Int
    public internal(set) var topic: String
    /// The aligned groups at the current width; rebuilt when the width, topic or sides change.
    public internal(set) var layout: CompareLayout
    /// Top row of each side (group and row in it); equal while scrolling is linked.
    public internal(set) var positions: [Position] = [Position(), Position()]
    public internal(set) var linked = true
    /// The side the keyboard scrolls when unlinked, and whose top passage is the cursor (0 left, 1 right).
    public internal(set) var side = 0

    /// Library articles `left` and `right` compared on `topic`, laid out for the terminal's width.
    public init(left: Int, right: Int, topic: String, context: ViewContext) {
        self.left = left
        self.right = right
        self.topic = topic
        layout = Self.layout(TopicComparison(topic: topic, left: context.library.articles[left],
                                             right: context.library.articles[right]), context: context)
    }

    public var comparison: TopicComparison { layout.comparison }

    public var keyContexts: [KeyContext] { [.compare, .global] }

    /// Columns of text on each side (a gutter column and a separator excluded).
    public static func columnWidth(_ size: Size) -> Int { max((size.width - 1) / 2 - 2, 1) }

    /// Rows of passages visible (title row and status line excluded).
    public static func height(_ size: Size) -> Int { max(size.height - 2, 1) }

    static func layout(_ comparison: TopicComparison, context: ViewContext) -> CompareLayout {
        let width = columnWidth(context.size)
        return CompareLayout(comparison, leftWidth: width, rightWidth: width, topicLabel: context.topicLabel(comparison.topic))
    }

    /// What the status line says on opening: the topic and the keys of this view, from the live key map.
    static func openingMessage(topic: String, context: ViewContext) -> String {
        let chain: [KeyContext] = [.compare, .global]
        let count = context.library.topicSet.ids.count
        let first = context.keyMap.keyName(for: .compareTopic(1), in: chain)
        let last = context.keyMap.keyName(for: .compareTopic(count), in: chain)
        let hints = context.keyMap.hints([.swapSides, .toggleLinkedScroll, .back], in: chain)
        return "comparing on \(context.topicLabel(topic)) · \(first)–\(last) topic · " + hints
    }

    /// `count` rows from the top of `side`.
    public func visibleRows(side: Int, count: Int) -> [(CompareRow, Int)] {
        RowMath.rows(from: positions[side], count: count, blocks: layout.groups.count) { layout.rows(of: $0) }
    }

    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        let height = Self.height(context.size)
        switch action {
        case .scrollLines(let count): scroll(by: count, height: height)
        case .scrollPages(let count): scroll(by: count * max(height - 2, 1), height: height)
        case .scrollHalfPages(let count): scroll(by: count * max(height / 2, 1), height: height)
        case .top: positions = [Position(), Position()]
        case .bottom:
            let end = RowMath.end(height: height, blocks: layout.groups.count) { layout.rows(of: $0).count }
            for side in 0..<2 where linked || side == self.side { positions[side] = end }
        case .compareTopic(let number):
            let ids = context.library.topicSet.ids
            guard ids.indices.contains(number - 1) else { return [.say("there are \(ids.count) topics")] }
            return [.navigate(.compare(left: left, right: right, topic: ids[number - 1]))]
        case .swapSides:
            layout = Self.layout(comparison.swapped, context: context)
            swap(&left, &right)
            positions.reverse()
            return [.say("swapped sides")]
        case .toggleLinkedScroll:
            linked.toggle()
            if linked { positions[1 - side] = positions[side] }
            let key = context.keyMap.keyLabel(for: .switchSide, in: keyContexts)
            return [.say(linked ? "scrolling linked" : "scrolling unlinked: \(key) switches side")]
        case .switchSide, .nextPane, .previousPane: side = 1 - side
        case .back, .startCompare: return [.navigate(.close)]
        default: break
        }
        return []
    }

    /// The same comparison laid out at a new width, the scroll kept inside the new rows.
    mutating func resized(context: ViewContext) {
        layout = Self.layout(comparison, context: context)
        scroll(by: 0, height: Self.height(context.size))
    }

    /// Compared afresh on the library's current texts (a stand-in was replaced by its whole article).
    mutating func redone(context: ViewContext) {
        let library = context.library
        layout = Self.layout(TopicComparison(topic: topic, left: library.articles[left], right: library.articles[right]),
                             context: context)
        scroll(by: 0, height: Self.height(context.size))
    }

    /// Scrolls the cursor side (both when linked), never past the point where the last page is full.
    mutating func scroll(by delta: Int, height: Int) {
        let groups = layout.groups.count
        let end = RowMath.end(height: height, blocks: groups) { layout.rows(of: $0).count }
        for side in 0..<2 where linked || side == self.side {
            var target = RowMath.moved(positions[side], by: delta, blocks: groups) { layout.rows(of: $0).count }
            if delta > 0, target > end { target = max(positions[side], end) }
            positions[side] = target
        }
    }
}
