/// Decides whether a line of plain text could be a heading, judging the line alone.
///
/// A heading candidate is a short line that is not a sentence: Title Case, ALL CAPS or sentence case
/// (a capital first letter), optionally numbered (`1.`, `2.3`, `4.3.2.`, `IV.`), never ending in a
/// colon, comma or semicolon (those introduce lists or continue sentences). Sentence case is the weakest
/// pattern — body lines look like it too — so it must not end in a period and `HeadingDetector` asks
/// more of its surroundings before taking it.
public enum HeadingRules {
    /// How a candidate's words are capitalised.
    public enum Style: Sendable {
        case titleCase, allCaps, sentenceCase
    }

    /// A line that reads as a heading on its own.
    public struct Match: Equatable, Sendable {
        /// The heading as written, surrounding spaces removed.
        public var text: String
        /// 1 for unnumbered and `1.` headings, 2 for `1.2`, and so on.
        public var level: Int
        /// Whether the heading starts with a number such as `3.` — such a line is never a title.
        public var isNumbered: Bool
        public var style: Style = .titleCase
        /// Words after the number.
        public var wordCount: Int = 0

        public init(text: String, level: Int, isNumbered: Bool, style: Style = .titleCase, wordCount: Int = 0) {
            self.text = text
            self.level = level
            self.isNumbered = isNumbered
            self.style = style
            self.wordCount = wordCount
        }
    }

    /// Size limits of a heading line; a title line may be longer.
    struct Limits {
        var characters: Int
        var words: Int
        var sentenceWords: Int
        /// A title may have a subtitle after a colon ("Lithium: a review").
        var allowsSubtitle = false

        static let heading = Limits(characters: 100, words: 14, sentenceWords: 12)
        static let title = Limits(characters: 250, words: 32, sentenceWords: 32, allowsSubtitle: true)
    }

    /// Words that stay lowercase inside a Title Case heading.
    static let minorWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "by",
        "up", "as", "from", "with", "into", "onto", "upon", "via", "vs", "vs.", "per", "than", "over",
        "under", "about", "after", "before", "between", "through", "without", "within", "is", "are", "its",
    ]

    /// Returns the heading this line could be, or nil if it is body text.
    public static func match(_ line: Substring) -> Match? {
        match(line, limits: .heading)
    }

    /// The same with a title's limits: titles of papers run to twenty words and more.
    static func titleMatch(_ line: Substring) -> Match? {
        match(line, limits: .title)
    }

    static func match(_ line: Substring, limits: Limits) -> Match? {
        guard line.utf8.count <= limits.characters * 4 else { return nil }
        let text = line.trimmingSpaces()
        // A line starting with a lower-case ASCII letter is in no style a heading has, nor numbered: most
        // lines of hard-wrapped prose end here, before the character-by-character checks below.
        guard let lead = text.utf8.first, !(0x61...0x7A).contains(lead) else { return nil }
        guard text.utf8.count <= limits.characters * 2, text.count <= limits.characters else { return nil }
        guard !ListMarker.startsListItem(text) || NumberPrefix.parse(text) != nil else { return nil }
        let number = NumberPrefix.parse(text)
        let body = number.map { text.dropFirst($0.length).trimmingSpaces() } ?? text
        guard let first = body.first, first.isLetter || first == "(" || first == "\"" || first == "“" else {
            return nil
        }
        guard endsLikeHeading(body), !containsSentenceBreak(body) else { return nil }
        let words = body.split(separator: " ")
        guard words.count <= limits.words, let style = style(of: body, words: words) else { return nil }
        if style == .sentenceCase {
            guard words.count <= limits.sentenceWords, isPlainLabel(body, colonAllowed: limits.allowsSubtitle) else { return nil }
        }
        return Match(text: String(text), level: number?.level ?? 1, isNumbered: number != nil, style: style,
                     wordCount: words.count)
    }

    private static func style(of body: Substring, words: [Substring]) -> Style? {
        if isAllCaps(body) { return .allCaps }
        if isTitleCase(words) { return .titleCase }
        guard let letter = body.first(where: \.isLetter), letter.isUppercase else { return nil }
        return .sentenceCase
    }

    /// A sentence-case heading ends without a period and is no label (`Source: …`) or link; a title
    /// may have a subtitle after a colon when three words or more come before it.
    private static func isPlainLabel(_ body: Substring, colonAllowed: Bool) -> Bool {
        guard body.last != ".", !body.contains("://") else { return false }
        guard let colon = body.firstIndex(of: ":") else { return true }
        return colonAllowed && body[..<colon].split(separator: " ").count >= 3
    }

    private static func endsLikeHeading(_ body: Substring) -> Bool {
        guard let last = body.last else { return false }
        if last == "." { return !body.dropLast().hasSuffix(".") }
        return last.isLetter || last.isNumber || ")’'\"”?".contains(last)
    }

    /// A period followed by a space inside the line means more than one sentence. (Bytes, not
    /// Foundation's substring search: this runs for every short line of a 10 MB article.)
    private static func containsSentenceBreak(_ body: Substring) -> Bool {
        var previous: UInt8 = 0
        for byte in body.dropLast().utf8 {
            if byte == 0x20 && (previous == 0x2E || previous == 0x3B) { return true }
            previous = byte
        }
        return body.hasSuffix("; ")
    }

    private static func isTitleCase(_ words: [Substring]) -> Bool {
        for (index, word) in words.enumerated() {
            guard let letter = word.first(where: { $0.isLetter }) else { continue }
            if letter.isUppercase { continue }
            if index > 0 && minorWords.contains(word.lowercased()) { continue }
            return false
        }
        return true
    }

    private static func isAllCaps(_ body: Substring) -> Bool {
        var letters = 0
        for character in body where character.isLetter {
            guard character.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }
}

