/// Finds the title line a plain text starts with, if it has one.
///
/// The first line is the title when it reads as a heading (with a title's length: papers' titles run
/// to twenty words), is not numbered, does not name a generic part of a document ("Introduction"), and
/// is not continued by the next line. Then it must name the whole piece rather than a first section:
/// it is the only heading, or it is long (five words or more), or its words are the text's subject —
/// each recurs in the opening of the text (a drug article titled by the drug's name).
enum TitleRule {
    /// Parts of documents that open a text without being its title.
    static let genericParts: Set<String> = [
        "abstract", "introduction", "background", "summary", "overview", "contents", "table of contents",
        "preface", "foreword", "synopsis", "highlights", "key points", "methods", "results", "discussion",
    ]

    /// Index of the title line among `lines`, given the headings found.
    static func titleIndex(_ lines: [Substring], headings: [HeadingRules.Match?], isHardWrapped: Bool) -> Int? {
        guard let first = lines.firstIndex(where: { !$0.isBlankLine }),
              let match = HeadingRules.titleMatch(lines[first]), !match.isNumbered, !match.text.hasSuffix("."),
              !genericParts.contains(match.text.lowercased()) else { return nil }
        let next = first + 1 < lines.count ? lines[first + 1].trimmingSpaces() : Substring()
        if next.first.map({ $0.isLetter && $0.isLowercase }) == true { return nil }
        // Hard-wrapped text runs its first paragraph on; a title there is set apart.
        if isHardWrapped && !next.isEmpty && headings[first + 1] == nil { return nil }
        let others = headings[(first + 1)...].contains { $0 != nil }
        if !others || match.wordCount >= 5 { return first }
        return namesSubject(match.text, in: lines[(first + 1)...]) ? first : nil
    }

    /// Whether every content word of `title` occurs at least three times in the opening of the text.
    private static func namesSubject(_ title: String, in lines: ArraySlice<Substring>) -> Bool {
        let subject = Set(Tokenizer.words(in: title).filter { $0.count >= 3 && !HeadingRules.minorWords.contains($0) })
        guard !subject.isEmpty else { return false }
        var opening = ""
        for line in lines {
            opening += line
            opening += " "
            if opening.utf8.count > 65_536 { break }
        }
        var counts: [String: Int] = [:]
        for word in Tokenizer.words(in: opening) where subject.contains(word) { counts[word, default: 0] += 1 }
        return subject.allSatisfy { counts[$0, default: 0] >= 3 }
    }
}
