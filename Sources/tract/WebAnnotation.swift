import Foundation
import TractCore

/// Bookmarks as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): an
/// `AnnotationCollection` whose items quote their passage (`TextQuoteSelector`: exact, prefix, suffix)
/// and place it (`TextPositionSelector`, in Unicode scalars of the article's paragraphs in reading
/// order joined by a blank line), with the note as a `TextualBody`. The source is the article: its DOI
/// or web address when known (else the file), the file itself (`file`) and a CSL-JSON description
/// (`citation`) that reference managers read.
enum WebAnnotation {
    static var context: [Any] { ["http://www.w3.org/ns/anno.jsonld",
                                 ["tract": "https://github.com/tract-reader/tract/ns#", "contentHash": "tract:contentHash",
                                  "positions": "tract:positions", "paragraphs": "tract:paragraphs", "file": "tract:file",
                                  "citation": "tract:citation"]] }
    static let positions = "Unicode scalar offsets into the article's paragraphs in reading order, joined by \"\\n\\n\""

    /// The collection for `located` bookmarks (their articles read now, for positions).
    static func collection(_ located: [LocatedBookmark], articles: [String: Article], exported: String) -> [String: Any] {
        let keys = citationKeys(located)
        let items = located.map { annotation($0, article: articles[$0.bookmark.path], key: keys[$0.bookmark.path]) }
        return ["@context": context, "id": "urn:tract:bookmarks:\(exported)", "type": "AnnotationCollection",
                "label": "Tract bookmarks", "total": items.count, "positions": positions,
                "first": ["type": "AnnotationPage", "startIndex": 0, "items": items]]
    }

    /// A stable id: the same bookmark exports under the same id, so importing twice adds nothing.
    static func id(of bookmark: Bookmark) -> String {
        "urn:tract:bookmark:" + ContentHash.of(Array((bookmark.path + "\u{0}" + bookmark.quote + "\u{0}" + bookmark.created).utf8))
    }

    /// One citation key per article, unique across the export.
    static func citationKeys(_ located: [LocatedBookmark]) -> [String: String] {
        let cited = BookmarkExport.byArticle(located).compactMap { entry in entry.items.first?.citation.map { (entry.path, $0) } }
        return Dictionary(uniqueKeysWithValues: zip(cited.map(\.0), BibliographicRecord.uniqueKeys(cited.map(\.1))))
    }

    /// The annotation's source: the article as the web knows it (DOI, URL) when it does, with the
    /// file and the citation beside.
    private static func source(_ item: LocatedBookmark, key: String?) -> [String: Any] {
        let file = URL(fileURLWithPath: item.bookmark.path).absoluteString
        var source: [String: Any] = ["id": item.citation?.url ?? file, "type": "Text", "file": file, "contentHash": item.bookmark.contentHash]
        if let citation = item.citation, let data = try? JSONEncoder().encode(CSLJSON.item(citation, id: key)),
           let object = try? JSONSerialization.jsonObject(with: data) {
            source["citation"] = object
        }
        return source
    }

    private static func annotation(_ item: LocatedBookmark, article: Article?, key: String?) -> [String: Any] {
        let bookmark = item.bookmark
        var selectors: [[String: Any]] = [["type": "TextQuoteSelector", "exact": bookmark.quote, "prefix": bookmark.before,
                                           "suffix": bookmark.after]]
        if let article {
            let units = ParagraphUnits(article: article)
            let ordinal: Int? = { if case .anchored(let ordinal, _, _)? = item.anchor { return ordinal }; return nil }()
            if let ordinal, ordinal < units.count {
                let start = units.scalarOffset(of: ordinal)
                selectors.append(["type": "TextPositionSelector", "start": start, "end": start + bookmark.quote.unicodeScalars.count])
            }
        }
        var out: [String: Any] = [
            "id": id(of: bookmark), "type": "Annotation", "motivation": bookmark.note.isEmpty ? "bookmarking" : "commenting",
            "created": bookmark.created, "modified": bookmark.created,
            "target": ["source": source(item, key: key), "selector": selectors, "paragraphs": bookmark.paragraphCount] as [String: Any],
        ]
        if !bookmark.note.isEmpty {
            out["body"] = ["type": "TextualBody", "value": bookmark.note, "format": "text/plain", "purpose": "commenting"]
        }
        return out
    }

    /// The longest quote or note an import takes (in Unicode scalars): a 20 MB quote cost every open of
    /// the reader seconds of anchoring.
    static let longestQuote = 100_000

    /// The annotations in a collection (its first page and the pages after it), a page, a list, or one.
    static func items(_ root: Any) -> [[String: Any]] {
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
    static func bookmark(from annotation: [String: Any], article: (String) -> Article?) -> Bookmark? {
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
        let count = max((target["paragraphs"] as? Int) ?? exact.components(separatedBy: "\n\n").count, 1)
        let start = selectors.first { $0["type"] as? String == "TextPositionSelector" }?["start"] as? Int
        let body = Sanitizer.cleanLines(String(((annotation["body"] as? [String: Any])?["value"] as? String
            ?? ((annotation["body"] as? [[String: Any]])?.first?["value"] as? String) ?? "").prefix(Self.longestQuote)))
        var bookmark = Bookmark(path: path, contentHash: ((target["source"] as? [String: Any])?["contentHash"] as? String) ?? "",
                                quote: exact, before: Sanitizer.cleanLines(String((quote["prefix"] as? String ?? "").suffix(200))),
                                after: Sanitizer.cleanLines(String((quote["suffix"] as? String ?? "").prefix(200))),
                                ordinal: 0, paragraphCount: count, line: 0, section: nil, topic: nil, note: body,
                                created: Sanitizer.clean(String((annotation["created"] as? String ?? "").prefix(40))))
        if let article = article(path) {
            let units = ParagraphUnits(article: article)
            bookmark.ordinal = start.flatMap { units.ordinal(atScalarOffset: $0) } ?? 0
            // Placed where its position says, then found again by quote the usual way (or left an orphan).
            if case .anchored(let ordinal, _, _) = Anchor.locate(bookmark, in: article),
               let placed = Bookmark.draft(article: article, absolutePath: path, ordinal: ordinal, count: count) {
                bookmark.ordinal = ordinal
                bookmark.line = placed.line
                bookmark.section = placed.section
                bookmark.topic = placed.topic
            }
        }
        return bookmark
    }
}
