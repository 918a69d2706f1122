/// One entry of an article's reference list, with what could be read out of it.
public struct ReferenceEntry: Equatable, Sendable, Codable {
    /// Its number in a numbered list, else nil.
    public var number: Int?
    /// The entry as printed, its number left out.
    public var text: String
    /// Authors as printed ("Auger C", "V. Ganeshan", "Bonham, K."), in order.
    public var authors: [String]
    /// Four digits, with a letter when the list tells two works of one author and year apart ("2019a").
    public var year: String?
    public var title: String?
    public var venue: String?
    public var doi: String?
    /// The source line of the paragraph it is in (the reader's position of the entry).
    public var line: Int

    public init(number: Int?, text: String, authors: [String] = [], year: String? = nil, title: String? = nil,
                venue: String? = nil, doi: String? = nil, line: Int) {
        self.number = number
        self.text = text
        self.authors = authors
        self.year = year
        self.title = title
        self.venue = venue
        self.doi = doi
        self.line = line
    }

    /// The first author's surname ("Ganeshan" from "V. Ganeshan", "Auger" from "Auger C").
    public var firstSurname: String? { authors.first.flatMap(AuthorName.surname) }

    /// How the list labels it: "[12]" for a numbered entry, else "Auger 2013".
    public var label: String {
        if let number { return "[\(number)]" }
        return [firstSurname.map { authors.count > 2 ? $0 + " et al." : $0 }, year].compactMap { $0 }.joined(separator: " ")
    }
}
