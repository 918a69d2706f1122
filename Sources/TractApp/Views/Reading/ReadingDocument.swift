import ScreenKit
import TractCore

/// An article flattened into blocks (headings and paragraphs) for reading, with row arithmetic at a
/// width. Only the blocks on screen are ever wrapped, so moving around a 10 MB article costs the same
/// as moving around a short one.
public struct ReadingDocument: Equatable, Sendable {
    /// A heading or a paragraph, in reading order: a view of the article made when asked for, as the
    /// document itself keeps only where each block is (`Entry`).
    public struct Block: Equatable, Sendable {
        public var section: Int
        /// nil for a heading.
        public var paragraph: Int?
        /// The heading, or the paragraph's text (a slice of it for a piece of a long one).
        public var text: Substring
        public var kind: LayoutLine.Kind
        public var topics: [TopicLabel]
        /// Where this block's text starts in its paragraph's, in characters: a paragraph longer than
        /// `pieceLength` is read as several blocks (pieces), so no key wraps more than one piece.
        public var offset = 0
    }

    /// Where one block is: 24 bytes instead of a block's 80, which for a 10 MB article's 33,000
    /// blocks is the difference between 0.8 and 2.6 MB held for as long as it is open.
    struct Entry: Equatable, Sendable {
        var section: Int32
        /// -1 for the section's heading.
        var paragraph: Int32
        /// The piece's first character in the paragraph's text.
        var offset: Int32
        /// The piece's stretch of the paragraph's UTF-8 bytes, `end` -1 for the whole text; or, when
        /// `inShared`, the block's stretch of the article's decoded text.
        var start: Int32
        var end: Int32
        /// The block's text is a stretch of `shared` (a paragraph written in the file as it is shown).
        var inShared = false
    }

    /// The blocks in reading order, each made from its entry and the article when read.
    public struct Blocks: RandomAccessCollection, Sendable {
        let article: Article
        let entries: [Entry]
        let shared: String?

        public var startIndex: Int { 0 }
        public var endIndex: Int { entries.count }

        public subscript(index: Int) -> Block {
            let entry = entries[index]
            let section = article.sections[Int(entry.section)]
            guard entry.paragraph >= 0 else {
                return Block(section: Int(entry.section), paragraph: nil, text: section.heading?[...] ?? "", kind: .heading,
                             topics: section.topics)
            }
            let paragraph = section.paragraphs[Int(entry.paragraph)]
            return Block(section: Int(entry.section), paragraph: Int(entry.paragraph), text: text(of: index),
                         kind: ArticleLayout.paragraphKind(paragraph.kind).kind, topics: paragraph.topics, offset: Int(entry.offset))
        }

        /// Block `index`'s text alone, without making the rest of the block.
        public func text(of index: Int) -> Substring {
            let entry = entries[index]
            if entry.inShared, let shared { return Self.bytes(entry, of: shared[...]) }
            guard entry.paragraph >= 0 else { return article.sections[Int(entry.section)].heading?[...] ?? "" }
            let text = article.sections[Int(entry.section)].paragraphs[Int(entry.paragraph)].text
            return entry.end >= 0 ? Self.bytes(entry, of: text) : text
        }

        /// How many UTF-8 bytes block `index` holds, without making its text.
        public func byteCount(of index: Int) -> Int {
            let entry = entries[index]
            if entry.inShared || entry.paragraph >= 0 && entry.end >= 0 { return Int(entry.end - entry.start) }
            return text(of: index).utf8.count
        }

        /// The stretch `entry.start..<entry.end` of `text`'s UTF-8 bytes.
        private static func bytes(_ entry: Entry, of text: Substring) -> Substring {
            let bytes = text.utf8
            return Substring(bytes[bytes.index(bytes.startIndex, offsetBy: Int(entry.start))..<bytes.index(bytes.startIndex, offsetBy: Int(entry.end))])
        }

        /// Each block's text as UTF-8 bytes from block `start` on, with its index, until `body` says to
        /// stop; the index after the last block given. What a search reads: most blocks are stretches of
        /// the article's one decoded text, read in order without touching their paragraphs.
        public func utf8Texts(from start: Int, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Bool) -> Int {
            var shared = self.shared ?? ""
            return shared.withUTF8 { all in
                var index = start
                while index < entries.count {
                    let entry = entries[index]
                    let going: Bool
                    if entry.inShared {
                        going = body(index, UnsafeBufferPointer(rebasing: all[Int(entry.start)..<Int(entry.end)]))
                    } else {
                        var text = text(of: index)
                        going = text.withUTF8 { body(index, $0) }
                    }
                    index += 1
                    if !going { break }
                }
                return index
            }
        }
    }

    /// The most UTF-8 bytes one block holds. A 50 MB paragraph on one line would otherwise be wrapped
    /// whole on every key that moves, searches or draws.
    static let pieceLength = 8_192

    public let article: Article
    private let entries: [Entry]
    /// Index of the first block of each section.
    public let sectionStarts: [Int]
    /// Block index of each paragraph, in reading order (the paragraph's ordinal is the index here).
    public let paragraphBlocks: [Int]
    /// The heading levels the article uses, lowest (topmost) first.
    public let headingLevels: [Int]
    /// The article's decoded text, which most paragraphs are slices of; nil when none is.
    private let shared: String?
    /// The reference list's entries and which citation names which.
    public let citations: CitationIndex
    /// Each entry's paragraph block (-1 when it could not be placed).
    let entryBlocks: [Int]

