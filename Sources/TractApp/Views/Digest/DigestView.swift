import ScreenKit
import TractCore

/// The digest: the whole library on one topic, article after article, each folded to its first
/// passage until unfolded; the points several articles state above, each narrowing the digest to the
/// passages that state it. The cursor moves over points, article titles and passages.
public struct DigestView: Equatable, Sendable {
    public internal(set) var digest: Digest
    /// The point the digest is narrowed to (index into `digest.shared`), if any.
    public internal(set) var point: Int?
    /// The entries shown: all, or those with a passage stating `point`.
    public internal(set) var entries: [Digest.Entry]
    /// Library indices of the articles shown with all their passages.
    public internal(set) var unfolded: Set<Int> = []
    /// The selected item, and the first row shown (a block and a row in it).
    public internal(set) var selection = 0
    public internal(set) var top = Position()
    /// The `/` prompt while it is open, and the last search.
    public internal(set) var search: LineEditor?
    public internal(set) var query: String?

    public init(topic: String, library: Library) {
        digest = Digest(library: library, topic: topic)
        entries = digest.entries
    }

    public var keyContexts: [KeyContext] { search == nil ? [.digest, .views, .global] : [.prompt] }

    /// Rows for the digest's text: below its title row and above the status line.
    public static func height(_ size: Size) -> Int { max(size.height - 2, 1) }
    /// The width text is laid out at: a margin each side, and no wider than the reader's text.
    public static func width(_ context: ViewContext) -> Int { max(min(context.size.width - 2, context.settings.maxWidth), 10) }

    /// The digest's blocks, nothing wrapped (see `DigestLayout`).
    public func blocks(_ context: ViewContext) -> [DigestBlock] {
        DigestLayout.blocks(self, points: max(3, context.size.height / 6))
    }

    /// What the cursor moves over, in order.
    public func items(_ context: ViewContext) -> [DigestItem] {
        blocks(context).compactMap(\.item)
    }

    /// The rows of one block at the view's width.
    public func rows(of block: DigestBlock, context: ViewContext) -> [DigestLine] {
        DigestLayout.rows(of: block, self, library: context.library, width: Self.width(context),
                          open: context.keyMap.keyLabel(for: .open, in: keyContexts))
    }

    /// `count` rows from the top, with the block each comes from.
    public func visibleRows(_ blocks: [DigestBlock], count: Int, context: ViewContext) -> [(DigestLine, Int)] {
        RowMath.rows(from: top, count: count, blocks: blocks.count) { rows(of: blocks[$0], context: context) }
    }

