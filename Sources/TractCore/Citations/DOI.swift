/// Digital Object Identifiers as printed: plain, as a URL, or after "doi:".
public enum DOI {
    /// The first `10.NNNN/…` in `text`, without the punctuation that closes the sentence around it.
    public static func find(in text: some StringProtocol) -> String? {
        // Most texts have no "10." at all: ruled out on bytes, before Foundation's character search.
        guard ByteFind.contains("10.", in: text) else { return nil }
        var search = text.startIndex
        while let start = text.range(of: "10.", range: search..<text.endIndex) {
            search = start.upperBound
            // Part of a longer number ("210.5") is no DOI.
            if start.lowerBound > text.startIndex, text[text.index(before: start.lowerBound)].isNumber { continue }
            let rest = text[start.lowerBound...]
            let registrant = rest.dropFirst(3).prefix { $0.isNumber || $0 == "." }
            guard registrant.count >= 4, rest.dropFirst(3 + registrant.count).first == "/" else { continue }
            var value = String(rest.prefix { !$0.isWhitespace })
            while let last = value.last, ".,;)]>\"”".contains(last) { value.removeLast() }
            if value.count > 8 { return value }
        }
        return nil
    }
}

/// The year a reference list's entry gives: in parentheses after the authors when there is one
/// ("(2013)", "(2019a)"), else the last year written that is not part of a page range or an
/// identifier ("2013;22:306–16", "…, 2013.").
enum ReferenceYear {
    static func find(in text: String) -> String? {
        let years = candidates(in: Array(text))
        return years.first { $0.parenthesised }?.value ?? years.last(where: { !$0.inDOI })?.value
    }

    private static func candidates(in characters: [Character]) -> [(value: String, parenthesised: Bool, inDOI: Bool)] {
        var found: [(String, Bool, Bool)] = []
        var index = 0
        while index + 4 <= characters.count {
            let digits = characters[index..<(index + 4)]
            let before = index > 0 ? characters[index - 1] : " "
            let after = index + 4 < characters.count ? characters[index + 4] : " "
            guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.first == "1" && digits.dropFirst().first == "9"
                    || digits.first == "2" && digits.dropFirst().first == "0",
                  !before.isNumber, !after.isNumber, before != "/" && before != "." && before != "–" && before != "-" else {
                index += 1
                continue
            }
            var value = String(digits)
            var end = index + 4
            if after.isLowercase, after.isLetter, end + 1 >= characters.count || !characters[end + 1].isLetter {
                value.append(after)
                end += 1
            }
            let closes = end < characters.count && characters[end] == ")"
            let inDOI = characters[..<index].suffix(30).contains("/") && !characters[..<index].suffix(30).contains(" ")
            found.append((value, before == "(" && closes, inDOI))
            index = end
        }
        return found
    }
}