/// A leading section number such as `1.`, `2.3`, `4.3.2.`, `4)` or `IV.`.
struct NumberPrefix {
    /// Characters the prefix takes, including the spaces after it.
    var length: Int
    var level: Int

    static func parse(_ text: Substring) -> NumberPrefix? {
        // A digit or a Roman numeral's letter first, or no number at all (checked on the byte: this runs
        // for every line).
        guard let lead = text.utf8.first, (lead >= 0x30 && lead <= 0x39) || lead == 0x49 || lead == 0x56 || lead == 0x58
        else { return nil }
        var index = text.startIndex
        var groups = 0
        var sawDigits = false
        while index < text.endIndex, text[index].isASCII, text[index].isNumber {
            sawDigits = true
            index = text.index(after: index)
            if index < text.endIndex, text[index] == ".",
               text.index(after: index) < text.endIndex, text[text.index(after: index)].isNumber {
                groups += 1
                index = text.index(after: index)
            }
        }
        if !sawDigits {
            while index < text.endIndex, "IVX".contains(text[index]) { index = text.index(after: index) }
            guard index > text.startIndex, index < text.endIndex, text[index] == "." else { return nil }
        }
        guard index < text.endIndex else { return nil }
        if text[index] == "." || text[index] == ")" { index = text.index(after: index) }
        guard index < text.endIndex, text[index] == " " else { return nil }
        var length = text.distance(from: text.startIndex, to: index)
        while index < text.endIndex, text[index] == " " { index = text.index(after: index); length += 1 }
        return NumberPrefix(length: length, level: groups + 1)
    }
}

/// Recognises the start of a list item in plain text.
enum ListMarker {
    static func startsListItem(_ text: Substring) -> Bool {
        // Most lines start with a letter no marker or number starts with (checked on the byte: this
        // runs for every line, some twice).
        guard let lead = text.utf8.first, !(0x61...0x7A).contains(lead) else { return false }
        if text.hasPrefix("- ") || text.hasPrefix("* ") || text.hasPrefix("• ") || text.hasPrefix("+ ") { return true }
        return NumberPrefix.parse(text) != nil
    }
}

extension StringProtocol {
    /// The text without the characters at either end that `edge` accepts (`"(x)"` without brackets).
    public func trimming(_ edge: (Character) -> Bool) -> Substring {
        let s = Substring(self)
        guard let first = s.firstIndex(where: { !edge($0) }), let last = s.lastIndex(where: { !edge($0) }) else {
            return s[s.endIndex...]
        }
        return s[first...last]
    }

    /// The text without leading and trailing spaces.
    ///
    /// Scans bytes, not Characters: this runs for every line of a 10 MB article. A space followed by a
    /// non-ASCII scalar may carry a combining mark (one Character with it), so such text is trimmed by
    /// Characters as before.
    func trimmingSpaces() -> Substring {
        let s = Substring(self)
        let bytes = s.utf8
        // Most lines have nothing to trim.
        if bytes.first != 0x20 && bytes.last != 0x20 { return s }
        guard let first = bytes.firstIndex(where: { $0 != 0x20 }) else { return s[s.endIndex...] }
        if first != bytes.startIndex && bytes[first] >= 0x80 {
            let start = s.firstIndex { $0 != " " } ?? s.endIndex
            let end = s.lastIndex { $0 != " " }.map { s.index(after: $0) } ?? start
            return s[start..<Swift.max(start, end)]
        }
        let last = bytes.lastIndex { $0 != 0x20 } ?? first
        return s[first..<bytes.index(after: last)]
    }
}
