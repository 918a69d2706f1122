import CCmark

/// Structure of a CommonMark article, read with cmark: headings, paragraphs, list items, quotes and
/// code blocks, each with its source line.
public enum MarkdownParser {
    /// The parsed shape of a Markdown text, before topics are assigned.
    public struct Result: Sendable {
        public var frontMatter: FrontMatter
        /// The level-1 heading the text opens with when it is the only one: the title, not a section.
        public var title: String?
        public var titleLine: Int?
        public var sections: [Section]
    }

    /// Parses decoded Markdown text, front matter included.
    public static func parse(_ text: String) -> Result {
        let (frontMatter, body, lineOffset) = FrontMatter.split(text)
        var blocks: [Block] = []
        let length = body.utf8.count
        let document = body.withCString { cmark_parse_document($0, length, CMARK_OPT_DEFAULT) }
        if let document {
            collect(document, lineOffset: lineOffset, into: &blocks)
            cmark_node_free(document)
        }
        let title = leadingTitle(blocks)
        if title != nil { blocks.removeFirst() }
        return Result(frontMatter: frontMatter, title: title?.text, titleLine: title?.line,
                      sections: SectionBuilder.sections(from: blocks))
    }

    /// A document that opens with its only level-1 heading is titled by it (`# Aspirin`, then `##`
    /// sections); where several level-1 headings divide the text, the first is a section like the rest.
    private static func leadingTitle(_ blocks: [Block]) -> Block? {
        guard let first = blocks.first, first.headingLevel == 1 else { return nil }
        return blocks.dropFirst().contains { $0.headingLevel == 1 } ? nil : first
    }

    private static func collect(_ parent: OpaquePointer, lineOffset: Int, into blocks: inout [Block]) {
        var child = cmark_node_first_child(parent)
        while let node = child {
            let line = Int(cmark_node_get_start_line(node)) + lineOffset
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                let level = Int(cmark_node_get_heading_level(node))
                blocks.append(Block(kind: .heading(level: level), line: line, text: inlineText(node).text))
            case CMARK_NODE_PARAGRAPH:
                let (text, emphasis) = inlineText(node)
                blocks.append(Block(kind: .body(kind(ofParagraphIn: parent)), line: line, text: text, emphasis: emphasis))
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                let literal = literalText(node).split(separator: "\n").joined(separator: "\n")
                if !literal.isEmpty { blocks.append(Block(kind: .body(.code), line: line, text: literal)) }
            case CMARK_NODE_LIST:
                collectList(node, lineOffset: lineOffset, into: &blocks)
            case CMARK_NODE_ITEM, CMARK_NODE_BLOCK_QUOTE:
                collect(node, lineOffset: lineOffset, into: &blocks)
            default:
                break
            }
            child = cmark_node_next(node)
        }
    }

    /// A list's items keep their bullet (•) or number (`3.`, as the list counts from its start).
    private static func collectList(_ list: OpaquePointer, lineOffset: Int, into blocks: inout [Block]) {
        let ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST
        let delimiter = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ")" : "."
        var number = Int(cmark_node_get_list_start(list))
        var item = cmark_node_first_child(list)
        while let node = item {
            let first = blocks.count
            collect(node, lineOffset: lineOffset, into: &blocks)
            if first < blocks.count, case .body(.listItem) = blocks[first].kind {
                blocks[first].prefix(ordered ? "\(number)\(delimiter) " : "• ")
            }
            number += 1
            item = cmark_node_next(node)
        }
    }

    /// A paragraph inside a list item is a list item, inside a block quote a quote.
    private static func kind(ofParagraphIn parent: OpaquePointer) -> Paragraph.Kind {
        var node: OpaquePointer? = parent
        while let current = node {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_ITEM: return .listItem
            case CMARK_NODE_BLOCK_QUOTE: return .quote
            default: node = cmark_node_parent(current)
            }
        }
        return .paragraph
    }

    /// The plain text of a block's inline content, breaks as spaces, link markup dropped; where the
    /// text is emphasised (`*…*`, `**…**`) is kept as character ranges, so the reader can show it.
    private static func inlineText(_ node: OpaquePointer) -> (text: String, emphasis: [Paragraph.Emphasis]) {
        var out = ""
        var emphasis: [Paragraph.Emphasis] = []
        appendInline(node, to: &out, emphasis: &emphasis)
        let leading = out.prefix { $0 == " " }.count
        let text = String(out.trimmingSpaces())
        let shifted = emphasis.compactMap { mark -> Paragraph.Emphasis? in
            let range = max(mark.range.lowerBound - leading, 0)..<min(mark.range.upperBound - leading, text.count)
            return range.isEmpty ? nil : Paragraph.Emphasis(range: range, strong: mark.strong)
        }
        return (text, shifted)
    }

    private static func appendInline(_ parent: OpaquePointer, to out: inout String, emphasis: inout [Paragraph.Emphasis]) {
        var child = cmark_node_first_child(parent)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                out += literalText(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out += " "
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
                let start = out.count
                appendInline(node, to: &out, emphasis: &emphasis)
                if out.count > start {
                    emphasis.append(Paragraph.Emphasis(range: start..<out.count, strong: cmark_node_get_type(node) == CMARK_NODE_STRONG))
                }
            default:
                appendInline(node, to: &out, emphasis: &emphasis)
            }
            child = cmark_node_next(node)
        }
    }

    private static func literalText(_ node: OpaquePointer) -> String {
        guard let pointer = cmark_node_get_literal(node) else { return "" }
        return String(cString: pointer)
    }
}
