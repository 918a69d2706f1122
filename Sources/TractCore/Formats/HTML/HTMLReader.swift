/// Reads an HTML page the way reader modes do: the article's own text, without the site around it.
///
/// The article is the `<article>`, `<main>` or `role=main` element, else the element holding most of
/// the page's paragraph text (going down while one child still holds 70 % of it). Navigation, asides,
/// scripts, styles, forms and elements named for site furniture (`class="share-links"`, `id="toc"`)
/// are dropped. Headings come from `h1`–`h6`, and lists, quotes, preformatted text and tables keep
/// their kind; the title from citation or Open Graph metadata, else `<title>`, else the first `h1`.
public enum HTMLReader {
    public struct Result: Sendable {
        public var title: String?
        public var sections: [Section]
    }

    public static func parse(_ bytes: [UInt8]) -> Result {
        guard let document = HTMLDocument(html: bytes), let root = document.root else { return Result(title: nil, sections: []) }
        return read(root)
    }

    /// The article in a parsed page (also each XHTML document of an EPUB).
    static func read(_ root: HTMLNode, keepAll: Bool = false) -> Result {
        let body = root.first { $0.name == "body" } ?? root
        let content = keepAll ? body : HTMLContent.root(of: body)
        var writer = HTMLBlockWriter()
        writer.walk(content)
        writer.flush()
        var blocks = writer.blocks
        var title = HTMLContent.title(root) ?? blocks.first(where: { $0.headingLevel != nil }).map { String($0.text) }
        // The first heading repeating the title is the title, not a section; when the page title is it
        // plus the site's name ("Mozilla - Wikipedia"), the heading is the better title.
        let bare = { (text: String) in text.lowercased().filter { $0.isLetter || $0.isNumber } }
        if let page = title, let first = blocks.firstIndex(where: { $0.headingLevel != nil }),
           blocks[first].headingLevel == blocks.compactMap(\.headingLevel).min() {
            let heading = String(blocks[first].text)
            if bare(page) == bare(heading) || page.lowercased().hasPrefix(heading.lowercased() + " ") {
                title = heading
                blocks.remove(at: first)
            }
        }
        return Result(title: title, sections: SectionBuilder.sections(from: levelled(blocks)))
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

/// Finding the article in a page, and its metadata.
enum HTMLContent {
    static let dropped: Set<String> = ["script", "style", "noscript", "nav", "aside", "form", "iframe", "svg", "button",
                                       "select", "template", "object", "embed", "head", "input", "textarea", "menu"]
    /// Words in class or id names that mark site furniture rather than the article.
    static let furniture: Set<String> = ["nav", "navbar", "navigation", "menu", "vertmenu", "sidebar", "breadcrumb",
                                         "breadcrumbs", "share", "sharing", "social", "related", "toolbar", "comment",
                                         "comments", "cookie", "banner", "advert", "ads", "toc", "portal", "signup",
                                         "widget", "editsection", "skip", "masthead", "footer", "popup", "modal"]

    /// Whether an element is left out of the article.
    static func isDropped(_ node: HTMLNode) -> Bool {
        let name = node.name
        if dropped.contains(name) || name == "header" || name == "footer" { return true }
        if node.attribute("role").map({ ["navigation", "complementary", "banner", "contentinfo", "search"].contains($0) }) == true {
            return true
        }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        return names.split { !$0.isLetter && !$0.isNumber }.contains { furniture.contains(String($0)) }
    }

    /// The element holding the article.
    static func root(of body: HTMLNode) -> HTMLNode {
        var scores: [xmlNodeKey: Int] = [:]
        let total = score(body, into: &scores)
        let marked = body.all { ["article", "main"].contains($0.name) || $0.attribute("role") == "main" }
            .filter { !isDropped($0) }.max { (scores[key($0)] ?? 0) < (scores[key($1)] ?? 0) }
        if let marked, (scores[key(marked)] ?? 0) * 10 >= total * 6 { return marked }
        var current = body
        while let best = current.children.filter({ $0.isElement && !isDropped($0) }).max(by: { (scores[key($0)] ?? 0) < (scores[key($1)] ?? 0) }),
              (scores[key(best)] ?? 0) * 10 >= total * 7 {
            current = best
        }
        return current
    }

    typealias xmlNodeKey = UnsafeMutableRawPointer

    private static func key(_ node: HTMLNode) -> xmlNodeKey { UnsafeMutableRawPointer(node.pointer) }

    /// Characters of paragraph-like text below `node` (dropped elements left out), kept per element.
    @discardableResult
    private static func score(_ node: HTMLNode, into scores: inout [xmlNodeKey: Int]) -> Int {
        var total = 0
        for child in node.children where child.isElement && !isDropped(child) {
            if ["p", "pre"].contains(child.name) {
                total += HTMLText.inline(child).count
            } else {
                // A list item or table cell counts its own text unless it holds blocks (a layout table).
                let inner = score(child, into: &scores)
                total += inner > 0 || !["li", "td", "dd", "blockquote"].contains(child.name) ? inner : HTMLText.inline(child).count
            }
        }
        scores[key(node)] = total
        return total
    }

    /// Citation, Open Graph or Dublin Core title, else `<title>`.
    static func title(_ root: HTMLNode) -> String? {
        let metas = root.all { $0.name == "meta" }
        for wanted in ["citation_title", "og:title", "dc.title", "twitter:title"] {
            if let meta = metas.first(where: { ($0.attribute("name") ?? $0.attribute("property"))?.lowercased() == wanted }),
               let content = meta.attribute("content").map(HTMLText.collapsed), !content.isEmpty {
                return Sanitizer.clean(content)
            }
        }
        return root.first { $0.name == "title" }.map { Sanitizer.clean(HTMLText.inline($0)) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
