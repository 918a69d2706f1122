/// A citation in an article's text and the entries of its reference list it names.
public struct Citation: Equatable, Sendable {
    /// What a citation names: a numbered entry, or a first author's surname (as a `AuthorName.key`) and a
    /// year with its letter ("2019a").
    public enum Target: Hashable, Sendable {
        case number(Int)
        case authorYear(String, String)
    }

    /// Characters of the paragraph's text the citation takes ("[3–5, 9]", "Smith et al., 2019").
    public var range: Range<Int>
    public var targets: [Target]
}

/// Finds citations in a paragraph: numbers in square brackets ("[12]", "[3–5, 9]", "[1,5-8]"),
/// superscript numbers ("¹²", "³⁻⁵", as the PDF reader writes raised numbers), and author–year in
/// parentheses ("(Smith et al., 2019; Jones and Lee 2018a)") or in the sentence ("Smith et al. (2019)").
public enum CitationFinder {
    public static func citations(in text: some StringProtocol) -> [Citation] {
        let characters = Array(text)
        return (bracketed(characters) + superscripts(characters) + AuthorYearCitations.find(characters))
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func bracketed(_ characters: [Character]) -> [Citation] {
        var found: [Citation] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "[", let close = characters[index...].prefix(80).firstIndex(of: "]") else { index += 1; continue }
            let inside = String(characters[(index + 1)..<close])
            if let numbers = numberList(inside, dash: "–-") { found.append(Citation(range: index..<(close + 1), targets: numbers.map { .number($0) })) }
            index = close + 1
        }
        return found
    }

    private static let superscriptDigits: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-", "˒": ",", "⸴": ",",
    ]

    private static func superscripts(_ characters: [Character]) -> [Citation] {
        var found: [Citation] = []
        var index = 0
        while index < characters.count {
            guard superscriptDigits[characters[index]] != nil, index > 0, characters[index - 1].isLetter || ".,)".contains(characters[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            var plain = ""
            while end < characters.count, let digit = superscriptDigits[characters[end]] ?? (characters[end] == "," ? "," : nil) {
                plain.append(digit)
                end += 1
            }
            if let numbers = numberList(plain, dash: "-") { found.append(Citation(range: index..<end, targets: numbers.map { .number($0) })) }
            index = max(end, index + 1)
        }
        return found
    }

    /// "3–5, 9" as 3, 4, 5, 9; nil unless the text is only numbers of up to three digits, ranges of at
    /// most 50 and commas (so "[1990–2010]" is no citation).
    static func numberList(_ text: String, dash: String) -> [Int]? {
        var numbers: [Int] = []
        for part in text.split(separator: ",") {
            let bounds = part.split { dash.contains($0) }.map { $0.trimmingSpaces() }
            guard (1...2).contains(bounds.count), bounds.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let low = Int(bounds[0]), let high = Int(bounds[bounds.count - 1]), low >= 1, high >= low, high - low <= 50 else { return nil }
            numbers += Array(low...high)
        }
        return numbers.isEmpty ? nil : numbers
    }
}
