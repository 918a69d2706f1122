/// The journal a paper's first page names, from the three places journals print it:
/// - a citation line in the running head or foot: "Smith et al. Trials 2015, 16:13",
///   "Behav Ecol Sociobiol (2015) 69:1383–1394" — the words before the year, authors left out;
/// - above a "Volume 2016, Article ID 8752821" line: the line before it;
/// - a "Citation:" or "How to cite this article" block: the words before the volume, "… Title. PLoS
///   ONE 9(12): e115884" or "… Title. PeerJ Comput. Sci. 3:e118".
enum PDFJournal {
    /// `lines`: the first page's lines in reading order, running heads and feet included.
    static func name(_ lines: [String]) -> String? {
        for (index, line) in lines.enumerated() {
            if let venue = beforeYear(line) { return venue }
            if index > 0, line.hasPrefix("Volume "), line.contains("Article ID"), let venue = plainName(lines[index - 1]) {
                return venue
            }
        }
        return citationBlock(lines).flatMap(beforeVolume)
    }

    /// "<authors et al.> <journal> (YYYY) 12:34" or "<journal> YYYY, 12:34": the journal.
    static func beforeYear(_ line: String) -> String? {
        // A year in brackets set close to the name reads as glued to it ("Psychogeriatrics(2014),").
        var spaced = ""
        for character in line {
            if character == "(", spaced.last?.isLetter == true { spaced.append(" ") }
            spaced.append(character)
        }
        let words = spaced.split(separator: " ")
        for index in words.indices.dropFirst() where isYear(words[index]) && index + 1 < words.count && isVolume(words[index + 1]) {
            var venue = words[..<index]
            if let al = venue.lastIndex(where: { $0 == "al." || $0 == "al" }) { venue = venue[(al + 1)...] }
            return plainName(venue.joined(separator: " "))
        }
        return nil
    }

    /// The text of a citation block, its lines joined (up to where it gives the DOI).
    private static func citationBlock(_ lines: [String]) -> String? {
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Citation:") || $0.lowercased().hasPrefix("how to cite this article") })
        else { return nil }
        var text = ""
        for line in lines[start...].prefix(8) {
            text += (text.isEmpty ? "" : " ") + line
            if line.lowercased().contains("doi") && text.count > line.count { break }
        }
        return text
    }

    /// The capitalised words right before the first "12(3): e45" or "3:e118" of `text`: after the end of
    /// the title that follows the year, or else back to a full stop that ends a title. A word ending in a full stop is an abbreviation of the name ("Comput. Sci.")
    /// when it is short and the word after it is one too, or in capitals ("Sci. USA"); else it ends the
    /// title ("… of Frogs. PLoS ONE").
    static func beforeVolume(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard let volume = words.indices.dropFirst().first(where: { isVolume(words[$0]) && !isYear(words[$0 - 1]) }) else { return nil }
        // "Authors (Year) Title. Journal 9(12)": after the title's first full stop, when that reads as a name.
        if let year = words[..<volume].firstIndex(where: isYear),
           let end = words[(year + 1)..<volume].firstIndex(where: { $0.hasSuffix(".") }), end + 1 < volume,
           let name = plainName(words[(end + 1)..<volume].joined(separator: " ")) {
            return name
        }
        var start = volume
        while start > 0, start > volume - 8, words[start - 1].first?.isUppercase == true {
            let word = words[start - 1]
            if word.hasSuffix(".") {
                let next = start < volume ? words[start] : nil
                let abbreviation = word.count <= 7 && (next == nil || next!.hasSuffix(".") || next!.allSatisfy(\.isUppercase))
                if !abbreviation { break }
            }
            start -= 1
        }
        return start < volume ? plainName(words[start..<volume].joined(separator: " ")) : nil
    }

    /// "(2015)", "2015," or "2015": a year.
    private static func isYear(_ word: Substring) -> Bool {
        let digits = word.filter { $0 != "(" && $0 != ")" && $0 != "," }
        return digits.count == 4 && digits.allSatisfy(\.isNumber) && (digits.hasPrefix("19") || digits.hasPrefix("20"))
            && word.count <= 7
    }

    /// "16:13", "69:1383–1394", "9(12):", "26:1,": a volume and what follows it.
    private static func isVolume(_ word: Substring) -> Bool {
        let digits = word.prefix(while: \.isNumber)
        guard (1...4).contains(digits.count), let next = word.dropFirst(digits.count).first else { return false }
        return next == ":" || next == "("
    }

    /// `text` when it reads as a journal's name: two to eighty characters, starting with a capital,
    /// at most ten words and no sentence in it (a long word ending in a full stop).
    private static func plainName(_ text: String) -> String? {
        var name = Substring(text)
        while let last = name.last, last == " " || last == "," || last == ";" || last == ":" { name.removeLast() }
        while name.first == " " { name.removeFirst() }
        let words = name.split(separator: " ")
        guard (2...80).contains(name.count), name.first?.isUppercase == true, words.count <= 10,
              !words.dropLast().contains(where: { $0.hasSuffix(".") && $0.count > 7 }) else { return nil }
        return String(name)
    }
}
