import CCmark
import Glibc

/// Structure of a CommonMark article, read with cmark: headings, paragraphs, list items, quotes and
/// code blocks, each with its source line.
public enum MarkdownParser {
    /// The parsed shape of a Markdown text, before topics are assigned.
    public struct Result: Sendable {
        public var frontMatter: FrontMatter
        /// The level-1 heading the text opens with when it is the only one: the title, not a section;
        /// else, with no title in its front matter either, what `parse`'s `untitled` made of the text.
        public var title: String?
        public var titleLine: Int?
        public var sections: [Section]
    }

    /// Parses decoded Markdown text, front matter included. A long text is parsed in pieces of at
    /// least `pieceBytes` (see `MarkdownChunks`); the result is the same as in one go. `untitled`
    /// names a text with no title of its own (`Result.title` is then its answer): it is asked before
    /// the text is let go.
    public static func parse(_ text: consuming String, pieceBytes: Int = 64 * 1024,
                             untitled: ((String) -> String)? = nil) -> Result {
        var (frontMatter, body, lineOffset) = FrontMatter.split(text)
        var (pieces, continuing) = self.pieces(of: &body, lineOffset: lineOffset, pieceBytes: pieceBytes)
        let title = leadingTitle(pieces.joined())
        let named = title == nil && frontMatter.title == nil ? untitled?(text) : nil
        // The blocks hold strings of their own: the text goes before the pieces are joined and the
        // sections made from them, so the text is not held beside either (10 MB: a peak 2 MB lower).
        _ = consume text
        _ = consume body
        let blocks = joined(&pieces, continuing: continuing, droppingFirst: title != nil)
        return Result(frontMatter: frontMatter, title: title.map { String($0.text) } ?? named, titleLine: title?.line,
                      sections: SectionBuilder.sections(from: blocks))
    }

