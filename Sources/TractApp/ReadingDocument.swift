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
    /// Block index of each paragraph, in reading order (the paragraph's ordinal is the index here).
    public let paragraphBlocks: [Int]
    /// The heading levels the article uses, lowest (topmost) first.
    public let headingLevels: [Int]

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
        paragraphBlocks = blocks.indices.filter { blocks[$0].paragraph != nil }
        headingLevels = Set(article.sections.filter { $0.heading != nil }.map(\.level)).sorted()
    }

    /// The reading-order ordinal of the paragraph in block `index` (nil for a heading).
    public func ordinal(ofBlock index: Int) -> Int? {
        guard blocks.indices.contains(index), blocks[index].paragraph != nil else { return nil }
        return paragraphBlocks.partitionIndex { $0 >= index }
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
        RowMath.rows(from: position, count: count, blocks: blocks.count) { rows(of: $0, width: width) }.map { ($0.0, $0.1) }
    }

    /// The position `delta` rows below (or above, when negative) `position`, kept inside the document.
    public func moved(_ position: Position, by delta: Int, width: Int) -> Position {
        RowMath.moved(position, by: delta, blocks: blocks.count) { rows(of: $0, width: width).count }
    }

    /// The top position that shows the document's last rows filling a viewport of `height`.
    public func endPosition(height: Int, width: Int) -> Position {
        RowMath.end(height: height, blocks: blocks.count) { rows(of: $0, width: width).count }
    }

    /// The section the block at `position` belongs to.
    public func section(at position: Position) -> Int? {
        blocks.indices.contains(position.block) ? blocks[position.block].section : nil
    }
}

extension Array where Element == Int {
    /// The first index whose element satisfies `predicate`, for a sorted array (binary search).
    func partitionIndex(where predicate: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// A reading position: a block and a row inside it (row 0 is the separator row for blocks after the first).
public struct Position: Equatable, Hashable, Comparable, Sendable {
    public var block: Int
    public var row: Int

    public init(block: Int = 0, row: Int = 0) {
        self.block = block
        self.row = row
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.block, lhs.row) < (rhs.block, rhs.row)
    }
}

extension ReadingDocument {
    /// The block of a place named by the article's structure; nil when the article has no such place
    /// (a stand-in still being read, or a bookmark past its end).
    public func block(at place: ArticlePlace) -> Int? {
        switch place {
        case .paragraph(let ordinal):
            return paragraphBlocks.indices.contains(ordinal) ? paragraphBlocks[ordinal] : nil
        case .section(let section, let paragraph):
            guard sectionStarts.indices.contains(section) else { return nil }
            let start = sectionStarts[section]
            guard let paragraph else { return start }
            let block = start + (article.sections[section].heading == nil ? 0 : 1) + paragraph
            return blocks.indices.contains(block) && blocks[block].section == section ? block : nil
        }
    }
}
