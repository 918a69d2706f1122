/// Infers the structure of a plain-text article: title line, headings, paragraphs, list items and
/// tables.
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
        var lines = TextLines.of(text)
        // Setext underlines decide their headings and are no text themselves; table rows are never
        // headings or paragraph text.
        let setext = TextBlocks.setextHeadings(lines)
        for index in setext.underlines { lines[index] = "" }
        let tables = TextBlocks.tables(lines)
        let inTable = Set(tables.flatMap { $0 })
        let candidates = { (lines: [Substring]) in
            ParallelMap.map(lines.count, minimumPerRun: 20_000) { inTable.contains($0) ? nil : HeadingRules.match(lines[$0]) }
        }(lines)
        let wrapped = HeadingDetector.isHardWrapped(lines, candidates: candidates)
        let document = HeadingDetector.Document(lines: lines, candidates: candidates, isHardWrapped: wrapped,
                                                wrapWidth: wrapped ? HeadingDetector.wrapWidth(lines) : 0)
        var headings = HeadingDetector.headings(in: document)
        for (index, heading) in setext.headings { headings[index] = heading }
        var title: String?
        var titleLine: Int?
        if let index = TitleRule.titleIndex(lines, headings: headings, isHardWrapped: wrapped) ?? setextTitle(lines, setext.headings) {
            title = String(lines[index].trimmingSpaces())
            titleLine = index + 1
            headings[index] = nil
        }
        let start = titleLine ?? 0
        let blocks = wrapped
            ? wrappedBlocks(lines, headings: headings, tables: tables, from: start)
            : lineBlocks(lines, headings: headings, tables: tables, from: start)
        return Result(title: title, titleLine: titleLine, sections: SectionBuilder.sections(from: blocks))
    }

    /// A text that opens with its only `=`-underlined heading has that heading as its title, as
    /// Markdown's only leading `#` is.
    private static func setextTitle(_ lines: [Substring], _ setext: [Int: HeadingRules.Match]) -> Int? {
        guard let first = lines.firstIndex(where: { !$0.trimmingSpaces().isEmpty }), setext[first]?.level == 1,
              setext.values.filter({ $0.level == 1 }).count == 1 else { return nil }
        return first
    }

    /// The table starting at line `index`, as one preformatted block, and the line after it.
    private static func table(at index: Int, _ tables: [Range<Int>], _ lines: [Substring]) -> (Block, Int)? {
        guard let range = tables.first(where: { $0.lowerBound == index }) else { return nil }
        return (Block(kind: .body(.table), line: index + 1, text: TextBlocks.tableText(lines[range])), range.upperBound)
    }

    private static func lineBlocks(_ lines: [Substring], headings: [HeadingRules.Match?], tables: [Range<Int>],
                                   from start: Int) -> [Block] {
        var blocks: [Block] = []
        var skipTo = start
        for index in start..<lines.count where index >= skipTo {
            if let (table, next) = table(at: index, tables, lines) {
                blocks.append(table)
                skipTo = next
                continue
            }
            let text = lines[index].trimmingSpaces()
            if text.isEmpty { continue }
            if let heading = headings[index] {
                blocks.append(Block(kind: .heading(level: heading.level), line: index + 1, text: heading.text))
            } else {
                let kind: Paragraph.Kind = ListMarker.startsListItem(text) ? .listItem : .paragraph
                blocks.append(Block(kind: .body(kind), line: index + 1, text: text))  // a slice: no copy
            }
        }
        return blocks
    }

    private static func wrappedBlocks(_ lines: [Substring], headings: [HeadingRules.Match?], tables: [Range<Int>],
                                      from start: Int) -> [Block] {
        var blocks: [Block] = []
        // The paragraph being joined: its kind and line, and its text grown in place (appending to a
        // copy would copy the whole paragraph per line).
        var current: (kind: Paragraph.Kind, line: Int)?
        var text = ""
        var joiner = LineJoiner(lines: lines)
        func flush() {
            if let (kind, line) = current { blocks.append(Block(kind: .body(kind), line: line, text: text)) }
            current = nil
        }
        var skipTo = start
        for index in start..<lines.count where index >= skipTo {
            if let (table, next) = table(at: index, tables, lines) {
                flush()
                blocks.append(table)
                skipTo = next
                continue
            }
            let line = lines[index].trimmingSpaces()
            if line.isEmpty { flush(); continue }
            if let heading = headings[index] {
                flush()
                blocks.append(Block(kind: .heading(level: heading.level), line: index + 1, text: heading.text))
            } else if current != nil && !ListMarker.startsListItem(line) {
                joiner.append(line, to: &text)
            } else {
                flush()
                current = (ListMarker.startsListItem(line) ? .listItem : .paragraph, index + 1)
                text = joiner.collapsed(line)
            }
        }
        flush()
        return blocks
    }
}