    /// The blocks of each piece of `body` in order, the pieces parsed on all cores (each is a document
    /// of its own).
    private static func pieces(of body: inout String, lineOffset: Int, pieceBytes: Int) -> ([[Block]], continuing: [Bool]) {
        let chunks = MarkdownChunks(body, minimumBytes: pieceBytes)
        let blocks = body.withUTF8 { utf8 in  // native UTF-8: nothing is copied
            nonisolated(unsafe) let text = utf8
            return ParallelMap.map(chunks.pieces.count, minimumPerRun: 4) { index in
                let piece = chunks.pieces[index]
                let bytes = UnsafeBufferPointer(rebasing: text[piece.bytes])
                var withDefinitions = chunks.appendix.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) + chunks.appendix
                var blocks: [Block] = []
                guard let document = withDefinitions?.withUTF8(parseDocument) ?? parseDocument(bytes) else { return blocks }
                collect(document, lineOffset: lineOffset + piece.lineOffset, into: &blocks)
                cmark_node_free(document)
                return blocks
            }
        }
        return (blocks, chunks.pieces.map(\.continues))
    }

    /// The pieces' blocks in one array (without the first, the title, when asked), each piece let go
    /// once copied rather than all pieces held beside all blocks; a piece cut from a long line has its
    /// first paragraph joined to the one before (`MarkdownChunks.longLine`).
    private static func joined(_ pieces: inout [[Block]], continuing: [Bool], droppingFirst: Bool) -> [Block] {
        var blocks: [Block] = []
        blocks.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
        var dropping = droppingFirst
        var chain: ParagraphChain?
        for index in pieces.indices {
            var own = pieces[index][...]
            if continuing[index], let first = own.first, case .body(.paragraph) = first.kind {
                if chain == nil, let last = blocks.popLast() {
                    let bytes = (index..<pieces.count).prefix { continuing[$0] }.reduce(last.text.utf8.count) { $0 + 1 + (pieces[$1].first?.text.utf8.count ?? 0) }
                    chain = ParagraphChain(last, reserving: bytes)
                }
                if chain != nil {
                    chain?.append(first)
                    own = own.dropFirst()
                }
            }
            if !own.isEmpty, let done = chain {
                blocks.append(done.block)
                chain = nil
            }
            blocks.append(contentsOf: own.dropFirst(dropping && !own.isEmpty ? 1 : 0))
            if !pieces[index].isEmpty { dropping = false }
            pieces[index] = []
        }
        if let done = chain { blocks.append(done.block) }
        return blocks
    }

    /// A paragraph put back together from the parts of a cut line, its emphasis moved along.
    private struct ParagraphChain {
        private var first: Block
        private var text: String
        /// Characters so far, once a part with emphasis needed them.
        private var count: Int?

        init(_ block: Block, reserving bytes: Int) {
            first = block
            text = String(block.text)
            text.reserveCapacity(bytes)
        }

        mutating func append(_ part: Block) {
            if !part.emphasis.isEmpty || count != nil {
                let start = (count ?? text.count) + 1
                first.emphasis += part.emphasis.map {
                    Paragraph.Emphasis(range: ($0.range.lowerBound + start)..<($0.range.upperBound + start), strong: $0.strong)
                }
                count = start + part.text.count
            }
            text += " "
            text += part.text
        }

        var block: Block {
            var block = first
            block.text = Substring(text)
            return block
        }
    }

    private static func parseDocument(_ bytes: UnsafeBufferPointer<UInt8>) -> OpaquePointer? {
        bytes.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT) }
    }

    /// A document that opens with its only level-1 heading is titled by it (`# Aspirin`, then `##`
    /// sections); where several level-1 headings divide the text, the first is a section like the rest.
    private static func leadingTitle(_ blocks: FlattenSequence<[[Block]]>) -> Block? {
        guard let first = blocks.first, first.headingLevel == 1 else { return nil }
        return blocks.dropFirst().contains { $0.headingLevel == 1 } ? nil : first
    }

    /// Walks the document with cmark's iterator rather than recursion, so a text nested thousands of
    /// levels deep (quotes in quotes, lists in lists) cannot overflow the stack.
    private static func collect(_ document: OpaquePointer, lineOffset: Int, into blocks: inout [Block]) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var walk = BlockWalk(lineOffset: lineOffset)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER { walk.enter(node, into: &blocks) } else { walk.exit(node, into: &blocks) }
        }
    }

    /// The state of the walk: the containers open around the current node, innermost last.
    private struct BlockWalk {
        let lineOffset: Int
        /// `.listItem` or `.quote` for each open item or block quote.
        var containers: [Paragraph.Kind] = []
        /// Open lists: ordered or not, the delimiter, the next number.
        var lists: [(ordered: Bool, delimiter: String, number: Int)] = []
        /// For each open item: where its blocks start.
        var items: [Int] = []

        mutating func enter(_ node: OpaquePointer, into blocks: inout [Block]) {
            let line = Int(cmark_node_get_start_line(node)) + lineOffset
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                blocks.append(Block(kind: .heading(level: Int(cmark_node_get_heading_level(node))), line: line, text: inlineText(node).text))
            case CMARK_NODE_PARAGRAPH:
                let (text, emphasis) = inlineText(node)
                blocks.append(Block(kind: .body(containers.last ?? .paragraph), line: line, text: text, emphasis: emphasis))
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                let literal = literalText(node).split(separator: "\n").joined(separator: "\n")
                if !literal.isEmpty { blocks.append(Block(kind: .body(.code), line: line, text: literal)) }
            case CMARK_NODE_LIST:
                lists.append((cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                              cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : ".", Int(cmark_node_get_list_start(node))))
            case CMARK_NODE_ITEM:
                containers.append(.listItem)
                items.append(blocks.count)
            case CMARK_NODE_BLOCK_QUOTE:
                containers.append(.quote)
            default:
                break
            }
        }

        /// A list item's first paragraph gets the item's bullet (•) or number (`3.`, as the list counts).
        mutating func exit(_ node: OpaquePointer, into blocks: inout [Block]) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LIST:
                _ = lists.popLast()
            case CMARK_NODE_ITEM:
                _ = containers.popLast()
                guard let first = items.popLast(), var list = lists.popLast() else { return }
                if first < blocks.count, case .body(.listItem) = blocks[first].kind {
                    blocks[first].prefix(list.ordered ? "\(list.number)\(list.delimiter) " : "• ")
                }
                list.number += 1
                lists.append(list)
            case CMARK_NODE_BLOCK_QUOTE:
                _ = containers.popLast()
            default:
                break
            }
        }
    }

    /// The plain text of a block's inline content, breaks as spaces, link markup dropped; where the
    /// text is emphasised (`*…*`, `**…**`) is kept as character ranges, so the reader can show it.
    /// Walked with the iterator too (emphasis can nest as deep as anyone types it).
    private static func inlineText(_ node: OpaquePointer) -> (text: String, emphasis: [Paragraph.Emphasis]) {
        // The text is gathered as UTF-8 and made a string once: a string per piece of text (cmark's
        // are valid UTF-8) cost a check and a copy each.
        var bytes: [UInt8] = []
        // Emphasis is marked by UTF-8 offsets as the text grows (counting characters at each mark was
        // quadratic: 30,000 nested `*a **a` took a minute) and turned into characters at the end, only
        // for a paragraph that has any (counting every paragraph's characters cost a tenth of a parse).
        var marks: [(bytes: Range<Int>, strong: Bool)] = []
        var open: [Int] = []
        if let iterator = cmark_iter_new(node) {
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
                guard let child = cmark_iter_get_node(iterator), child != node else { continue }
                switch (cmark_node_get_type(child), event) {
                case (CMARK_NODE_TEXT, _), (CMARK_NODE_CODE, _), (CMARK_NODE_HTML_INLINE, _): appendLiteral(of: child, to: &bytes)
                case (CMARK_NODE_SOFTBREAK, _), (CMARK_NODE_LINEBREAK, _): bytes.append(0x20)
                case (CMARK_NODE_EMPH, CMARK_EVENT_ENTER), (CMARK_NODE_STRONG, CMARK_EVENT_ENTER): open.append(bytes.count)
                case (CMARK_NODE_EMPH, CMARK_EVENT_EXIT), (CMARK_NODE_STRONG, CMARK_EVENT_EXIT):
                    if let start = open.popLast(), bytes.count > start {
                        marks.append((start..<bytes.count, cmark_node_get_type(child) == CMARK_NODE_STRONG))
                    }
                default: break
                }
            }
        }
        // Made at exactly its length (a long paragraph's text grown by appending held up to twice the
        // room it needs; 10 MB of Markdown: a peak ~2 MB lower).
        let out = String(decoding: bytes, as: UTF8.self)
        let trimmed = out.trimmingSpaces()
        let text = trimmed.utf8.count == out.utf8.count ? out : String(decoding: trimmed.utf8, as: UTF8.self)
        guard !marks.isEmpty else { return (text, []) }
        // The text's ends are measured in the same walk as the marks (counting its characters apart
        // was a sixth of this).
        let start = out.utf8.distance(from: out.startIndex, to: trimmed.startIndex)
        let ends = [start, start + trimmed.utf8.count]
        let characterAt = Self.characterOffsets(of: marks.flatMap { [$0.bytes.lowerBound, $0.bytes.upperBound] } + ends, in: out)
        func characters(_ offset: Int) -> Int { (characterAt[offset] ?? 0) - (characterAt[start] ?? 0) }
        let textLength = characters(ends[1])
        let emphasis = marks.compactMap { mark -> Paragraph.Emphasis? in
            let range = (characters(mark.bytes.lowerBound)..<characters(mark.bytes.upperBound)).clamped(to: 0..<textLength)
            return range.isEmpty ? nil : Paragraph.Emphasis(range: range, strong: mark.strong)
        }
        return (text, emphasis)
    }

    /// The character offset of each UTF-8 offset in `text` (one inside a character counts as that
    /// character), in one walk over the text: measuring each from the start was quadratic, 40 s for
    /// 30,000 nested `*a **a` on one line. An ASCII byte other than CR followed by another ASCII byte
    /// is a character of its own; only elsewhere are the grapheme rules asked (they were half of
    /// reading a Markdown article's emphasis).
    private static func characterOffsets(of offsets: [Int], in text: String) -> [Int: Int] {
        let wanted = Set(offsets).sorted()
        var found: [Int: Int] = [:]
        var (next, characters) = (0, 0)
        var bytes = text
        bytes.withUTF8 { utf8 in
            var byte = 0
            while byte < utf8.count {
                let lead = utf8[byte]
                var end = byte + 1
                if lead >= 0x80 || lead == 0x0D || (end < utf8.count && utf8[end] >= 0x80) {
                    let here = text.utf8.index(text.utf8.startIndex, offsetBy: byte)
                    end = byte + text.utf8.distance(from: here, to: text.index(after: here))
                }
                while next < wanted.count && wanted[next] < end {
                    found[wanted[next]] = characters
                    next += 1
                }
                (characters, byte) = (characters + 1, end)
            }
        }
        for offset in wanted[next...] { found[offset] = characters }
        return found
    }

    private static func literalText(_ node: OpaquePointer) -> String {
        guard let pointer = cmark_node_get_literal(node) else { return "" }
        return String(cString: pointer)
    }

    private static func appendLiteral(of node: OpaquePointer, to bytes: inout [UInt8]) {
        guard let pointer = cmark_node_get_literal(node) else { return }
        pointer.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: strlen(pointer))) }
    }
}
