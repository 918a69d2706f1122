/// A passage's text cut the way points are looked for: runs of content words ("chunks") between
/// punctuation and function words, each knowing what stands before and after it (a comma list is
/// how articles name effects, drugs and enzymes) and where it sits in the text (for quotes).
/// `scripts/train-points` cuts its corpus the same way.
struct PointText {
    /// What separates a chunk from its neighbours.
    enum Mark: Equatable {
        case start, end, comma, parenthesis, stop
        /// A function word ("and", "of").
        case word(String)

        var continuesList: Bool { self == .comma || self == .word("and") || self == .word("or") }
    }

    struct Chunk {
        /// Lowercase words, ligatures unfolded, curly apostrophes and dashes inside words made plain.
        var words: [String]
        var before: Mark
        var after: Mark
        /// Where the chunk's words are in the text.
        var range: Range<String.Index>
    }

    let text: String
    private(set) var chunks: [Chunk] = []
    /// Words written only with a capital first letter, and not at a sentence's start (names of people,
    /// firms and brands); words also seen lowercase are not here.
    private(set) var titleCaseOnly: Set<String> = []
    /// Words seen written all in lowercase.
    private(set) var lowercase: Set<String> = []
    /// Abbreviations the text defines, "dextromethorphan (DXM)": the short form (lowercase, a plural
    /// `s` dropped), as written, and the words it stands for.
    private(set) var abbreviations: [(short: String, written: String, long: [String])] = []

    init(_ text: String) {
        self.text = text
        cut()
    }


    private mutating func cut() {
        var current: [String] = []
        var currentStart: String.Index?
        var currentEnd = text.startIndex
        var before = Mark.start
        var lowercaseSeen: Set<String> = []
        var titleSeen: Set<String> = []
        func close(_ after: Mark) {
            if let start = currentStart, !current.isEmpty {
                chunks.append(Chunk(words: current, before: before, after: after, range: start..<currentEnd))
            }
            current = []
            currentStart = nil
        }
        let scalars = text.unicodeScalars
        var last = scalars.startIndex
        for range in Self.wordRanges(in: text) {
            let mark = Self.mark(of: scalars[last..<range.lowerBound], sentenceEnd: last == scalars.startIndex)
            last = range.upperBound
            if let mark, mark.separates {
                close(mark.mark)
                before = mark.mark
            }
            let raw = scalars[range]
            let word = Self.normalised(raw)
            if mark?.mark == .parenthesis, let defined = abbreviation(raw, closedAt: range.upperBound) { abbreviations.append(defined) }
            switch Self.casing(raw) {
            case .lower: lowercaseSeen.insert(word)
            case .title where !(mark?.endsSentence ?? false) && range.lowerBound != scalars.startIndex: titleSeen.insert(word)
            default: break
            }
            if FunctionWords.all.contains(word) || word.unicodeScalars.count < 2 || word.unicodeScalars.allSatisfy(Self.isDigit) {
                close(.word(word))
                before = .word(word)
                continue
            }
            if currentStart == nil { currentStart = range.lowerBound }
            currentEnd = range.upperBound
            current.append(word)
        }
        close(.end)
        titleCaseOnly = titleSeen.subtracting(lowercaseSeen)
        lowercase = lowercaseSeen
    }