    public var blocks: Blocks { Blocks(article: article, entries: entries, shared: shared) }

    /// How many blocks are read as stretches of the article's decoded text (for tests).
    var sharedBlocks: Int { entries.count { $0.inShared } }

    public init(article: Article) {
        self.article = article
        var entries: [Entry] = []
        var starts: [Int] = []
        var paragraphBlocks: [Int] = []
        let shared = SharedText(article)
        for (index, section) in article.sections.enumerated() {
            starts.append(entries.count)
            if section.heading != nil {
                entries.append(Entry(section: Int32(index), paragraph: -1, offset: 0, start: 0, end: -1))
            }
            for (number, paragraph) in section.paragraphs.enumerated() {
                paragraphBlocks.append(entries.count)
                let at = shared.offset(of: paragraph.text)
                for piece in Self.pieces(of: paragraph.text) {
                    var entry = Entry(section: Int32(index), paragraph: Int32(number), offset: Int32(piece.offset),
                                      start: Int32(piece.bytes.lowerBound), end: Int32(piece.bytes.upperBound))
                    if let at {
                        let bytes = piece.bytes.upperBound < 0 ? 0..<paragraph.text.utf8.count : piece.bytes
                        (entry.start, entry.end, entry.inShared) = (Int32(at + bytes.lowerBound), Int32(at + bytes.upperBound), true)
                    }
                    entries.append(entry)
                }
            }
        }
        self.shared = shared.text
        self.entries = entries
        self.sectionStarts = starts
        self.paragraphBlocks = paragraphBlocks
        headingLevels = Set(article.sections.filter { $0.heading != nil }.map(\.level)).sorted()
        citations = CitationIndex(article.references)
        entryBlocks = Self.entryBlocks(article, entries: citations.entries, paragraphBlocks: paragraphBlocks)
    }

    /// The reading-order ordinal of the paragraph in block `index` (nil for a heading).
    public func ordinal(ofBlock index: Int) -> Int? {
        guard entries.indices.contains(index), entries[index].paragraph >= 0 else { return nil }
        return paragraphBlocks.partitionIndex { $0 > index } - 1
    }

    /// The blocks of the paragraph with reading-order `ordinal` (more than one for a long paragraph).
    public func blocks(ofOrdinal ordinal: Int) -> Range<Int> {
        guard paragraphBlocks.indices.contains(ordinal) else { return 0..<0 }
        let first = paragraphBlocks[ordinal]
        let next = ordinal + 1 < paragraphBlocks.count ? paragraphBlocks[ordinal + 1] : entries.count
        // A heading may sit between this paragraph's last piece and the next paragraph.
        let end = entries[(first + 1)..<next].firstIndex { $0.paragraph < 0 } ?? next
        return first..<end
    }

    /// A paragraph's text in pieces of at most `pieceLength` bytes, each ending after a space or line
    /// break where there is one, with each piece's offset in characters; one piece (`bytes` -1…-1, the
    /// whole text) for almost every text.
    static func pieces(of text: Substring) -> [(bytes: Range<Int>, offset: Int)] {
        let bytes = text.utf8
        guard bytes.count > pieceLength else { return [(-1..<(-1), 0)] }
        var out: [(bytes: Range<Int>, offset: Int)] = []
        var start = bytes.startIndex
        var offset = 0
        // Looked at once for the whole paragraph when its bytes are at hand (most are ASCII throughout).
        let plain = bytes.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 || $0 == 0x0D } } ?? false
        while start < bytes.endIndex {
            var end = bytes.index(start, offsetBy: pieceLength, limitedBy: bytes.endIndex) ?? bytes.endIndex
            if end < bytes.endIndex {
                let window = bytes[start..<end]
                if let space = window.lastIndex(where: { $0 == 0x20 || $0 == 0x0A }) {
                    end = bytes.index(after: space)
                } else {
                    // No space in a whole piece: cut at a scalar boundary (never inside a UTF-8 sequence).
                    while end > start, bytes[end] & 0xC0 == 0x80 { end = bytes.index(before: end) }
                }
            }
            out.append((bytes.distance(from: bytes.startIndex, to: start)..<bytes.distance(from: bytes.startIndex, to: end), offset))
            // ASCII without a carriage return has a character per byte: counted by bytes, as finding
            // grapheme breaks in 50 MB held the key loop for seconds when the article arrived.
            let piece = bytes[start..<end]
            offset += !plain && piece.contains { $0 >= 0x80 || $0 == 0x0D } ? text[start..<end].count : piece.count
            start = end
        }
        return out
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
            var paragraph = article.sections[block.section].paragraphs[number]
            if paragraph.text.utf8.count > Self.pieceLength {
                if block.offset > 0 { out = [] }  // a later piece continues the paragraph without a gap
                // Counted once, and only when there are marks to place: counting the piece's characters
                // for each of 16,000 emphasis marks made `show` quadratic (8,000 nested marks took 7 s).
                if !paragraph.emphasis.isEmpty {
                    let piece = block.offset..<block.offset + block.text.count
                    paragraph.emphasis = paragraph.emphasis.compactMap { mark in
                        let range = mark.range.clamped(to: piece)
                        return range.isEmpty ? nil : .init(range: (range.lowerBound - block.offset)..<(range.upperBound - block.offset), strong: mark.strong)
                    }
                }
                paragraph.text = block.text
            }
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
