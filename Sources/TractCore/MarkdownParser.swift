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
                blocks.append(Block(kind: .heading(level: level), line: line, text: inlineText(node)))
            case CMARK_NODE_PARAGRAPH:
                blocks.append(Block(kind: .body(kind(ofParagraphIn: parent)), line: line, text: inlineText(node)))
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                let literal = literalText(node).split(separator: "\n").joined(separator: "\n")
                if !literal.isEmpty { blocks.append(Block(kind: .body(.code), line: line, text: literal)) }
            case CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_BLOCK_QUOTE:
                collect(node, lineOffset: lineOffset, into: &blocks)
            default:
                break
            }
            child = cmark_node_next(node)
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

    /// The plain text of a block's inline content; emphasis and link markup dropped, breaks as spaces.
    private static func inlineText(_ node: OpaquePointer) -> String {
        var out = ""
        appendInline(node, to: &out)
        return String(out.trimmingSpaces())
    }

    private static func appendInline(_ parent: OpaquePointer, to out: inout String) {
        var child = cmark_node_first_child(parent)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                out += literalText(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out += " "
            default:
                appendInline(node, to: &out)
            }
            child = cmark_node_next(node)
        }
    }

    private static func literalText(_ node: OpaquePointer) -> String {
        guard let pointer = cmark_node_get_literal(node) else { return "" }
        return String(cString: pointer)
    }
}
