/// A page's title: what the page says its article is called in its metadata (JSON-LD `headline`,
/// `citation_title`, Dublin Core, Open Graph, `twitter:title`), else its `<title>` with the site's name
/// cut off where a separator sets it apart (`Title | Site`, `Site - Title`, `Site: Title`), else its
/// only `h1`. A known site name (`og:site_name`, JSON-LD publisher) is cut from a metadata title too.
enum HTMLTitle {
    static let separators: Set<Character> = ["|", "-", "–", "—", "\\", "/", ">", "»"]

    static func title(_ root: HTMLNode, metadata: HTMLMetadata) -> String? {
        let found = metadata.title.map { withoutSite($0, site: metadata.siteName) } ?? fromTitleElement(root)
        return found.map(HTMLText.collapsed).flatMap { $0.isEmpty ? nil : Sanitizer.clean($0) }
    }

    /// `Title | Site` or `Site: Title` without the site, when the site's name is known.
    static func withoutSite(_ title: String, site: String?) -> String {
        guard let site = site.map(HTMLText.collapsed), !site.isEmpty, title.count > site.count + 3 else { return title }
        for separator in [" | ", " - ", " – ", " — ", " :: ", " » ", ": "] {
            if title.hasSuffix(separator + site) { return String(title.dropLast(separator.count + site.count)) }
            if title.hasPrefix(site + separator) { return String(title.dropFirst(site.count + separator.count)) }
        }
        return title
    }

    /// The `<title>` element read as Readability reads it.
    static func fromTitleElement(_ root: HTMLNode) -> String? {
        let original = root.first { $0.name == "title" }.map(HTMLText.inline) ?? ""
        let tops = root.all { ["h1", "h2"].contains($0.name) }
        if let agreed = partNamedByHeading(original, tops.prefix(20).map(HTMLText.inline)) { return agreed }
        var title = original
        var hierarchical = false
        let words = original.split(separator: " ")
        if let last = words.lastIndex(where: isSeparator), last > 0 {
            hierarchical = words.contains { $0.count == 1 && ["\\", "/", ">", "»"].contains($0.first ?? " ") }
            title = words[..<last].joined(separator: " ")
            if title.split(separator: " ").count < 3, let first = words.firstIndex(where: isSeparator) {
                title = words[(first + 1)...].joined(separator: " ")
            }
        } else if original.contains(": ") {
            if !tops.map(HTMLText.inline).contains(HTMLText.collapsed(original)), let colon = original.lastIndex(of: ":") {
                title = String(original[original.index(after: colon)...])
                if title.split(separator: " ").count < 3, let first = original.firstIndex(of: ":") {
                    title = String(original[original.index(after: first)...])
                } else if original[..<(original.firstIndex(of: ":") ?? original.endIndex)].split(separator: " ").count > 5 {
                    title = original
                }
            }
        } else if original.count > 150 || original.count < 15 {
            let ones = tops.filter { $0.name == "h1" }
            if ones.count == 1 { title = HTMLText.inline(ones[0]) }
        }
        title = HTMLText.collapsed(title)
        let count = title.split(separator: " ").count
        let withoutSeparators = original.filter { !separators.contains($0) }.split(separator: " ").count
        if count <= 4 && (!hierarchical || count != withoutSeparators - 1) { title = HTMLText.collapsed(original) }
        return title.isEmpty ? nil : title
    }

    /// The part of a `<title>` split by a separator (`Site - Title`, `Title | Site`) that the page's own
    /// `h1` or `h2` says, when the rest is short: the title and the heading agree, the rest is the site.
    private static func partNamedByHeading(_ title: String, _ headings: [String]) -> String? {
        let parts = title.split(separator: " ").split { isSeparator($0) || $0 == ":" }
            .map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return nil }
        // Only a short rest is a site's name ("Chapter 1 - Author - Fandom" is more than a site).
        return parts.first { part in
            part.split(separator: " ").count >= 2 && part.count * 2 >= title.count && headings.contains { similar($0, part) && similar(part, $0) }
        }
    }

    /// A word of a `<title>` that is only a separator (`|`, `-`, `»`…).
    private static func isSeparator(_ word: Substring) -> Bool {
        word.count == 1 && separators.contains(word.first ?? " ")
    }

    /// Whether a heading says what the title says: the same words, or most of them in the same order.
    static func similar(_ heading: String, _ title: String) -> Bool {
        let fold = { (text: String) in text.lowercased().split { !$0.isLetter && !$0.isNumber } }
        let headingWords = fold(heading)
        let titleWords = fold(title)
        guard !headingWords.isEmpty, !titleWords.isEmpty else { return false }
        if headingWords == titleWords { return true }
        // The heading's words that are not in the title are under a quarter of the heading's length.
        let extra = headingWords.filter { !titleWords.contains($0) }.joined(separator: " ").count
        return 1 - Double(extra) / Double(headingWords.joined(separator: " ").count) > 0.75
    }
}
