/// How a researcher names an article in passing: "Robinson et al. 2015".
extension Article {
    /// "Robinson et al. 2015", "Keeper and Tagger 2016" (see `BibliographicRecord.authorYear`).
    /// Only the first three names are read (the library table asks for every row on screen, on every
    /// frame: reading all a paper's authors and the rest of its record was a quarter of a frame).
    public var authorYear: String? {
        let (names, more) = BibliographicRecord.authors(of: self, upTo: 3)
        return BibliographicRecord.authorYear(names: names, more: more, year: BibliographicRecord.dateParts(date).first)
    }

    /// "Robinson 2015" (or "Robinson"): the first author's family name and the year, for a narrow
    /// list; nil without an author, as a year alone names nobody.
    public var shortAuthorYear: String? {
        guard let family = BibliographicRecord.authors(of: self, upTo: 1).0.first?.family else { return nil }
        return family + (BibliographicRecord.dateParts(date).first.map { " \($0)" } ?? "")
    }

    /// The first author's family name, when the file names one.
    public var firstAuthorFamily: String? { BibliographicRecord.authors(of: self, upTo: 1).0.first?.family }

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
