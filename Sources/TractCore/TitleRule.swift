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
        var opening = ""
        for line in lines {
            opening += line.lowercased()
            opening += " "
            if opening.utf8.count > 65_536 { break }
        }
        let words = Tokenizer.words(in: title.lowercased(), keepingStar: false)
            .filter { $0.count >= 3 && !HeadingRules.minorWords.contains($0) }
        guard !words.isEmpty else { return false }
        return words.allSatisfy { word in opening.occurrences(of: word, atMost: 3) >= 3 }
    }
}

extension String {
    /// How often `word` occurs in the string, counting up to `limit`.
    func occurrences(of word: String, atMost limit: Int) -> Int {
        let needle = Array(word.utf8)
        guard let head = needle.first else { return 0 }
        var count = 0
        var copy = self
        return copy.withUTF8 { bytes in
            var index = 0
            while index + needle.count <= bytes.count, count < limit {
                if bytes[index] == head && bytes[index..<(index + needle.count)].elementsEqual(needle) {
                    count += 1
                    index += needle.count
                } else {
                    index += 1
                }
            }
            return count
        }
    }
}
