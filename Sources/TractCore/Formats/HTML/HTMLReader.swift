/// Reads an HTML page the way reader modes do: the article's own text, without the site around it
/// (`HTMLExtractor`), its title (`HTMLTitle`) and what the page says of it (`HTMLMetadata`). Headings
/// come from `h1`–`h6` inside the article; lists, quotes, preformatted text and tables keep their kind.
public enum HTMLReader {
    public struct Result: Sendable {
        public var title: String?
        public var sections: [Section]
        public var about: ArticleMetadata
        public var date: String?

        public init(title: String?, sections: [Section], about: ArticleMetadata = ArticleMetadata(), date: String? = nil) {
            (self.title, self.sections, self.about, self.date) = (title, sections, about, date)
        }
    }

    public static func parse(_ bytes: [UInt8]) -> Result {
        let cut = HTMLMarkup.cutPoint(bytes, budget: maximumMarkup).map { bytes[..<$0] } ?? bytes[...]
        guard let document = HTMLDocument(html: Array(cut)), let root = document.root else { return Result(title: nil, sections: []) }
        var result = read(root)
        if document.stoppedTooDeep { result.sections = saying(tooDeep, after: result.sections) }
        if cut.count < bytes.count {
            result.sections = saying("[Tract: this page is \(bytes.count >> 20) MB; only its first \(maximumMarkup >> 20) MB of markup "
                                     + "(scripts and styles not counted) were read.]", after: result.sections)
        }
        return result
    }

    /// The most markup a page is read to, its scripts and styles not counted: a saved article's page
    /// holds well under 1 MB of it, and a page of 30 MB took 11 s and 485 MB to read whole (its first
    /// 8 MB, 125,000 paragraphs, still 3.7 s). What is past it is left out, and the page says so.
    public static let maximumMarkup = 4 << 20

    /// `sections` with a last paragraph saying `notice` (that the page was not read whole, and why).
    public static func saying(_ notice: String, after sections: [Section]) -> [Section] {
        var sections = sections.isEmpty ? [Section(heading: nil, level: 0, line: 1)] : sections
        let line = sections.last!.paragraphs.last.map { $0.line + 1 } ?? sections.last!.line
        sections[sections.count - 1].paragraphs.append(Paragraph(line: line, text: notice))
        return sections
    }

    static let tooDeep = "[Tract: the rest of this document is not shown: its elements nest more than 256 deep "
        + "there, past what its HTML parser reads.]"

    /// The article in a parsed page; with `keepAll` (each XHTML document of an EPUB) the whole body.
    static func read(_ root: HTMLNode, keepAll: Bool = false) -> Result {
        let body = root.first { $0.name == "body" } ?? root
        let metadata = HTMLMetadata(root)
        var title = HTMLTitle.title(root, metadata: metadata)
        var writer = HTMLBlockWriter()
        if keepAll {
            writer.removed = Set(HTMLCleaner.hardFurniture(in: body).map(HTMLStats.key))
            writer.walk(body)
        } else {
            let article = HTMLExtractor(body: body, stats: HTMLStats(body), title: title).article()
            writer.removed = article.removed
            for node in article.nodes { writer.write(node) }
        }
        writer.flush()
        var blocks = writer.blocks
        if title == nil { title = blocks.first(where: { $0.headingLevel != nil }).map { String($0.text) } }
        // The first heading repeating the title is the title, not a section.
        if let page = title, let first = blocks.firstIndex(where: { $0.headingLevel != nil }),
           blocks[first].headingLevel == blocks.compactMap(\.headingLevel).min(), HTMLTitle.similar(String(blocks[first].text), page) {
            blocks.remove(at: first)
        }
        return Result(title: title, sections: SectionBuilder.sections(from: levelled(blocks)), about: metadata.about, date: metadata.date)
    }

    /// Heading levels counted from the page's topmost one (`h3` sections under an `h1` title are level 1).
    private static func levelled(_ blocks: [Block]) -> [Block] {
        guard let top = blocks.compactMap(\.headingLevel).min(), top > 1 else { return blocks }
        return blocks.map { block in
            guard let level = block.headingLevel else { return block }
            var copy = block
            copy.kind = .heading(level: level - top + 1)
            return copy
        }
    }
}

/// What is never part of any article: scripts, styles, form controls, embedded frames, navigation and
/// hidden elements. Everything else is weighed (`HTMLExtractor`).
enum HTMLContent {
    static let dropped: Set<String> = ["script", "style", "noscript", "nav", "iframe", "svg", "button", "select", "template",
                                       "head", "input", "textarea", "menu", "link", "meta"]

    /// Whether an element is left out wherever it is.
    static func isDropped(_ node: HTMLNode) -> Bool {
        if dropped.contains(node.name) { return true }
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden") == "true", node.attribute("class")?.contains("fallback-image") != true { return true }
        guard let style = node.attribute("style")?.lowercased(), style.contains("none") || style.contains("hidden") else { return false }
        let compact = style.filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
