/// How a record reads in prose: a reference-list line and unique keys for a bibliography.
extension BibliographicRecord {
    /// Whether the file says anything of the article beyond its title: a reference made of a title
    /// alone says nothing the export does not already.
    public var saysMoreThanTheTitle: Bool { !authors.isEmpty || year != nil || venue != nil || doi != nil || url != nil }

    /// "Keeper, A. B., Tagger, C., & Reader, E. (2016). How bees find home. The Daily Paper.
    /// https://doi.org/…": up to three authors, then "et al.".
    public var reference: String {
        var names = authors.prefix(3).map { name in
            name.given.map { "\(name.family), \(Self.initials($0))" } ?? name.family
        }
        if names.count > 1 && !(authors.count > 3 || moreAuthors) { names[names.count - 1] = "& " + names[names.count - 1] }
        var out = names.joined(separator: ", ") + (authors.count > 3 || moreAuthors ? " et al." : "")
        out += out.isEmpty ? "" : " "
        out += "(\(year.map(String.init) ?? "n.d.")). \(title)"
        if !title.hasSuffix(".") && !title.hasSuffix("?") && !title.hasSuffix("!") { out += "." }
        if let venue { out += " \(venue)." }
        if let url { out += " \(url)" }
        return out
    }

    /// "A. B." from "Anna Bea" or "A. B.".
    static func initials(_ given: String) -> String {
        given.split { $0 == " " || $0 == "." }.compactMap { part in
            part.first.map { first in part.contains("-") ? part.split(separator: "-").compactMap { $0.first.map { "\($0)." } }.joined(separator: "-") : "\(first)." }
        }.joined(separator: " ")
    }

    /// Each record's key, made unique with a letter after the year part ("keeper2016a", "keeper2016b").
    public static func uniqueKeys(_ records: [BibliographicRecord]) -> [String] {
        let keys = records.map(\.key)
        var counts: [String: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return keys.map { key in
            guard counts[key, default: 0] > 1 else { return key }
            let index = seen[key, default: 0]
            seen[key] = index + 1
            return key + (index < 26 ? String(UnicodeScalar(UInt8(97 + index))) : "-\(index + 1)")
        }
    }
}

extension BibliographicRecord {
    /// "Keeper et al. 2016", "Keeper and Tagger 2016": how prose names it; nil without an author or year.
    public var authorYear: String? { Self.authorYear(names: authors, more: moreAuthors, year: year) }

    /// The same from the first names (three are enough to know), whether the byline said "et al." and the year.
    static func authorYear(names authors: [PersonName], more: Bool, year: Int?) -> String? {
        guard let first = authors.first?.family else { return year.map(String.init) }
        let names: String
        switch (authors.count, more) {
        case (1, false): names = first
        case (2, false): names = "\(first) and \(authors[1].family)"
        default: names = "\(first) et al."
        }
        return names + (year.map { " \($0)" } ?? "")
    }
}
