/// An article's reference list read as entries: the section under a reference heading, one entry per
/// block (a block holding several numbered entries run together is split at their numbers), each
/// read for its authors, year, title, venue and DOI.
public enum ReferenceParser {
    /// The entries of the article's last reference list; empty when it has none.
    public static func entries(in sections: [Section]) -> [ReferenceEntry] {
        guard let index = sections.lastIndex(where: { $0.heading.map(ReferenceList.isHeading) == true }) else { return [] }
        var blocks = sections[index].paragraphs
        // Sub-lists under it ("Web references") belong to it; the next section of its level ends it.
        for next in sections[(index + 1)...] {
            guard next.level > sections[index].level else { break }
            blocks += next.paragraphs
        }
        return entries(blocks.filter { $0.kind != .code && $0.kind != .table })
    }

    static func entries(_ blocks: [Paragraph]) -> [ReferenceEntry] {
        var result: [ReferenceEntry] = []
        for block in blocks {
            for (number, text) in numberedParts(String(block.text)) {
                guard text.contains(where: \.isLetter), text.count >= 12 || number != nil else { continue }
                result.append(entry(text, number: number, line: block.line))
            }
        }
        return result
    }

    /// The entries in one block: split where the next numbers of the list begin ("… 2013. 2. Forster
    /// AJ …"), each number one more than the one before.
    static func numberedParts(_ text: String) -> [(Int?, String)] {
        guard let (first, _) = ReferenceMarker.split(text) else { return [(nil, text)] }
        var parts: [(Int?, String)] = []
        var number = first
        var rest = Substring(text)
        while let (_, body) = ReferenceMarker.split(rest) {
            let next = nextMarker(number + 1, in: body)
            parts.append((number, String(body[..<(next ?? body.endIndex)].trimmingSpaces())))
            guard let next else { break }
            rest = body[next...]
            number += 1
        }
        return parts
    }

    /// Where "N. ", "[N] " or "N " before a capital starts, after a full stop, in `text`.
    private static func nextMarker(_ number: Int, in text: Substring) -> Substring.Index? {
        let forms = ["\(number). ", "[\(number)] ", "[\(number)]", "\(number) "]
        var search = text.startIndex
        while let found = forms.lazy.compactMap({ text.range(of: $0, range: search..<text.endIndex) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let before = text[..<found.lowerBound].trimmingSpaces()
            if let last = before.last, ".)]".contains(last) || last.isNumber, ReferenceMarker.split(text[found.lowerBound...]) != nil {
                return found.lowerBound
            }
            search = found.upperBound
        }
        return nil
    }

    /// An entry's parts: authors before the title (up to a quoted title, a year in parentheses, or the
    /// full stop closing the author list), the title, the venue after it, the year and the DOI.
    public static func entry(_ text: String, number: Int?, line: Int) -> ReferenceEntry {
        var entry = ReferenceEntry(number: number, text: text, line: line)
        entry.doi = DOI.find(in: text)
        entry.year = ReferenceYear.find(in: text)
        let (authors, rest) = ReferenceFields.authorPart(text, year: entry.year)
        entry.authors = ReferenceFields.names(authors)
        (entry.title, entry.venue) = ReferenceFields.titleAndVenue(rest)
        return entry
    }
}
