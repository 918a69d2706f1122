#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a paper's first page says of it: its DOI (the longest printed on the page, running heads and
/// feet included — a DOI wrapped at a line end is there whole in the footer — else the last in the
/// paper, where a "cite this article" block puts it), its year (from the line that says when it was published, else the copyright
/// line, else the latest year on the page) and its authors (the lines between the title and the
/// abstract or first section, affiliation marks left out) and its journal (`PDFJournal`).
struct PDFMetadata: Equatable {
    var doi: String?
    var year: String?
    var authors: [String] = []
    var journal: String?

    /// `pages`: every page's lines in reading order, furniture included; `titleLines` and `lines` as
    /// the reader found them.
    init(pages: [[PDFLayoutReader.Line]], lines: [PDFLayoutReader.Line], titleLines: Set<Int>) {
        let firstPage = pages.first ?? []
        doi = Self.citedDOI(pages.prefix(2).flatMap { $0.map(\.text) }) ?? firstPage.compactMap { Self.doi(in: $0.text) }.max { $0.count < $1.count }
            ?? pages.last.flatMap { $0.compactMap { Self.doi(in: $0.text) }.last }
        year = Self.year(firstPage.map(\.text))
        authors = Self.authors(lines, titleLines: titleLines)
        journal = PDFJournal.name(firstPage.map(\.text))
    }

    /// The DOI in a "how to cite this article" block or on a "latest published" line (within three lines
    /// of it): the version of record, where the first pages also print an earlier version's DOI.
    static func citedDOI(_ texts: [String]) -> String? {
        guard let start = texts.firstIndex(where: { $0.lowercased().contains("cite this") || $0.lowercased().contains("latest published") })
        else { return nil }
        return texts[start..<min(start + 4, texts.count)].lazy.compactMap { doi(in: $0) }.first
    }

    /// `10.1234/…` in a line (as a URL, after `doi:` or alone), without the punctuation after it.
    static func doi(in text: String) -> String? {
        guard let start = text.range(of: "10.") else { return nil }
        let rest = text[start.lowerBound...]
        let registrant = rest.dropFirst(3).prefix { $0.isNumber }
        guard registrant.count >= 4, rest.dropFirst(3 + registrant.count).first == "/" else { return nil }
        var value = String(rest.prefix { !$0.isWhitespace })
        while let last = value.last, ".,;)]".contains(last) { value.removeLast() }
        return value.count > 8 ? value : nil
    }

    private static func years(in text: String) -> [Int] {
        var found: [Int] = []
        var digits = ""
        for character in text + " " {
            if character.isNumber { digits.append(character); continue }
            if digits.count == 4, let value = Int(digits), (1900...2100).contains(value) { found.append(value) }
            digits = ""
        }
        return found
    }

    /// The year a paper came out: on a line saying it was published, else a copyright line, else the
    /// latest year on the first page (received and accepted come before published).
    static func year(_ texts: [String]) -> String? {
        let lower = texts.map { $0.lowercased() }
        for marker in ["published", "©", "copyright"] {
            // The latest such year: a revised version says when it was first and last published.
            if let latest = lower.filter({ $0.contains(marker) }).flatMap(years).max() { return String(latest) }
        }
        return texts.flatMap(years).max().map(String.init)
    }

    /// The names in the lines after the title, up to the abstract or the first heading-like line.
    static func authors(_ lines: [PDFLayoutReader.Line], titleLines: Set<Int>) -> [String] {
        guard let last = titleLines.max() else { return [] }
        var text = ""
        for line in lines[(last + 1)...].prefix(4) {
            let lower = line.text.lowercased()
            if lower.hasPrefix("abstract") || lower.contains("university") || lower.contains("department")
                || line.text.first?.isNumber == true && line.text.dropFirst().first?.isLetter == true && text.count > 20 { break }
            text += " " + line.text
        }
        let cleaned = String(text.map { $0.isNumber || "*†‡§¶#∗".contains($0) ? " " : $0 })
        return cleaned.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: "&", with: ",")
            .split(separator: ",").map { $0.split(separator: " ").joined(separator: " ") }
            .filter { name in
                let words = name.split(separator: " ")
                return (2...5).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || $0.count <= 3 }
                    && !words.contains { institutionWords.contains($0.lowercased()) }
            }
    }

    /// Words of an affiliation, not of a name ("Institut Teknologi Bandung", "Royal Free Hospital").
    private static let institutionWords: Set<String> = [
        "institut", "institute", "instituto", "university", "universitas", "universität", "université", "universidad",
        "college", "hospital", "department", "school", "center", "centre", "laboratory", "museum", "faculty", "foundation",
        "council", "ministry", "agency", "clinic", "academy", "inc.", "ltd", "gmbh",
    ]

    /// "Bryan S. Frazier, William B. Driggers III et al." — the first three and how many more.
    var byline: String? {
        guard !authors.isEmpty else { return nil }
        return authors.prefix(3).joined(separator: ", ") + (authors.count > 3 ? " et al." : "")
    }
}
