/// Infers the structure of a plain-text article: title line, headings, paragraphs and list items.
///
/// Two layouts are common and are told apart first: one paragraph per line (the bundled articles,
/// Wikipedia text), and hard-wrapped text (from PDFs) where a paragraph runs over many lines. In the
/// first every line is a block; in the second consecutive lines are joined into paragraphs. Headings
/// are candidates by their own shape (`HeadingRules`) confirmed by their surroundings (`HeadingDetector`).
public enum PlainTextParser {
    /// The parsed shape of a text, before topics are assigned.
    public struct Result: Sendable {
        public var title: String?
        public var titleLine: Int?
        public var sections: [Section]
    }

    /// Parses decoded text (lines separated by `\n`).
    public static func parse(_ text: String) -> Result {
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        let candidates = lines.map { HeadingRules.match($0) }
        let wrapped = HeadingDetector.isHardWrapped(lines, candidates: candidates)
        let document = HeadingDetector.Document(lines: lines, candidates: candidates, isHardWrapped: wrapped,
                                                wrapWidth: wrapped ? HeadingDetector.wrapWidth(lines) : 0)
        var headings = HeadingDetector.headings(in: document)
        var title: String?
        var titleLine: Int?
        if let index = TitleRule.titleIndex(lines, headings: headings, isHardWrapped: wrapped) {
            title = String(lines[index].trimmingSpaces())
            titleLine = index + 1
            headings[index] = nil
        }
        let start = titleLine ?? 0
        let blocks = wrapped
            ? wrappedBlocks(lines, headings: headings, from: start)
            : lineBlocks(lines, headings: headings, from: start)
        return Result(title: title, titleLine: titleLine, sections: SectionBuilder.sections(from: blocks))
    }

    private static func lineBlocks(_ lines: [Substring], headings: [HeadingRules.Match?], from start: Int) -> [Block] {
        var blocks: [Block] = []
        for index in start..<lines.count {
            let text = lines[index].trimmingSpaces()
            if text.isEmpty { continue }
            if let heading = headings[index] {
                blocks.append(Block(kind: .heading(level: heading.level), line: index + 1, text: heading.text))
            } else {
                let kind: Paragraph.Kind = ListMarker.startsListItem(text) ? .listItem : .paragraph
                blocks.append(Block(kind: .body(kind), line: index + 1, text: String(text)))
            }
        }
        return blocks
    }

    private static func wrappedBlocks(_ lines: [Substring], headings: [HeadingRules.Match?], from start: Int) -> [Block] {
        var blocks: [Block] = []
        var current: Block?
        var joiner = LineJoiner(lines: lines)
        func flush() {
            if let block = current { blocks.append(block) }
            current = nil
        }
        for index in start..<lines.count {
            let text = lines[index].trimmingSpaces()
            if text.isEmpty { flush(); continue }
            if let heading = headings[index] {
                flush()
                blocks.append(Block(kind: .heading(level: heading.level), line: index + 1, text: heading.text))
            } else if ListMarker.startsListItem(text) {
                flush()
                current = Block(kind: .body(.listItem), line: index + 1, text: joiner.collapsed(text))
            } else if var block = current {
                joiner.append(text, to: &block.text)
                current = block
            } else {
                current = Block(kind: .body(.paragraph), line: index + 1, text: joiner.collapsed(text))
            }
        }
        flush()
        return blocks
    }
}
