import Foundation

/// Web Annotations read back into bookmarks (`tract bookmarks import`). The file is hostile input: its
/// text is cleaned as articles are, its quotes and notes are bounded, and only a `file:` source is taken
/// (the caller decides which files it may read).
public enum AnnotationImport {
    /// The longest quote or note an import takes (in Unicode scalars): a 20 MB quote cost every open of
    /// the reader seconds of anchoring.
    public static let longestQuote = 100_000

    /// The annotations in a collection (its first page and the pages after it), a page, a list, or one.
    public static func items(_ root: Any) -> [[String: Any]] {
        if let list = root as? [[String: Any]] { return list }
        guard let object = root as? [String: Any] else { return [] }
        if let items = object["items"] as? [[String: Any]] { return items }
        if let first = object["first"] as? [String: Any] {
            var out = first["items"] as? [[String: Any]] ?? []
            var next = first["next"] as? [String: Any]
            while let page = next {
                out += page["items"] as? [[String: Any]] ?? []
                next = page["next"] as? [String: Any]
            }
            return out
        }
        return object["type"] as? String == "Annotation" ? [object] : []
    }

    /// One annotation read back: the bookmark it stands for, placed in `article` (the file as it is now)
    /// by its position, else its quote; nil when it is not one of ours to read (no source or quote).
    public static func bookmark(from annotation: [String: Any], article: (String) -> AnchorIndex?) -> Bookmark? {
        // The file: `file` when the source is the article's DOI or web address, else the source itself.
        let sourceObject = (annotation["target"] as? [String: Any])?["source"] as? [String: Any]
        guard let target = annotation["target"] as? [String: Any],
              let source = sourceObject?["file"] as? String ?? sourceObject?["id"] as? String ?? target["source"] as? String,
              let url = URL(string: source), url.isFileURL,
              let selectors = target["selector"] as? [[String: Any]] ?? (target["selector"] as? [String: Any]).map({ [$0] }),
              let quote = selectors.first(where: { $0["type"] as? String == "TextQuoteSelector" }) else { return nil }
        // Imported text is hostile until cleaned: every control, C1, bidi and zero-width character is
        // made visible as it is in articles (so a quote still matches its article), NUL included.
        let exact = Sanitizer.cleanLines(quote["exact"] as? String ?? "")
        guard !exact.isEmpty, exact.unicodeScalars.count <= Self.longestQuote else { return nil }
        let path = url.path
        let count = min(max((target["paragraphs"] as? Int) ?? exact.components(separatedBy: "\n\n").count, 1), Anchor.longestPassage)
        let start = selectors.first { $0["type"] as? String == "TextPositionSelector" }?["start"] as? Int
        let body = Sanitizer.cleanLines(String(((annotation["body"] as? [String: Any])?["value"] as? String
            ?? ((annotation["body"] as? [[String: Any]])?.first?["value"] as? String) ?? "").prefix(Self.longestQuote)))
        var bookmark = Bookmark(path: path, contentHash: ((target["source"] as? [String: Any])?["contentHash"] as? String) ?? "",
                                quote: exact, before: Sanitizer.cleanLines(String((quote["prefix"] as? String ?? "").suffix(200))),
                                after: Sanitizer.cleanLines(String((quote["suffix"] as? String ?? "").prefix(200))),
                                ordinal: 0, paragraphCount: count, line: 0, section: nil, topic: nil, note: body,
                                created: Sanitizer.clean(String((annotation["created"] as? String ?? "").prefix(40))))
        if let index = article(path) {
            bookmark.ordinal = start.flatMap { index.ordinal(atScalarOffset: $0) } ?? 0
            // Placed where its position says, then found again by quote the usual way (or left an orphan).
            if case .anchored(let ordinal, _, _) = index.locate(bookmark),
               let placed = Bookmark.draft(article: index.article, units: index.units, absolutePath: path, ordinal: ordinal, count: count) {
                bookmark.ordinal = ordinal
                bookmark.line = placed.line
                bookmark.section = placed.section
                bookmark.topic = placed.topic
            }
        }
        return bookmark
    }
}
