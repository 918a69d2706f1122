/// Text of HTML elements: inline content run together with whitespace collapsed, dropped parts left out.
enum HTMLText {
    static func inline(_ node: HTMLNode) -> String {
        var out = ""
        append(node, to: &out)
        return collapsed(out)
    }

    private static func append(_ node: HTMLNode, to out: inout String) {
        for child in node.children {
            if child.isText { out += child.content; continue }
            guard child.isElement, !HTMLContent.isDropped(child) else { continue }
            if child.name == "br" { out += " "; continue }
            append(child, to: &out)
            if HTMLBlockWriter.blockTags.contains(child.name) { out += " " }
        }
    }

    /// Runs of whitespace as one space, none at the ends.
    /// Read as UTF-8 bytes: asking each `Character` whether it is whitespace (Unicode properties) was a
    /// third of reading a big page. Besides ASCII's, the Unicode spaces a page uses (no-break, thin, em,
    /// ideographic…) are known by their bytes.
    static func collapsed(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let length = spaceLength(bytes, at: index)
            if length > 0 {
                pendingSpace = !out.isEmpty
                index += length
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// How many bytes the whitespace character at `index` takes (0: not whitespace).
    private static func spaceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || (0x09...0x0D).contains(byte) { return 1 }
        guard byte >= 0xC2, index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }  // next line, no-break space
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0                       // ogham space
        case (0xE2, 0x80): return (0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third) ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0                       // medium mathematical space
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0                       // ideographic space
        default: return 0
        }
    }

    /// Preformatted text as written, lines kept.
    static func raw(_ node: HTMLNode) -> String {
        var out = ""
        func append(_ node: HTMLNode) {
            for child in node.children {
                if child.isText { out += child.content } else if child.isElement {
                    if child.name == "br" { out += "\n" } else { append(child) }
                }
            }
        }
        append(node)
        return out.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = line
            while line.last?.isWhitespace == true { line = line.dropLast() }
            return String(line)
        }.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    /// A table as rows of cells separated by " | ".
    static func table(_ node: HTMLNode) -> String {
        node.all { $0.name == "tr" }.map { row in
            row.children.filter { $0.name == "td" || $0.name == "th" }.map(inline).joined(separator: " | ")
        }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

/// Walks the article's elements in document order and writes blocks: headings, paragraphs, list
/// items, quotes, preformatted text and tables, each with its source line.
struct HTMLBlockWriter {
    static let blockTags: Set<String> = ["p", "div", "section", "article", "main", "ul", "ol", "li", "dl", "dt", "dd",
                                         "blockquote", "pre", "table", "figure", "figcaption", "h1", "h2", "h3", "h4",
                                         "h5", "h6", "hr", "center", "details", "summary", "caption", "address",
                                         "table", "tbody", "thead", "tfoot", "tr", "td", "th"]

    /// A table used to lay a page out (it holds headings, paragraphs or other tables), not data.
    static func isLayout(_ table: HTMLNode) -> Bool {
        table.first { ["h1", "h2", "h3", "h4", "h5", "h6", "p", "table", "ul", "ol"].contains($0.name) } != nil
    }

    private(set) var blocks: [Block] = []
    /// Elements cleared from the article (`HTMLCleaner`): passed by.
    var removed: Set<HTMLStats.Key> = []
    /// Loose text between block elements, and where it started.
    private var pending = ""
    private var pendingLine = 0

    mutating func walk(_ node: HTMLNode, kind: Paragraph.Kind = .paragraph) {
        for child in node.children {
            if child.isText {
                if pending.isEmpty { pendingLine = child.line }
                pending += child.content
                continue
            }
            guard child.isElement, !isLeftOut(child) else { continue }
            element(child, kind: kind)
        }
    }

    /// One element of the article as it stands (the extracted article's top elements).
    mutating func write(_ node: HTMLNode) {
        guard node.isElement, !isLeftOut(node) else { return }
        if Self.blockTags.contains(node.name) || Self.inlineTags.contains(node.name) { element(node, kind: .paragraph) } else { walk(node) }
    }

    /// Elements whose text runs on with the text around them.
    static let inlineTags: Set<String> = ["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
                                          "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
                                          "img", "br", "wbr", "label", "del", "ins"]

    private func isLeftOut(_ node: HTMLNode) -> Bool {
        HTMLContent.isDropped(node) || removed.contains(HTMLStats.key(node))
    }

    private mutating func element(_ node: HTMLNode, kind: Paragraph.Kind) {
        let name = node.name
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            let text = Sanitizer.clean(HTMLText.inline(node))
            if !text.isEmpty { blocks.append(Block(kind: .heading(level: Int(String(name.last!)) ?? 1), line: node.line, text: text)) }
        case "p", "figcaption", "dt", "dd", "caption", "summary", "address":
            flush()
            add(HTMLText.inline(node), kind: kind, line: node.line)
        case "li":
            flush()
            listItem(node)
        case "pre":
            flush()
            add(HTMLText.raw(node), kind: .code, line: node.line, collapse: false)
        case "table" where !Self.isLayout(node):
            flush()
            add(HTMLText.table(node), kind: .table, line: node.line, collapse: false)
        case "blockquote":
            flush()
            walk(node, kind: .quote)
            flush(kind: .quote)
        case "br", "hr":
            flush()
        case _ where Self.blockTags.contains(name):
            flush(kind: kind)
            walk(node, kind: kind)
            flush(kind: kind)
        default:  // inline: its text joins the loose text
            if pending.isEmpty { pendingLine = node.line }
            pending += " " + HTMLText.inline(node) + " "
        }
    }

    /// A list item's own text with its marker; lists inside it follow as items of their own.
    private mutating func listItem(_ node: HTMLNode) {
        let ordered = node.parent?.name == "ol"
        let number = ordered ? (node.parent?.children.filter { $0.name == "li" }.firstIndex { $0.pointer == node.pointer } ?? 0) + 1 : 0
        var own = HTMLBlockWriter()
        for child in node.children where !(child.isElement && ["ul", "ol"].contains(child.name)) {
            if child.isText { own.pending += child.content } else if child.isElement && !isLeftOut(child) {
                own.pending += " " + HTMLText.inline(child) + " "
            }
        }
        add(own.pending, kind: .listItem, line: node.line, marker: ordered ? "\(number). " : "• ")
        for child in node.children where child.isElement && ["ul", "ol"].contains(child.name) { walk(child) }
    }

    private mutating func add(_ text: String, kind: Paragraph.Kind, line: Int, collapse: Bool = true, marker: String = "") {
        let cleaned = Sanitizer.clean(collapse ? HTMLText.collapsed(text) : text)
        guard !cleaned.isEmpty else { return }
        blocks.append(Block(kind: .body(kind), line: line, text: marker + cleaned))
    }

    /// Loose text gathered since the last block becomes a paragraph of its own.
    mutating func flush(kind: Paragraph.Kind = .paragraph) {
        defer { pending = "" }
        add(pending, kind: kind, line: pendingLine)
    }
}
