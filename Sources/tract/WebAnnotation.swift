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
}
