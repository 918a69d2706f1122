import ScreenKit
import TractApp
import TractCore

/// The article text: wrapped rows from the reading position, a topic mark in the gutter, headings
/// styled, topic highlighting when chosen, and every search hit highlighted.
struct ArticleWidget {
    let context: RenderContext
    let reading: ReadingView

    func draw(into screen: inout Screen, _ rect: Rect) {
        let shared = context.shared
        guard let document = reading.document else { return LibraryTableWidget(context: context, reading: reading).draw(into: &screen, rect) }
        context.drawTitle(document.article.title, focused: reading.focus == .article, into: &screen, rect)
        let text = reading.textSize(shared)
        let visible = reading.visibleTextSize(shared)
        let shift = reading.wraps ? 0 : reading.column
        guard !document.blocks.isEmpty else {
            // An article that could not be read says why, as the command line does; else it is empty.
            let reason = reading.openIndex.flatMap { shared.unreadable[$0] } ?? "(empty article)"
            for (offset, line) in TextWrapper.wrap(reason, width: max(rect.width - 2, 10)).enumerated() where offset < rect.height - 1 {
                screen.put(line, x: rect.x + 1, y: rect.y + 1 + offset, style: context.theme.dim)
            }
            return
        }
        let rows = document.rows(from: reading.position, count: rect.height - 1, width: text.width)
        var hits = HitCounter(reading: reading, document: document, width: text.width)
        let bookmarked = reading.bookmarkedBlocks(shared.bookmarks)
        let selected = selectedBlocks(reading, document)
        // Text narrower than the pane (the reading width) is centred in it when the settings say so.
        let spare = rect.width - PaneLayout.gutter - 1 - visible.width
        let margin = rect.x + (shared.settings.centred ? max(spare / 2, 0) : 0)
        var previousBlock: Int?
        for (offset, item) in rows.enumerated() {
            let y = rect.y + 1 + offset
            let block = document.blocks[item.block]
            defer { previousBlock = item.block }
            guard item.line.kind != .blank else { hits.advance(block: item.block); continue }
            let topicStyle = block.topics.first.map { context.topicStyle($0.id) }
            if let topicStyle { screen.put(topicStyle.mark, x: margin, y: y, style: topicStyle.style) }
            if bookmarked.contains(item.block) { screen.put("★", x: margin + 1, y: y, style: context.theme.bookmark) }
            // The cursor's paragraph is marked once, on its first row on screen; a selection all along.
            if selected.contains(item.block) {
                let mark = item.block == reading.cursor && item.block != previousBlock ? "▶" : selected.count > 1 ? "┃" : nil
                if let mark { screen.put(mark, x: margin + 2, y: y, style: context.theme.cursor) }
            }
            var style = item.line.kind == .heading ? headingStyle(document, section: block.section) : Style.plain
            if let highlighted = highlightStyle(for: block) { style = style.merged(highlighted) }
            let x = margin + PaneLayout.gutter + item.line.indent
            if item.line.kind == .quote {
                screen.put("│", x: x - 2, y: y, style: context.theme.dim)
            }
            if item.line.kind == .code { style = style.merged(context.theme.dim) }
            let limit = rect.x + rect.width - x
            screen.put(TextWrapper.dropping(cells: shift, from: item.line.text), x: x, y: y, style: style, limit: limit)
            emphasise(item.line, x: x - shift, y: y, clip: x..<(x + limit), into: &screen)
            markHits(hits.ranges(in: item.line, block: item.block), in: item.line, at: (x, y), shift: shift, limit: limit, into: &screen)
        }
    }

