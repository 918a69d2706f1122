import ScreenKit
import TractApp
import TractCore

/// Two articles side by side on one topic: aligned rows, passages in the topic's style with the
/// evidence words emphasised, filler where a side is shorter, and the cursor passage's counterpart marked.
struct CompareWidget {
    let context: RenderContext
    let compare: CompareView

    func draw(into screen: inout Screen) {
        let width = CompareView.columnWidth(context.state.size)
        let height = CompareView.height(context.state.size)
        let sides = [compare.comparison.left, compare.comparison.right]
        let separator = width + 2
        let look = context.topicStyle(compare.topic)
        // While scrolling is linked both sides show the same rows: wrap them once per frame.
        let leftRows = compare.visibleRows(side: 0, count: height)
        let visible = [leftRows, compare.positions[1] == compare.positions[0] ? leftRows : compare.visibleRows(side: 1, count: height)]
        let cursor = cursorPassage(in: visible[compare.side])
        let counterpart = cursor.flatMap { compare.comparison.counterpart(of: $0, onLeft: compare.side == 0) }
        let bookmarked = [bookmarkedPassages(sides[0], article: compare.left), bookmarkedPassages(sides[1], article: compare.right)]
        for side in 0..<2 {
            let x = side == 0 ? 0 : separator + 1
            let focused = side == compare.side && !compare.linked
            let title = "\(sides[side].article.title) · \(context.topicLabel(compare.topic))"
            let titleStyle = focused || compare.linked && side == compare.side ? context.theme.focusedPaneTitle : context.theme.paneTitle
            screen.fill(Rect(x: x, y: 0, width: width + 2, height: 1), style: titleStyle)
            screen.put(" " + title, x: x, y: 0, style: titleStyle, limit: width + 2)
            var evidence = EvidenceWords(side: sides[side])
            for (row, item) in visible[side].enumerated() {
                let cell = side == 0 ? item.0.left : item.0.right
                let y = row + 1
                let marked = cell.passage != nil && (side == compare.side ? cell.passage == cursor : cell.passage == counterpart)
                drawCell(cell, x: x, y: y, width: width, style: look.style, mark: marked ? (side == compare.side ? "▶" : "◆") : nil,
                         evidence: &evidence, into: &screen)
                if cell.kind == .text, !sides[side].passages.isEmpty, let passage = cell.passage,
                   bookmarked[side].contains(passage) {
                    screen.put("★", x: x + 1, y: y, style: context.theme.bookmark)
                }
            }
        }
        for y in 0..<(height + 1) { screen.put("│", x: separator, y: y, style: context.theme.dim) }
    }

    private func drawCell(_ cell: CompareCell, x: Int, y: Int, width: Int, style: Style, mark: String?,
                          evidence: inout EvidenceWords, into screen: inout Screen) {
        if let mark { screen.put(mark, x: x, y: y, style: style.merged(Style(bold: true))) }
        switch cell.kind {
        case .filler:
            screen.put("·", x: x + 1, y: y, style: context.theme.dim)
        case .blank:
            break
        case .note:
            screen.put(cell.text, x: x + 2, y: y, style: context.theme.dim.merged(Style(bold: cell.passage == nil)), limit: width)
        case .context:
            screen.put(cell.text, x: x + 2, y: y, style: context.theme.heading, limit: width)
        case .text:
            // The nearest paragraphs of a side without passages are not on the topic: drawn plain.
            let words = cell.passage.flatMap { evidence.words(of: $0) }
            screen.put(cell.text, x: x + 2, y: y, style: words != nil ? style : .plain, limit: width)
            if let words { emphasise(words, in: cell.text, x: x + 2, y: y, style: style, into: &screen) }
        }
    }

    /// Passages of a side that overlap a bookmarked paragraph, so compare shows the same ★ as reading.
    /// Runs on every frame: the article's paragraphs are only walked when it has bookmarks, and by section.
    private func bookmarkedPassages(_ side: TopicComparison.Side, article: Int) -> Set<Int> {
        var ordinals = Set<Int>()
        for item in context.state.bookmarks where item.article == article {
            if case .anchored(let ordinal, _, _) = item.anchor {
                ordinals.formUnion(ordinal..<(ordinal + max(item.bookmark.paragraphCount, 1)))
            }
        }
        guard !ordinals.isEmpty else { return [] }
        // (section, paragraph) of each bookmarked ordinal, by counting paragraphs section by section.
        var marked = Set<[Int]>()
        var first = 0
        for (section, content) in side.article.sections.enumerated() {
            for ordinal in ordinals where ordinal >= first && ordinal < first + content.paragraphs.count {
                marked.insert([section, ordinal - first])
            }
            first += content.paragraphs.count
        }
        return Set(side.passages.indices.filter { index in
            side.passages[index].paragraphs.contains { marked.contains([side.passages[index].section, $0]) }
        })
    }

    /// Bold-underlines each word of a row that starts with an evidence word.
    private func emphasise(_ evidence: [String], in text: String, x: Int, y: Int, style: Style, into screen: inout Screen) {
        guard !evidence.isEmpty else { return }
        var column = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let width = DisplayWidth.of(word)
            let bare = EvidenceWords.bare(word)
            if evidence.contains(where: { bare.hasPrefix($0) }) {
                screen.restyle(x: x + column, y: y, count: width) { $0 = style.merged(Style(bold: true, underline: true)) }
            }
            column += width + 1
        }
    }

    /// The passage at the top of the cursor side: the first passage heading among its visible rows.
    private func cursorPassage(in rows: [(CompareRow, Int)]) -> Int? {
        for (row, _) in rows {
            let cell = compare.side == 0 ? row.left : row.right
            if let passage = cell.passage, cell.kind == .context { return passage }
        }
        return nil
    }
}

/// The evidence words of one side's passages, lowercased once per frame and only for the passages on
/// screen (a side of a 10 MB article has thousands of passages).
struct EvidenceWords {
    let side: TopicComparison.Side
    private var cache: [Int: [String]] = [:]

    init(side: TopicComparison.Side) {
        self.side = side
    }

    /// The single-word evidence of passage `index`; nil when the side has no passages (its rows are
    /// nearest paragraphs, not on the topic).
    mutating func words(of index: Int) -> [String]? {
        guard side.passages.indices.contains(index) else { return nil }
        if let known = cache[index] { return known }
        let words = side.passages[index].evidence.filter { !$0.contains(where: \.isWhitespace) }.map { $0.lowercased() }
        cache[index] = words
        return words
    }

    /// A word of text lowercased, without the punctuation around it.
    static func bare(_ word: Substring) -> String {
        let isWordCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        guard let first = word.firstIndex(where: isWordCharacter), let last = word.lastIndex(where: isWordCharacter) else { return "" }
        return word[first...last].lowercased()
    }
}
