/// What an element's class and id names say about it, as Readability reads them: parts of names that
/// mark an article (`content`, `post`, `story`) or site furniture (`sidebar`, `share`, `comment`). They
/// move a score; they drop an element only when it is not where the page's text is (see
/// `HTMLExtractor.isUnlikely`). Matched as parts of the names, case ignored, as Readability's patterns are.
enum HTMLWeights {
    static let positive = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
                           "post", "text", "blog", "story"]
    static let negative = ["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
                           "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
                           "skyscraper", "sponsor", "shopping", "tags", "widget"]
    /// Names of elements that are rarely the article: dropped before scoring unless they hold much of
    /// the page's text or also name a likely part (`okMaybe`).
    static let unlikely = ["-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
                           "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
                           "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
                           "pagination", "pager", "popup", "yom-remote"]
    static let okMaybe = ["and", "article", "body", "column", "content", "main", "shadow"]
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]

    /// The class and the id, lower case.
    static func names(_ node: HTMLNode) -> (className: String, id: String) {
        ((node.attribute("class") ?? "").lowercased(), (node.attribute("id") ?? "").lowercased())
    }

    /// −25 for a furniture name, +25 for an article name, for the class and the id each.
    static func weight(_ node: HTMLNode) -> Double {
        let (className, id) = names(node)
        var weight = 0.0
        for name in [className, id] where !name.isEmpty {
            let bytes = name.utf8
            if Self.negativeBytes.contains(where: { Self.has(bytes, $0) }) { weight -= 25 }
            if Self.positiveBytes.contains(where: { Self.has(bytes, $0) }) { weight += 25 }
        }
        return weight
    }

    /// Whether the names mark an element that is rarely the article.
    static func isUnlikely(_ node: HTMLNode) -> Bool {
        if let role = node.attribute("role"), unlikelyRoles.contains(role.lowercased()) { return true }
        let (className, id) = names(node)
        guard !className.isEmpty || !id.isEmpty else { return false }
        let both = (className + " " + id).utf8
        return Self.unlikelyBytes.contains { Self.has(both, $0) } && !Self.okMaybeBytes.contains { Self.has(both, $0) }
    }

    private static let negativeBytes = negative.map { Array($0.utf8) }
    private static let positiveBytes = positive.map { Array($0.utf8) }
    private static let unlikelyBytes = unlikely.map { Array($0.utf8) }
    private static let okMaybeBytes = okMaybe.map { Array($0.utf8) }

    /// Whether the class or id contains `part` (lower case).
    static func namesContain(_ node: HTMLNode, _ part: String) -> Bool {
        let (className, id) = names(node)
        return has(className.utf8, Array(part.utf8)) || has(id.utf8, Array(part.utf8))
    }

    /// Whether `part` occurs in `name` (both lower-case UTF-8; names are short, a plain scan is enough).
    private static func has(_ name: String.UTF8View, _ part: [UInt8]) -> Bool {
        guard let first = part.first else { return true }
        var rest = name[...]
        while rest.count >= part.count {
            if rest.first == first && rest.starts(with: part) { return true }
            rest = rest.dropFirst()
        }
        return false
    }

    /// The starting score of a candidate by its tag: containers of text up, lists and headings down.
    static func tagScore(_ name: String) -> Double {
        switch name {
        case "div": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }
}
