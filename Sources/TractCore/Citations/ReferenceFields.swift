/// The parts of a reference list's entry, by the punctuation the common styles put between them:
/// Vancouver ("Auger C, Forster AJ. Title. Venue. 2013;22:306–16."), author–year ("Anacker AMJ, Beery
/// AK (2013) Title. Venue 7:185" and APA's "Bonham, K., & Clark, C. (1949). Title. Venue."), and
/// IEEE-like with a quoted title ("V. Ganeshan and N. F. Schor, “Title,” Venue, vol. 71, 2013.").
enum ReferenceFields {
    /// The authors' part and what follows it.
    static func authorPart(_ text: String, year: String?) -> (Substring, Substring) {
        let text = Substring(text)
        if let quote = text.firstIndex(where: { $0 == "“" || $0 == "\"" }), text.distance(from: text.startIndex, to: quote) < 400 {
            return (text[..<quote], text[quote...])
        }
        if let year, let paren = text.range(of: "(" + year + ")") {
            var rest = text[paren.upperBound...]
            rest = rest.drop { $0 == "." || $0 == ":" || $0 == "," || $0 == " " }
            return (text[..<paren.lowerBound], rest)
        }
        // The author list ends at the first ". " or ": " after initials or "et al".
        var search = text.startIndex
        while let stop = text.range(of: ". ", range: search..<text.endIndex) ?? text.range(of: ": ", range: search..<text.endIndex) {
            let word = text[..<stop.lowerBound].split(separator: " ").last ?? ""
            if AuthorName.isInitials(word) || word == "al" || word.hasSuffix("al.") || word == "al:" {
                return (text[..<stop.lowerBound], text[stop.upperBound...])
            }
            search = stop.upperBound
        }
        return ("", text)
    }

    /// Names in an author list, however it separates them: "Auger C, Forster AJ", "V. Ganeshan, J.
    /// Ashton, and N. F. Schor", "Bonham, K., Sanford, F. B., & Clark, C.". "et al." is left out.
    static func names(_ part: Substring) -> [String] {
        var text = String(part)
        for joiner in [", and ", " and ", " & ", ", & ", "; "] { text = text.replacingOccurrences(of: joiner, with: ", ") }
        text = text.replacingOccurrences(of: "et al.", with: "").replacingOccurrences(of: "et al", with: "")
        let pieces = text.split(separator: ",").map { String($0.trimming { $0.isWhitespace || $0 == ":" }) }.filter { !$0.isEmpty }
        var names: [String] = []
        var index = 0
        while index < pieces.count {
            // "Bonham, K.": a surname alone, then its initials.
            if index + 1 < pieces.count, !pieces[index].contains(" "), pieces[index + 1].split(separator: " ").allSatisfy(AuthorName.isInitials) {
                names.append(pieces[index] + ", " + pieces[index + 1])
                index += 2
            } else {
                names.append(pieces[index])
                index += 1
            }
        }
        return names.filter { $0.contains(where: \.isLetter) && $0.count <= 60 }
    }

    /// The title (quoted, or the first sentence) and the venue after it (up to its volume or year).
    static func titleAndVenue(_ rest: Substring) -> (String?, String?) {
        var rest = rest.trimmingSpaces()
        var title: Substring
        if let open = rest.first, open == "“" || open == "\"" {
            let close: Character = open == "“" ? "”" : "\""
            guard let end = rest.dropFirst().firstIndex(of: close) else { return (clean(rest.dropFirst()), nil) }
            title = rest[rest.index(after: rest.startIndex)..<end]
            rest = rest[rest.index(after: end)...]
        } else {
            guard let stop = sentenceEnd(in: rest) else { return (clean(rest), nil) }
            title = rest[..<stop]
            rest = rest[rest.index(after: stop)...]
        }
        let venue = rest.trimming { $0.isWhitespace || $0 == "," || $0 == "." }
            .prefix { !$0.isNumber && $0 != ";" && $0 != "(" }
        var name = clean(venue)
        // "Pharmacology, vol. 71": the volume's label is not the venue's.
        for label in [", vol", ", no", ", pp", " vol"] where name?.hasSuffix(label) == true { name = clean(name!.dropLast(label.count)) }
        return (clean(title), name)
    }

    /// The full stop, question or exclamation mark ending the first sentence (not one after an initial).
    private static func sentenceEnd(in text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if ".?!".contains(text[index]), next == text.endIndex || text[next] == " " {
                let word = text[..<index].split(separator: " ").last ?? ""
                if word.count > 1 || text[index] != "." { return index }
            }
            index = next
        }
        return nil
    }

    private static func clean(_ text: some StringProtocol) -> String? {
        let value = String(text.trimming { $0.isWhitespace || ",.;:".contains($0) })
        return value.isEmpty ? nil : value
    }
}
