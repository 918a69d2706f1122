/// The last resort for a text or Markdown file that says nothing of itself in front matter: what its
/// opening lines say — "By Anna Keeper" or "Author: …" for the byline, a dated line ("Published 3 May
/// 2019") for the date, and a DOI printed near the top.
enum OpeningMetadata {
    /// How many paragraphs of the opening are looked at.
    static let paragraphs = 8

    static func fill(_ article: inout Article) {
        let opening = Self.opening(of: article)
        if article.byline == nil, let byline = opening.lazy.compactMap(Self.byline).first { article.byline = byline }
        if article.date == nil, let date = opening.lazy.compactMap(Self.date).first { article.date = date }
        if article.doi == nil, let doi = opening.lazy.compactMap({ DOI.find(in: $0) }).first { article.doi = doi }
    }

    /// How much of each opening text is looked at: an opening's byline, date or DOI is in its first
    /// lines, and a 50 MB first paragraph was searched whole for a DOI (seconds before the first key).
    static let openingLength = 4096

    /// The first texts of the article, headings among them (short lines of an opening may have been
    /// read as headings); only those, and only their starts, are copied, however long the article.
    private static func opening(of article: Article) -> [String] {
        var texts: [String] = []
        for section in article.sections {
            if let heading = section.heading { texts.append(String(heading.prefix(openingLength))) }
            for paragraph in section.paragraphs where texts.count < paragraphs { texts.append(String(paragraph.text.prefix(openingLength))) }
            if texts.count >= paragraphs { break }
        }
        return Array(texts.prefix(paragraphs))
    }

    /// Names after "By" or "Author(s):" on a short line of their own, two to five capitalised words a name.
    static func byline(_ line: String) -> String? {
        // Bytes first (at most four a character): most opening texts are long paragraphs.
        guard line.utf8.count <= 480, line.count <= 120, !line.utf8.contains(0x0A) else { return nil }
        let lower = line.lowercased()
        let leads = ["by ", "author: ", "authors: ", "written by "]
        guard let lead = leads.first(where: { lower.hasPrefix($0) }) else { return nil }
        guard let names = Byline.cleaned(String(line.dropFirst(lead.count))) else { return nil }
        let pieces = BylineNames.split(names)
        let plausible = pieces.allSatisfy { name in
            let words = name.split(separator: " ")
            return (1...5).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || ["van", "de", "der", "von", "da"].contains($0) }
        }
        return plausible && !pieces.isEmpty ? names : nil
    }

    /// The date on a short line that says it is one ("Published", "Updated", "Date:") or is nothing else:
    /// the line's year, with month and day when written as numbers (2019-05-03).
    static func date(_ line: String) -> String? {
        guard line.utf8.count <= 240, line.count <= 60, let year = Article.year(line) else { return nil }
        let lower = line.lowercased()
        let leads = ["published", "updated", "date", "posted", "first published"]
        let words = lower.split { !$0.isLetter }
        let dateLike = words.allSatisfy { Byline.isDateWord(String($0)) || leads.contains(String($0)) || $0 == "on" }
        guard leads.contains(where: { lower.hasPrefix($0) }) || dateLike else { return nil }
        let parts = BibliographicRecord.dateParts(line)
        return parts.count == 3 && parts[0] == Int(year) ? parts.map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: "-") : year
    }
}
