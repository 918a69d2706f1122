/// What a citation of an article says: who wrote it, when, its title, where it appeared and how to
/// find it — made from the article's metadata (corrections included), for `tract cite` and exports.
public struct BibliographicRecord: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case article, webpage, book, document

        /// What each citation format calls it: BibTeX's entry type, CSL's item type, RIS's `TY`.
        var names: (bibtex: String, csl: String, ris: String) {
            switch self {
            case .article: return ("article", "article-journal", "JOUR")
            case .book: return ("book", "book", "BOOK")
            case .webpage: return ("misc", "webpage", "ELEC")
            case .document: return ("misc", "document", "GEN")
            }
        }
    }

    public var kind: Kind
    public var title: String
    public var authors: [PersonName]
    /// The byline ended "et al.": more authors than are named.
    public var moreAuthors = false
    /// The date as year, month and day, as far as it is known.
    public var dateParts: [Int] = []
    public var venue: String?
    public var doi: String?
    public var url: String?

    public init(article: Article) {
        title = article.title
        venue = article.siteName
        doi = article.doi
        (authors, moreAuthors) = Self.authors(of: article)
        dateParts = Self.dateParts(article.date)
        let web = article.source.flatMap { $0.hasPrefix("http://") || $0.hasPrefix("https://") ? $0 : nil }
        url = web ?? doi.map { "https://doi.org/" + $0 }
        switch article.format {
        case .epub: kind = .book
        case .html: kind = doi == nil ? .webpage : .article
        case .pdf, .text, .markdown: kind = doi != nil || venue != nil ? .article : .document
        }
    }

    public var year: Int? { dateParts.first }

    /// Each author the file names one by one, else the byline cut at its commas and "and"s; with
    /// `limit`, only the first that many names that read as names.
    static func authors(of article: Article, upTo limit: Int = .max) -> ([PersonName], Bool) {
        if !article.about.authors.isEmpty { return (names(article.about.authors, upTo: limit), false) }
        guard var byline = article.byline?.trimmingSpaces(), !byline.isEmpty else { return ([], false) }
        if byline.lowercased().hasPrefix("by ") { byline = byline.dropFirst(3) }
        let more = byline.hasSuffix("et al.")
        if more { byline = byline.dropLast(6) }
        return (names(BylineNames.split(String(byline)), upTo: limit), more)
    }

    /// The first `limit` of `written` that read as names, each read once (a lazy prefix of a lazy
    /// `compactMap` read each name three times).
    private static func names(_ written: [String], upTo limit: Int) -> [PersonName] {
        var out: [PersonName] = []
        for text in written where out.count < limit {
            if let name = PersonName(written: text) { out.append(name) }
        }
        return out
    }

    /// [2021, 4, 1] from "2021-04-01", [2019] from "2019" or "May 2019"; only numbers that read as a
    /// year, month and day in that order.
    static func dateParts(_ date: String?) -> [Int] {
        guard let date else { return [] }
        let numbers = date.split { !$0.isNumber }.compactMap { Int($0) }
        if numbers.count >= 3, (1000...2999).contains(numbers[0]), (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) {
            return Array(numbers.prefix(3))
        }
        if numbers.count >= 2, (1000...2999).contains(numbers[0]), (1...12).contains(numbers[1]) { return Array(numbers.prefix(2)) }
        return Article.year(date).flatMap { Int($0) }.map { [$0] } ?? []
    }

    /// A key to cite it by: the first author's family name, the year and the title's first long
    /// word, in plain lower-case letters ("keeper2016bees").
    public var key: String {
        let family = authors.first.map { Self.plain($0.family) } ?? ""
        let word = title.split(whereSeparator: { !$0.isLetter }).map { Self.plain(String($0)) }.first { $0.count > 3 } ?? ""
        let key = family + (year.map(String.init) ?? "") + word
        return key.isEmpty ? "untitled" : key
    }

    /// Lower-case ASCII letters and digits of `text`, accents dropped.
    static func plain(_ text: String) -> String {
        String(SearchFold.fold(text).unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
            .map(Character.init))
    }
}

/// Names in a byline: split at semicolons when it has them, else at commas, "and" and "&"; a piece
/// that is only initials goes back with the surname before it ("Keeper, A. B.").
enum BylineNames {
    static func split(_ byline: String) -> [String] {
        let pieces: [String]
        if byline.contains(";") {
            pieces = byline.split(separator: ";").map { String($0.trimmingSpaces()) }
        } else {
            let unified = byline.replacingOccurrences(of: " and ", with: ", ").replacingOccurrences(of: " & ", with: ", ")
            pieces = unified.split(separator: ",").map { String($0.trimmingSpaces()) }
        }
        var names: [String] = []
        for piece in pieces where !piece.isEmpty {
            if let last = names.last, !last.contains(","), isInitials(piece) {
                names[names.count - 1] = last + ", " + piece
            } else {
                names.append(piece)
            }
        }
        return names
    }

    /// "A. B.", "A.B." or "AB".
    private static func isInitials(_ piece: String) -> Bool {
        let letters = piece.filter { $0 != "." && $0 != " " && $0 != "-" }
        return !letters.isEmpty && letters.count <= 3 && letters.allSatisfy(\.isUppercase)
    }
}