    /// Search hits on a row in the hit style (the current one in its own), where they are on screen.
    private func markHits(_ ranges: [(Range<String.Index>, Bool)], in line: LayoutLine, at origin: (x: Int, y: Int), shift: Int,
                          limit: Int, into screen: inout Screen) {
        for (range, current) in ranges {
            let start = DisplayWidth.of(line.text[..<range.lowerBound]) - shift
            let end = start + DisplayWidth.of(line.text[range])
            guard end > 0, start < limit else { continue }
            let hitStyle = current ? context.theme.currentHit : context.theme.searchHit
            screen.restyle(x: origin.x + max(start, 0), y: origin.y, count: min(end, limit) - max(start, 0)) { $0 = hitStyle }
        }
    }

    /// Markdown emphasis: `**strong**` in bold, `*emphasis*` underlined (as man pages show italics).
    private func emphasise(_ line: LayoutLine, x: Int, y: Int, clip: Range<Int>, into screen: inout Screen) {
        for mark in line.emphasis {
            let characters = Array(line.text)
            guard mark.range.upperBound <= characters.count else { continue }
            let start = x + DisplayWidth.of(String(characters[..<mark.range.lowerBound]))
            let end = start + DisplayWidth.of(String(characters[mark.range]))
            let from = max(start, clip.lowerBound)
            let to = min(end, clip.upperBound)
            guard from < to else { continue }
            screen.restyle(x: from, y: y, count: to - from) { $0 = $0.merged(Style(bold: mark.strong, underline: !mark.strong)) }
        }
    }

    /// Headings by depth when an article has several levels: its top level bold and underlined, the
    /// next bold, deeper ones bold and dim; one level alone is bold.
    private func headingStyle(_ document: ReadingDocument, section: Int) -> Style {
        let levels = document.headingLevels
        guard levels.count > 1, let top = levels.first else { return context.theme.heading }
        switch document.article.sections[section].level - top {
        case ...0: return context.theme.heading.merged(Style(underline: true))
        case 1: return context.theme.heading
        default: return context.theme.heading.merged(context.theme.dim)
        }
    }

    /// Blocks under the passage cursor: the cursor's paragraph, or the whole `v` selection.
    private func selectedBlocks(_ reading: ReadingView, _ document: ReadingDocument) -> Set<Int> {
        guard let cursor = reading.cursor, let end = document.ordinal(ofBlock: cursor) else { return [] }
        let start = reading.selectionStart.flatMap { document.ordinal(ofBlock: $0) } ?? end
        return Set((min(start, end)...max(start, end)).flatMap { document.blocks(ofOrdinal: $0) })
    }

    /// The topic style to lay over a block's text under the current highlighting choice.
    private func highlightStyle(for block: ReadingDocument.Block) -> Style? {
        switch reading.highlight {
        case .off: return nil
        case .all: return block.topics.first.map { context.topicStyle($0.id).style }
        case .only(let id): return block.topics.contains { $0.id == id } ? context.topicStyle(id).style : nil
        }
    }
}

/// Finds search hits row by row and tells which one is the current hit, counting occurrences per block
/// so a hit is recognised even when the view starts in the middle of its block.
struct HitCounter {
    private let terms: SearchTerms?
    private let current: SearchState.Hit?
    private var block = -1
    private var seen = 0

    init(reading: ReadingView, document: ReadingDocument, width: Int) {
        let search = reading.search
        terms = search.flatMap { $0.terms.isEmpty ? nil : $0.terms }
        current = search?.currentHit
        if let terms, reading.position.row > 0 {
            // Hits in the rows of the first block that are scrolled off the top.
            block = reading.position.block
            for row in document.rows(of: block, width: width).prefix(reading.position.row) {
                seen += terms.count(in: row.text)
            }
        }
    }

    mutating func advance(block: Int) {
        if block != self.block { self.block = block; seen = 0 }
    }

    /// Ranges of the search's terms in `line`, each flagged when it is the current hit.
    mutating func ranges(in line: LayoutLine, block: Int) -> [(Range<String.Index>, Bool)] {
        advance(block: block)
        guard let terms else { return [] }
        return terms.ranges(in: line.text).map { range in
            defer { seen += 1 }
            return (range, current == SearchState.Hit(block: block, occurrence: seen))
        }
    }
}