    /// `raw` as an abbreviation in parentheses right after the words it stands for (the last chunk),
    /// when its letters are theirs in order, each word giving at least its first letter.
    private func abbreviation(_ raw: Substring.UnicodeScalarView, closedAt end: String.Index) -> (String, String, [String])? {
        let scalars = text.unicodeScalars
        guard end < scalars.endIndex, scalars[end] == ")", let previous = chunks.last, previous.after == .parenthesis else { return nil }
        var letters = Array(raw)
        if letters.last == "s" { letters.removeLast() }
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }) else { return nil }
        let short = String(String.UnicodeScalarView(letters)).lowercased()
        for count in 1...min(4, previous.words.count) {
            let words = Array(previous.words.suffix(count))
            if Self.spells(Array(short.unicodeScalars), words.map { Array($0.unicodeScalars) }) {
                return (short, String(String.UnicodeScalarView(raw)), words)
            }
        }
        return nil
    }

    /// True when `letters` are taken in order from `words`, each word starting with its first letter.
    static func spells(_ letters: [Unicode.Scalar], _ words: [[Unicode.Scalar]]) -> Bool {
        guard let word = words.first else { return letters.isEmpty }
        guard let first = letters.first, word.first == first else { return false }
        // Take the word's first letter, then any more of its letters in order, then go on to the next word.
        var taken = 1
        var position = 1
        while true {
            if spells(Array(letters.dropFirst(taken)), Array(words.dropFirst())) { return true }
            guard taken < letters.count, let next = word[position...].firstIndex(of: letters[taken]) else { return false }
            taken += 1
            position = next + 1
        }
    }

    enum Casing { case lower, title, other }

    /// All lowercase, capital first then lowercase, or anything else ("CYP2D6", "McCain").
    static func casing(_ raw: Substring.UnicodeScalarView) -> Casing {
        guard let first = raw.first else { return .other }
        if raw.allSatisfy(\.isASCII) {
            let upper = { (scalar: Unicode.Scalar) in scalar.value >= 0x41 && scalar.value <= 0x5A }
            let restLower = !raw.dropFirst().contains(where: upper)
            return upper(first) ? (restLower ? .title : .other) : (restLower ? .lower : .other)
        }
        let rest = raw.dropFirst()
        let restLower = !rest.contains { $0.properties.isUppercase }
        if first.properties.isUppercase { return restLower ? .title : .other }
        return restLower ? .lower : .other
    }

    /// What the gap between two words says: a separator, if any, and whether a sentence ends in it.
    static func mark(of gap: Substring.UnicodeScalarView, sentenceEnd: Bool) -> (mark: Mark, separates: Bool, endsSentence: Bool)? {
        var mark: Mark?
        var ends = sentenceEnd
        for scalar in gap where !scalar.properties.isWhitespace {
            switch scalar {
            case ",": mark = mark ?? .comma
            case "(", ")", "[", "]": mark = mark == .comma ? .comma : .parenthesis
            case ".", "!", "?", ":", ";", "•", "*", "#", ">": ends = true; mark = mark ?? .stop
            default: mark = mark ?? .stop
            }
        }
        // A line break ends a sentence; a blank line (a new paragraph or list item) also separates.
        if gap.contains(where: { $0 == "\n" }) { ends = true }
        if mark == nil, gap.filter({ $0 == "\n" }).count >= 2 { mark = .stop }
        guard mark != nil || ends else { return nil }
        return (mark ?? .stop, mark != nil, ends)
    }

    /// Each word's range: letters and digits, joined across an apostrophe or a hyphen with letters
    /// on both sides. Walks Unicode scalars, not characters: this runs over every passage compared.
    static func wordRanges(in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard scalars[index].isLetterOrDigit else { index = scalars.index(after: index); continue }
            let start = index
            while index < scalars.endIndex {
                if scalars[index].isLetterOrDigit { index = scalars.index(after: index); continue }
                let next = scalars.index(after: index)
                if joiners.contains(scalars[index]), next < scalars.endIndex, scalars[next].isLetterOrDigit { index = next; continue }
                break
            }
            out.append(start..<index)
        }
        return out
    }

    /// Each word of `text`, normalised as chunks hold them.
    static func normalisedWords(in text: String) -> [String] {
        wordRanges(in: text).map { normalised(text.unicodeScalars[$0]) }
    }

    static let joiners: Set<Unicode.Scalar> = ["'", "’", "-", "‐", "–"]

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// Lowercase, ligatures spelled out, a trailing possessive dropped, joiners made ASCII.
    static func normalised(_ raw: Substring.UnicodeScalarView) -> String {
        var word = String.UnicodeScalarView()
        for scalar in raw {
            if scalar.isASCII {
                let value = scalar.value
                word.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 32)! : scalar)
                continue
            }
            if let letters = Vocabulary.ligatures[scalar.value] {
                word.append(contentsOf: letters.unicodeScalars)
                continue
            }
            switch scalar {
            case "’": word.append("'")
            case "‐", "–": word.append("-")
            default: word.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        var out = String(word)
        if out.hasSuffix("'s") { out.removeLast(2) }
        return out
    }

    /// `normalised` for text given as a string.
    static func normalised(_ raw: Substring) -> String { normalised(raw.unicodeScalars) }

    /// Items of comma lists ("a, b and c"): runs of three chunks or more of at most three words each,
    /// joined by commas, "and" or "or".
    var enumerations: [[Chunk]] {
        var out: [[Chunk]] = []
        var run: [Chunk] = []
        func finish() {
            if run.count >= 3 { out.append(run) }
            run = []
        }
        for chunk in chunks {
            guard chunk.words.count <= 3 else { finish(); continue }
            if !run.isEmpty, chunk.before.continuesList {
                run.append(chunk)
                if !chunk.after.continuesList { finish() }
            } else {
                finish()
                if chunk.after == .comma { run = [chunk] }
            }
        }
        finish()
        return out
    }

    /// The sentence around `range`, cut to at most `limit` words around it, verbatim.
    func quote(around range: Range<String.Index>, limit: Int = 25) -> String {
        let scalars = text.unicodeScalars
        let enders: Set<Unicode.Scalar> = [".", "!", "?", "\n"]
        var start = range.lowerBound
        while start > scalars.startIndex {
            let previous = scalars.index(before: start)
            if enders.contains(scalars[previous]), scalars[start].properties.isWhitespace { break }
            start = previous
        }
        var end = range.upperBound
        while end < scalars.endIndex {
            let scalar = scalars[end]
            end = scalars.index(after: end)
            if enders.contains(scalar), end == scalars.endIndex || scalars[end].properties.isWhitespace { break }
        }
        return Self.trimmed(scalars[start..<end], keeping: range, limit: limit)
    }

    /// At most `limit` words of `sentence`, centred on `range`, without spaces at either end.
    private static func trimmed(_ sentence: Substring.UnicodeScalarView, keeping range: Range<String.Index>, limit: Int) -> String {
        let spaces = sentence.indices.filter { sentence[$0] == " " }
        var from = sentence.startIndex
        var to = sentence.endIndex
        if spaces.count >= limit {
            let inside = spaces.firstIndex { $0 >= range.lowerBound } ?? spaces.count
            let first = max(0, min(inside - limit / 2, spaces.count - limit))
            if first > 0 { from = sentence.index(after: spaces[first - 1]) }
            if first + limit < spaces.count { to = spaces[first + limit - 1] }
        }
        var kept = sentence[from..<to]
        while let first = kept.first, first.properties.isWhitespace { kept.removeFirst() }
        while let last = kept.last, last.properties.isWhitespace { kept.removeLast() }
        return String(String.UnicodeScalarView(kept))
    }
}
