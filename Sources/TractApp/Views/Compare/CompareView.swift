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
    /// The note being typed for a bookmark on the cursor's passage (`m`), and that bookmark.
    public internal(set) var note: NotePrompt?
    /// The point chosen with `p` (index into the comparison's points): its passages are marked and
    /// `n` / `N` move through them.
    public internal(set) var chosenPoint: Int?
    /// What a worker was asked to find the points from (huge articles), so its answer is taken only here.
    public internal(set) var pointsRequest: PointInputs?

    /// Library articles `left` and `right` compared on `topic`, laid out for the terminal's width.
    public init(left: Int, right: Int, topic: String, context: ViewContext) {
        self.left = left
        self.right = right
        self.topic = topic
        layout = Self.layout(TopicComparison(topic: topic, left: context.library.articles[left],
                                             right: context.library.articles[right]), context: context)
    }

    public var comparison: TopicComparison { layout.comparison }

    public var keyContexts: [KeyContext] { note != nil ? [.prompt] : [.compare, .views, .global] }

    /// Columns of text on each side (a gutter column and a separator excluded).
    public static func columnWidth(_ size: Size) -> Int { max((size.width - 1) / 2 - 2, 1) }

    /// Rows of passages visible (title row, points strip and status line excluded).
    public static func height(_ size: Size) -> Int { max(size.height - 3, 1) }

    static func layout(_ comparison: TopicComparison, context: ViewContext) -> CompareLayout {
        let width = columnWidth(context.size)
        return CompareLayout(comparison, leftWidth: width, rightWidth: width, topicLabel: context.topicLabel(comparison.topic))
    }

    /// What the status line says on opening: the topic and the keys of this view, from the live key map.
    static func openingMessage(topic: String, context: ViewContext) -> String {
        let chain: [KeyContext] = [.compare, .global]
        let topics = context.keyMap.topicHint(count: context.library.topicSet.ids.count, in: chain)
        let hints = context.keyMap.hints([.swapSides, .toggleLinkedScroll, .nextPoint, .back], in: chain)
        return "comparing on \(context.topicLabel(topic)) · " + [topics, hints].compactMap { $0 }.joined(separator: " · ")
    }

    /// `count` rows from the top of `side`.
    public func visibleRows(side: Int, count: Int) -> [(CompareRow, Int)] {
        RowMath.rows(from: positions[side], count: count, blocks: layout.groups.count) { layout.rows(of: $0) }
    }

    /// The passage at the top of the cursor side: where Enter opens and `m` bookmarks.
    public func cursorPassage(height: Int) -> Int? {
        let sideData = side == 0 ? comparison.left : comparison.right
        guard !sideData.passages.isEmpty else { return nil }
        for (row, _) in visibleRows(side: side, count: height) {
            let cell = side == 0 ? row.left : row.right
            if let passage = cell.passage, cell.kind == .context || cell.kind == .text { return passage }
        }
        return nil
    }

    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        if let note { return editNote(action, note, context: context) }
        let height = Self.height(context.size)
        switch action {
        case .open: return openCursorPassage(height: height)
        case .bookmark: return startBookmark(height: height, context: context)
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
            positions = [Position(), Position()]
            chosenPoint = nil
            pointsRequest = nil  // asked again with the sides the other way round
            return [.say("swapped sides")]
        case .toggleLinkedScroll:
            linked.toggle()
            if linked { positions[1 - side] = positions[side] }
            let key = context.keyMap.keyLabel(for: .switchSide, in: keyContexts)
            return [.say(linked ? "scrolling linked" : "scrolling unlinked: \(key) switches side")]
        case .switchSide, .nextPane, .previousPane: side = 1 - side
        case .nextPoint, .previousPoint:
            return choosePoint(forward: action == .nextPoint, height: height, context: context)
        case .searchNext, .searchPrevious: return moveToPoint(forward: action == .searchNext, height: height, context: context)
        case .addColumn: return MultiCompareView.adding(to: [left, right], topic: topic, context: context)
        case .removeColumn: return [.say("compare needs two articles")]
        case .back, .startCompare: return [.navigate(.close)]
        default: break
        }
        return []
    }

    /// Enter: the cursor's passage in its article, at its first paragraph; Esc comes back here.
    private func openCursorPassage(height: Int) -> [Command] {
        guard let index = cursorPassage(height: height) else { return [.say("no passage here to open")] }
        let passage = (side == 0 ? comparison.left : comparison.right).passages[index]
        let place = ArticlePlace(passage: passage)
        return [.navigate(.openReturning(article: side == 0 ? left : right, at: place))]
    }

    /// `m`: asks for a note for a bookmark on the cursor's passage (all its paragraphs).
    private mutating func startBookmark(height: Int, context: ViewContext) -> [Command] {
        let sideData = side == 0 ? comparison.left : comparison.right
        guard let index = cursorPassage(height: height) else { return [.say("no passage here to bookmark")] }
        let passage = sideData.passages[index]
        let article = side == 0 ? left : right
        guard let draft = Bookmark.draft(passage: passage, in: sideData.article, absolutePath: context.absolutePaths[article]) else {
            return [.say("this passage has no paragraph to bookmark")]
        }
        note = NotePrompt(draft: draft)
        return []
    }

    private mutating func editNote(_ action: Action, _ current: NotePrompt, context: ViewContext) -> [Command] {
        guard case .edit(let edit) = action else { return [] }
        var prompt = current
        let commands = prompt.apply(edit, history: context.history(.note))
        note = prompt.isOpen ? prompt : nil
        return commands
    }


    /// Compared afresh on the library's current texts (a stand-in was replaced by its whole article).
    mutating func redone(context: ViewContext) {
        let library = context.library
        layout = Self.layout(TopicComparison(topic: topic, left: library.articles[left], right: library.articles[right]),
                             context: context)
        pointsRequest = nil
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
