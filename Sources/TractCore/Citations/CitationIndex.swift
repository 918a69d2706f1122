/// Which entries of a reference list a citation names, and where in the text each entry is cited.
public struct CitationIndex: Equatable, Sendable {
    public let entries: [ReferenceEntry]
    private let byNumber: [Int: Int]
    /// First author's surname key and year (letter dropped) → entries, in list order.
    private let byAuthorYear: [String: [Int]]

    public init(_ entries: [ReferenceEntry]) {
        self.entries = entries
        var byNumber: [Int: Int] = [:]
        var byAuthorYear: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            if let number = entry.number, byNumber[number] == nil { byNumber[number] = index }
            if let surname = entry.firstSurname, let year = entry.year {
                byAuthorYear[Self.key(AuthorName.key(surname), year), default: []].append(index)
            }
        }
        self.byNumber = byNumber
        self.byAuthorYear = byAuthorYear
    }

    /// The entry a target names, by index into `entries`: a number's entry; an author and year's one
    /// entry, or the one its letter picks ("2019b": the second of that author's 2019 works).
    public func entry(for target: Citation.Target) -> Int? {
        switch target {
        case .number(let number):
            return byNumber[number]
        case .authorYear(let surname, let year):
            guard let candidates = byAuthorYear[Self.key(surname, year)], !candidates.isEmpty else { return nil }
            if let exact = candidates.first(where: { entries[$0].year == year }) { return exact }
            guard let letter = year.dropFirst(4).first, let offset = letter.asciiValue.map({ Int($0) - 97 }) else { return candidates.first }
            return offset < candidates.count ? candidates[offset] : nil
        }
    }

    /// The entries a citation names, in its order, each once.
    public func entries(for citation: Citation) -> [Int] {
        var seen: Set<Int> = []
        return citation.targets.compactMap(entry(for:)).filter { seen.insert($0).inserted }
    }

    private static func key(_ surname: String, _ year: String) -> String {
        surname + " " + year.prefix(4)
    }
}

extension Article {
    /// Where each entry of the reference list is cited: entry index → the source lines of the paragraphs
    /// citing it, in reading order (the reference list itself left out).
    public func citingLines(_ index: CitationIndex) -> [Int: [Int]] {
        let listStart = index.entries.first?.line ?? Int.max
        var lines: [Int: [Int]] = [:]
        for section in sections where section.heading.map(ReferenceList.isHeading) != true {
            for paragraph in section.paragraphs where paragraph.line < listStart {
                for citation in CitationFinder.citations(in: paragraph.text) {
                    for entry in index.entries(for: citation) where lines[entry]?.last != paragraph.line {
                        lines[entry, default: []].append(paragraph.line)
                    }
                }
            }
        }
        return lines
    }
}

extension Article {
    /// A citation in the text before the reference list: its words and the entries it names.
    public struct FoundCitation: Sendable {
        public var line: Int
        public var text: String
        public var entries: [Int]
    }

    /// Every citation in the text before the reference list, in reading order.
    public func citations(_ index: CitationIndex) -> [FoundCitation] {
        let listStart = index.entries.first?.line ?? Int.max
        var found: [FoundCitation] = []
        for section in sections where section.heading.map(ReferenceList.isHeading) != true {
            for paragraph in section.paragraphs where paragraph.line < listStart {
                let characters = Array(paragraph.text)
                for citation in CitationFinder.citations(in: paragraph.text) {
                    found.append(FoundCitation(line: paragraph.line, text: String(characters[citation.range]), entries: index.entries(for: citation)))
                }
            }
        }
        return found
    }
}
