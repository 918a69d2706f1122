import ScreenKit
import TractCore

/// An article flattened into blocks (headings and paragraphs) for reading, with row arithmetic at a
/// width. Only the blocks on screen are ever wrapped, so moving around a 10 MB article costs the same
/// as moving around a short one.
public struct ReadingDocument: Equatable, Sendable {
    /// A heading or a paragraph, in reading order.
    public struct Block: Equatable, Sendable {
        public var section: Int
        /// nil for a heading.
        public var paragraph: Int?
        public var text: String
        public var kind: LayoutLine.Kind
        public var topics: [TopicLabel]
    }

    public let article: Article
    public let blocks: [Block]
    /// Index of the first block of each section.
    public let sectionStarts: [Int]

    public init(article: Article) {
        self.article = article
        var blocks: [Block] = []
        var starts: [Int] = []
        for (index, section) in article.sections.enumerated() {
            starts.append(blocks.count)
            if let heading = section.heading {
                blocks.append(Block(section: index, paragraph: nil, text: heading, kind: .heading, topics: section.topics))
            }
            for (number, paragraph) in section.paragraphs.enumerated() {
                let kind = ArticleLayout.paragraphKind(paragraph.kind)
                blocks.append(Block(section: index, paragraph: number, text: paragraph.text, kind: kind.kind, topics: paragraph.topics))
            }
        }
        self.blocks = blocks
        self.sectionStarts = starts
    }

    /// The rows of block `index` at `width`, with the blank row that separates it from the block before.
    public func rows(of index: Int, width: Int) -> [LayoutLine] {
        let block = blocks[index]
        var out: [LayoutLine] = index > 0 ? [LayoutLine(text: "", kind: .blank, section: block.section, paragraph: block.paragraph)] : []
        if block.kind == .heading {
            out += TextWrapper.wrap(block.text, width: max(width, 1)).map {
                LayoutLine(text: $0, kind: .heading, section: block.section)
            }
        } else if let number = block.paragraph {
            let paragraph = article.sections[block.section].paragraphs[number]
            out += ArticleLayout.paragraphLines(paragraph, section: block.section, number: number, width: width)
        }
        return out
    }

    /// `count` rows starting at `position`, with the block each comes from.
    public func rows(from position: Position, count: Int, width: Int) -> [(line: LayoutLine, block: Int)] {
        var out: [(LayoutLine, Int)] = []
        var block = position.block
        var skip = position.row
        while out.count < count && block < blocks.count {
            let rows = self.rows(of: block, width: width)
            for row in rows.dropFirst(skip) where out.count < count { out.append((row, block)) }
            skip = 0
            block += 1
        }
        return out
    }

    /// The position `delta` rows below (or above, when negative) `position`, kept inside the document.
    public func moved(_ position: Position, by delta: Int, width: Int) -> Position {
        guard !blocks.isEmpty else { return Position() }
        var block = position.block
        var row = position.row + delta
        while row < 0 {
            guard block > 0 else { return Position() }
            block -= 1
            row += rows(of: block, width: width).count
        }
        while true {
            let count = rows(of: block, width: width).count
            if row < count { return Position(block: block, row: row) }
            guard block + 1 < blocks.count else { return Position(block: block, row: max(count - 1, 0)) }
            row -= count
            block += 1
        }
    }

    /// The top position that shows the document's last rows filling a viewport of `height`.
    public func endPosition(height: Int, width: Int) -> Position {
        guard !blocks.isEmpty else { return Position() }
        let last = blocks.count - 1
        let lastRow = rows(of: last, width: width).count - 1
        return moved(Position(block: last, row: max(lastRow, 0)), by: -(height - 1), width: width)
    }

    /// The section the block at `position` belongs to.
    public func section(at position: Position) -> Int? {
        blocks.indices.contains(position.block) ? blocks[position.block].section : nil
    }
}

/// A reading position: a block and a row inside it (row 0 is the separator row for blocks after the first).
public struct Position: Equatable, Hashable, Sendable {
    public var block: Int
    public var row: Int

    public init(block: Int = 0, row: Int = 0) {
        self.block = block
        self.row = row
    }
}
