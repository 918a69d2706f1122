/// How a researcher names an article in passing: "Robinson et al. 2015".
extension Article {
    /// "Robinson et al. 2015", "Keeper and Tagger 2016" (see `BibliographicRecord.authorYear`).
    public var authorYear: String? { BibliographicRecord(article: self).authorYear }

    /// "Robinson 2015": `authorYear` without "et al.", for a narrow list.
    public var shortAuthorYear: String? {
        let record = BibliographicRecord(article: self)
        let parts = [record.authors.first?.family, record.year.map(String.init)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The first author's family name, when the file names one.
    public var firstAuthorFamily: String? { BibliographicRecord.authors(of: self).0.first?.family }

    /// The first year (1000–2999) written in a date.
    static func year(_ date: String?) -> String? {
        guard let date else { return nil }
        var digits = ""
        for character in date + " " {
            if character.isASCII && character.isNumber { digits.append(character); continue }
            if digits.count == 4, digits.first == "1" || digits.first == "2" { return digits }
            digits = ""
        }
        return nil
    }
}