    /// The top position that shows the digest's last rows.
    public func endPosition(_ blocks: [DigestBlock], context: ViewContext) -> Position {
        RowMath.end(height: Self.height(context.size), blocks: blocks.count) { rows(of: blocks[$0], context: context).count }
    }

    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        if let editor = search { return edit(action, editor, context: context) }
        switch action {
        case .compareTopic(let number): return switchTopic(number, context: context)
        case .startSearch: search = LineEditor(); return []
        case .searchNext: return find(query, from: selection + 1, context: context)
        case .back, .showDigest: return point == nil ? [.navigate(.close)] : widen(context: context)
        default: break
        }
        let blocks = self.blocks(context)
        let items = blocks.compactMap(\.item)
        let height = Self.height(context.size)
        switch action {
        case .scrollLines(let count): select(selection + count, blocks, context: context)
        case .scrollPages(let count), .scrollHalfPages(let count):
            let step = action == .scrollPages(count) ? max(height - 1, 1) : max(height / 2, 1)
            let view = self
            let rows = { (block: Int) in view.rows(of: blocks[block], context: context).count }
            top = min(RowMath.moved(top, by: count * step, blocks: blocks.count, rows: rows), endPosition(blocks, context: context))
            if let first = blocks.indices.first(where: { $0 >= top.block && blocks[$0].isItem }) { selection = itemIndex(ofBlock: first, blocks) }
        case .top: select(0, blocks, context: context)
        case .bottom:
            select(items.count - 1, blocks, context: context)
            top = max(top, endPosition(blocks, context: context))
        case .open: return choose(items, context: context)
        case .bookmark: return bookmark(items, context: context)
        default: break
        }
        return []
    }

    /// Selects item `item` and scrolls as little as needed to show it (its start, when it is taller
    /// than the screen); only the blocks between the top and the item are wrapped.
    mutating func select(_ item: Int, _ blocks: [DigestBlock], context: ViewContext) {
        let itemBlocks = blocks.indices.filter { blocks[$0].isItem }
        guard !itemBlocks.isEmpty else { return }
        selection = max(0, min(item, itemBlocks.count - 1))
        let block = itemBlocks[selection]
        let height = Self.height(context.size)
        let view = self  // the rows do not depend on the scroll being changed here
        let rows = { (index: Int) in view.rows(of: blocks[index], context: context).count }
        if selection == 0 || block < top.block || (block == top.block && top.row > 0) {
            top = selection == 0 ? Position() : Position(block: block, row: 0)
            return
        }
        var above = rows(top.block) - top.row  // rows from the top of the screen to the block's start
        var index = top.block + 1
        while index < block && above < height {
            above += rows(index)
            index += 1
        }
        let size = rows(block)
        if above >= height {
            top = RowMath.moved(Position(block: block, row: 0), by: -max(height - size, 0), blocks: blocks.count, rows: rows)
        } else if above + size > height {
            top = RowMath.moved(top, by: min(above + size - height, above), blocks: blocks.count, rows: rows)
        }
    }

    private func itemIndex(ofBlock block: Int, _ blocks: [DigestBlock]) -> Int {
        blocks[..<block].filter(\.isItem).count
    }

    /// Enter or Space: narrow to a point (again: widen), fold or unfold an article, open a passage.
    private mutating func choose(_ items: [DigestItem], context: ViewContext) -> [Command] {
        guard items.indices.contains(selection) else { return [] }
        switch items[selection] {
        case .point(let index):
            narrow(to: point == index ? nil : index, context: context)
            let widen = context.keyMap.keyLabel(for: .back, in: [.global])  // Esc: q reads as "close"
            return [.say(point.map { "narrowed to '\(digest.shared[$0].name)': \(entries.count) articles (\(widen) widens)" } ?? "every passage again")]
        case .article(let number):
            let article = entries[number].article
            if unfolded.contains(article) { unfolded.remove(article) } else { unfolded.insert(article) }
        case .passage(let number, let index):
            let entry = entries[number]
            let passage = entry.passages[index]
            let place = ArticlePlace(passage: passage)
            return [.navigate(.openReturning(article: entry.article, at: place))]
        }
        return []
    }

    private mutating func widen(context: ViewContext) -> [Command] {
        narrow(to: nil, context: context)
        return []
    }

    /// Narrows to point `index` (nil: every passage again); the cursor stays on the point it was on.
    private mutating func narrow(to index: Int?, context: ViewContext) {
        let onPoint = index ?? point
        point = index
        entries = index.map { digest.narrowed(to: digest.shared[$0], in: context.library) } ?? digest.entries
        top = Position()
        selection = onPoint.flatMap { items(context).firstIndex(of: .point($0)) } ?? 0
    }

    /// 1–9: the digest on another topic of the set.
    private mutating func switchTopic(_ number: Int, context: ViewContext) -> [Command] {
        let ids = context.library.topicSet.ids
        guard ids.indices.contains(number - 1) else { return [.say("there are \(ids.count) topics")] }
        self = DigestView(topic: ids[number - 1], library: context.library)
        return []
    }

    private mutating func bookmark(_ items: [DigestItem], context: ViewContext) -> [Command] {
        guard items.indices.contains(selection), case .passage(let number, let index) = items[selection] else {
            return [.say("move to a passage to bookmark it")]
        }
        let entry = entries[number]
        let passage = entry.passages[index]
        guard let draft = Bookmark.draft(passage: passage, in: context.library.articles[entry.article],
                                         absolutePath: context.absolutePaths[entry.article]) else { return [] }
        return [.run(.saveBookmark(draft))]
    }
}

extension DigestView {
    /// Typing into the `/` prompt: Enter finds the first item after the cursor holding the text.
    private mutating func edit(_ action: Action, _ current: LineEditor, context: ViewContext) -> [Command] {
        guard case .edit(let edit) = action else { return [] }
        var editor = current
        switch editor.apply(edit, history: context.history(.search)) {
        case .editing: search = editor
        case .cancelled: search = nil
        case .submitted(let text):
            search = nil
            guard !text.isEmpty else { return [] }
            query = text
            return find(text, from: selection, context: context) + [.remember(.search, text)]
        }
        return []
    }

    /// Selects the next item (wrapping) whose text holds `text`, any case.
    private mutating func find(_ text: String?, from start: Int, context: ViewContext) -> [Command] {
        guard let text, !text.isEmpty else {
            return [.say(context.keyMap.noSearchYet(in: keyContexts))]
        }
        let blocks = self.blocks(context)
        let items = blocks.filter(\.isItem)
        guard !items.isEmpty else { return [] }
        let needle = text.lowercased()
        for step in 0..<items.count {
            let item = (start + step) % items.count
            if DigestLayout.text(of: items[item], self, library: context.library).lowercased().contains(needle) {
                select(item, blocks, context: context)
                return [.say("found '\(text)'" + (item < start ? ", search wrapped" : ""))]
            }
        }
        return [.say("'\(text)' not found in the digest")]
    }
}

extension DigestBlock {
    /// The item the block shows, if the cursor can select it.
    public var item: DigestItem? { if case .item(let item) = self { item } else { nil } }
    var isItem: Bool { item != nil }
}
