import TractCore

extension ReadingView {
    /// Paragraph blocks with at least one row on screen, top to bottom.
    func visibleParagraphBlocks(context: ViewContext) -> [Int] {
        guard let document else { return [] }
        let text = textSize(context)
        var seen: [Int] = []
        for (line, block) in document.rows(from: position, count: text.height, width: text.width)
        where line.kind != .blank && document.blocks[block].paragraph != nil && seen.last != block {
            seen.append(block)
        }
        return seen
    }

    /// After the view moved: keeps the cursor on screen, on the first visible paragraph if it left.
    mutating func keepCursorVisible(context: ViewContext) {
        passage.keepVisible(visibleParagraphBlocks(context: context))
    }

    /// `}` / `{`: the cursor to the next or previous paragraph, scrolling to keep it in view.
    mutating func moveCursor(by step: Int, context: ViewContext) {
        guard let document else { return }
        keepCursorVisible(context: context)
        guard let block = passage.step(by: step, in: document) else { return }
        guard !visibleParagraphBlocks(context: context).contains(block) || isCutOffBelow(block, context: context) else { return }
        let text = textSize(context)
        position = step > 0
            ? document.moved(Position(block: block, row: 1), by: -(text.height / 3), width: text.width)
            : ArticleScroll.top(ofBlock: block)
        followSection(context: context)
    }

    /// True when the block's last row is below the bottom of the article pane.
    private func isCutOffBelow(_ block: Int, context: ViewContext) -> Bool {
        guard let document else { return false }
        let text = textSize(context)
        let rows = document.rows(from: position, count: text.height, width: text.width)
        return rows.last?.block == block && block + 1 < document.blocks.count
    }

    mutating func toggleSelection(context: ViewContext) -> [Command] {
        guard document != nil else { return [] }
        keepCursorVisible(context: context)
        guard passage.toggleSelection() else { return [.say("selection cleared")] }
        let chain = keyContexts
        let key = { (action: Action) in context.keyMap.keyName(for: action, in: chain) }
        return [.say("selecting: \(key(.previousParagraph)) \(key(.nextParagraph)) extend, "
                     + "\(key(.bookmark)) bookmarks the selection, \(key(.toggleSelection)) cancels")]
    }

    /// The ordinals the cursor (or selection) covers.
    var cursorOrdinals: ClosedRange<Int>? {
        document.flatMap { passage.ordinals(in: $0) }
    }

    /// A bookmark (without its note yet) on the passage at the cursor of the open article.
    func draftAtCursor(context: ViewContext) -> Bookmark? {
        guard let document, let openIndex, let range = cursorOrdinals else { return nil }
        return Bookmark.draft(article: document.article, absolutePath: context.absolutePaths[openIndex],
                              ordinal: range.lowerBound, count: range.count)
    }

    /// `m`: asks for a note for a bookmark on the cursor's paragraph (or the selection).
    mutating func startBookmark(context: ViewContext) -> [Command] {
        guard document != nil, openIndex != nil else { return [.say("open an article to bookmark a passage")] }
        keepCursorVisible(context: context)
        guard let draft = draftAtCursor(context: context) else { return [] }
        prompt = .note(NotePrompt(draft: draft))
        return []
    }

    /// Blocks of the open article covered by bookmarks, for gutter marks.
    public func bookmarkedBlocks(_ bookmarks: [BookmarkItem]) -> Set<Int> {
        guard let document, let openIndex else { return [] }
        var blocks = Set<Int>()
        for item in bookmarks where item.article == openIndex {
            guard case .anchored(let ordinal, _, _) = item.anchor else { continue }
            for index in ordinal..<min(ordinal + max(item.bookmark.paragraphCount, 1), document.paragraphBlocks.count) {
                blocks.formUnion(document.blocks(ofOrdinal: index))
            }
        }
        return blocks
    }

    /// `c`: pick the article to compare the open one with.
    mutating func startCompare(context: ViewContext) -> [Command] {
        guard let openIndex else {
            let key = context.keyMap.keyName(for: .startCompare, in: keyContexts)
            return [.say("open an article first, then press \(key) to compare it")]
        }
        guard context.library.articles.count > 1 else { return [.say("compare needs a second article in the library")] }
        return [.navigate(.show(AnyView(PickerView(left: openIndex, topic: defaultCompareTopic(context)))))]
    }

    /// The topic of the section being read, else safety, else the first topic.
    func defaultCompareTopic(_ context: ViewContext) -> String {
        if let section = currentSection, let topic = document?.article.sections[section].primaryTopic { return topic }
        let ids = context.library.topicSet.ids
        return ids.contains("safety") ? "safety" : (ids.first ?? "")
    }
}

extension ReadingView {
    /// The topic `D` opens the digest on: the section being read's strongest topic, else its
    /// paragraph's, else the first of the set.
    func digestTopic(_ context: ViewContext) -> String {
        if let document, let section = currentSection, let label = document.article.sections[section].topics.first {
            return label.id
        }
        if let document, let cursor, document.blocks.indices.contains(cursor), let label = document.blocks[cursor].topics.first {
            return label.id
        }
        return context.library.topicSet.ids.first ?? ""
    }
}
