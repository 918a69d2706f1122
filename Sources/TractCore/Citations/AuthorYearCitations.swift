/// Author–year citations: "(Smith et al., 2019; Jones and Lee 2018a)", "(e.g. Smith 2019, 2020)" and
/// "Smith et al. (2019)". A citation is a surname (a capitalised word, "van der" and the like allowed
/// before it) followed by "et al.", or "and"/"&" and a second surname, then a year.
enum AuthorYearCitations {
    static func find(_ characters: [Character]) -> [Citation] {
        var found: [Citation] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "(", let close = characters[index...].prefix(400).firstIndex(of: ")") else { index += 1; continue }
            let inside = String(characters[(index + 1)..<close])
            let targets = parenthesised(inside)
            if !targets.isEmpty {
                found.append(Citation(range: index..<(close + 1), targets: targets))
            } else if let year = year(inside.trimmingSpaces()), let (start, surname) = surnameBefore(characters, at: index) {
                // "Smith et al. (2019)": the name is in the sentence.
                found.append(Citation(range: start..<(close + 1), targets: [.authorYear(surname, year)]))
            }
            index = close + 1
        }
        return found
    }

    /// The works named in parentheses: parts split at ";", each "Name[ et al.|and Name][,] year[, year]".
    static func parenthesised(_ inside: String) -> [Citation.Target] {
        var targets: [Citation.Target] = []
        for part in inside.split(separator: ";") {
            let words = part.replacingOccurrences(of: ",", with: " , ").split(separator: " ").map(String.init)
            guard let yearIndex = words.firstIndex(where: { year(Substring($0)) != nil }), yearIndex > 0 else { continue }
            let names = words[..<yearIndex].filter { $0 != "," }
            guard let surname = leadingSurname(names) else { continue }
            for word in words[yearIndex...] where word != "," {
                guard let year = year(Substring(word)) else { break }
                targets.append(.authorYear(AuthorName.key(surname), year))
            }
        }
        return targets
    }

    /// The first author's surname in "e.g. Smith et al.", "Smith and Jones", "van der Berg": the first
    /// capitalised word after any lead-in ("e.g.", "see"), with lowercase particles before it.
    private static func leadingSurname(_ words: [String]) -> String? {
        let leadIns: Set<String> = ["e.g.", "e.g", "eg", "see", "cf.", "i.e.", "also", "and", "reviewed", "in"]
        var rest = words.drop { leadIns.contains($0.lowercased()) }
        var particles: [String] = []
        while let word = rest.first, ["van", "von", "de", "der", "den", "da", "di", "le", "la", "du"].contains(word) {
            particles.append(word)
            rest = rest.dropFirst()
        }
        guard let name = rest.first, name.first?.isUppercase == true, name.count >= 2, name.dropFirst().contains(where: \.isLowercase) || name.count > 3 else { return nil }
        let after = rest.dropFirst()
        // What follows the surname: nothing, "et al.", or "and"/"&" and another name.
        let allowed = after.isEmpty || after.first == "et" || after.first == "and" || after.first == "&"
        return allowed ? (particles + [name]).joined(separator: " ") : nil
    }

    /// The surname just before `(`: "Smith (", "Smith et al. (", "Smith and Jones (".
    private static func surnameBefore(_ characters: [Character], at index: Int) -> (Int, String)? {
        let before = String(characters[max(0, index - 60)..<index])
        var words = before.split(separator: " ").map(String.init)
        if words.suffix(2) == ["et", "al."] || words.suffix(2) == ["et", "al"] { words.removeLast(2) }
        if words.count >= 3, words[words.count - 2] == "and" || words[words.count - 2] == "&" { words.removeLast(2) }
        guard let name = words.last, name.first?.isUppercase == true, name.count >= 2, name.allSatisfy(\.isLetter),
              name.dropFirst().contains(where: \.isLowercase) else { return nil }
        // The citation starts at the surname.
        let tail = before.count - (before.range(of: name, options: .backwards).map { before.distance(from: before.startIndex, to: $0.lowerBound) } ?? 0)
        return (index - tail, AuthorName.key(name))
    }

    /// "2019", "2019a", "2019," as "2019"/"2019a"; nil for any other word.
    static func year(_ word: Substring) -> String? {
        let trimmed = word.trimming { $0 == "," || $0 == "." || $0 == ":" }
        let digits = trimmed.prefix(4)
        guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.hasPrefix("19") || digits.hasPrefix("20") else { return nil }
        let letter = trimmed.dropFirst(4)
        guard letter.isEmpty || letter.count == 1 && letter.first!.isLowercase else { return nil }
        return String(trimmed)
    }
}
