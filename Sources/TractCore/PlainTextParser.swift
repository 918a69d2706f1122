/// Infers the structure of a plain-text article: title line, headings, paragraphs and list items.
///
/// Two layouts are common and are told apart first: one paragraph per line (the bundled articles), and
/// hard-wrapped text where blank lines separate paragraphs. In the first every line is a block; in the
/// second consecutive lines are joined.
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
        var headings = lines.map { HeadingRules.match($0) }
        // A heading introduces something: the document's last line is never one.
        if let last = lines.lastIndex(where: { !$0.trimmingSpaces().isEmpty }), last > 0 { headings[last] = nil }
        var title: String?
        var titleLine: Int?
        if let first = lines.firstIndex(where: { !$0.trimmingSpaces().isEmpty }),
           let match = headings[first], isTitle(match, at: first, headings: headings) {
            title = match.text
            titleLine = first + 1
        }
        let start = titleLine ?? 0
        let blocks = isHardWrapped(lines)
            ? wrappedBlocks(lines, headings: headings, from: start)
            : lineBlocks(lines, headings: headings, from: start)
        return Result(title: title, titleLine: titleLine, sections: SectionBuilder.sections(from: blocks))
    }

    /// The first line is the article's title when it reads as a heading, is not numbered, and is either
    /// the only heading or long enough that it names the whole piece rather than a first section.
    private static func isTitle(_ match: HeadingRules.Match, at index: Int, headings: [HeadingRules.Match?]) -> Bool {
        guard !match.isNumbered, !match.text.hasSuffix(".") else { return false }
        let others = headings[(index + 1)...].contains { $0 != nil }
        return !others || match.text.split(separator: " ").count >= 5
    }

    /// Hard-wrapped text has blank lines between blocks and short lines throughout.
    static func isHardWrapped(_ lines: [Substring]) -> Bool {
        var separators = 0
        var lengths: [Int] = []
        var previousBlank = false
        for line in lines {
            if line.trimmingSpaces().isEmpty {
                previousBlank = true
                continue
            }
            if previousBlank && !lengths.isEmpty { separators += 1 }
            previousBlank = false
            lengths.append(line.utf8.count)
        }
        guard separators > 0, lengths.count > separators else { return false }
        lengths.sort()
        return lengths[lengths.count * 9 / 10] <= 100
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
        func flush() {
            if let block = current { blocks.append(block) }
            current = nil
        }
        for index in start..<lines.count {
            let text = lines[index].trimmingSpaces()
            if text.isEmpty { flush(); continue }
            let startsBlock = current == nil
            if startsBlock, let heading = headings[index], isStandalone(index, lines) {
                blocks.append(Block(kind: .heading(level: heading.level), line: index + 1, text: heading.text))
            } else if ListMarker.startsListItem(text) {
                flush()
                current = Block(kind: .body(.listItem), line: index + 1, text: String(text))
            } else if var block = current {
                block.text += " " + text
                current = block
            } else {
                current = Block(kind: .body(.paragraph), line: index + 1, text: String(text))
            }
        }
        flush()
        return blocks
    }

    /// In wrapped text a heading stands on its own line: followed by a blank line or a new block.
    private static func isStandalone(_ index: Int, _ lines: [Substring]) -> Bool {
        index + 1 >= lines.count || lines[index + 1].trimmingSpaces().isEmpty
            || HeadingRules.match(lines[index + 1]) == nil
    }
}
