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

    init(_ text: String) {
        self.text = text
        cut()
    }

    /// Words that never carry a point of their own; must equal FUNCTION_WORDS in scripts/train-points.
    static let functionWords: Set<String> = Set("""
        a an the and or nor but of in on at to by for with from as is are was were be been being it its this that these \
        those which who whom whose has have had having not no can may might must such also than other others more most \
        some all any into their there they them he she his her him we our you your between after before during while \
        about over under both each only would could should will shall very within without upon per via then when where \
        what how why if so do does did doing done one two three however although though because since thus therefore \
        hence yet still even i me my us itself themselves himself herself whether either neither until unless among \
        amongst against along across around through throughout like well much many few several often usually just again \
        further here etc vs et al include includes including included namely
        """.split(separator: " ").map(String.init))

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
        var last = text.startIndex
        for (range, raw) in Self.words(in: text) {
            let gap = text[last..<range.lowerBound]
            last = range.upperBound
            if let mark = Self.mark(of: gap) {
                close(mark)
                before = mark
            }
            let word = Self.normalised(raw)
            noteCase(raw, word, sentenceStart: Self.startsSentence(text[..<range.lowerBound]), lower: &lowercaseSeen, title: &titleSeen)
            if Self.functionWords.contains(word) || word.count < 2 || word.allSatisfy(\.isNumber) {
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

    private func noteCase(_ raw: Substring, _ word: String, sentenceStart: Bool, lower: inout Set<String>, title: inout Set<String>) {
        guard let first = raw.first else { return }
        if first.isUppercase {
            if !sentenceStart, raw.dropFirst().allSatisfy({ !$0.isUppercase }) { title.insert(word) }
        } else if raw.allSatisfy({ !$0.isUppercase }) {
            lower.insert(word)
        }
    }

    /// The separator a gap between two words makes, or nil for plain space.
    static func mark(of gap: Substring) -> Mark? {
        var sawOther = false
        for character in gap where !character.isWhitespace {
            if character == "," { return .comma }
            if character == "(" || character == ")" || character == "[" || character == "]" { return .parenthesis }
            sawOther = true
        }
        return sawOther ? .stop : nil
    }

    /// True when only spaces and a sentence's end (or nothing) stand before this point.
    static func startsSentence(_ before: Substring) -> Bool {
        guard let last = before.last(where: { !$0.isWhitespace }) else { return true }
        return ".!?:;•*#>\n".contains(last) || last.isNewline
    }

    /// Each word: letters and digits, joined across an apostrophe or a hyphen with letters both sides.
    static func words(in text: String) -> [(Range<String.Index>, Substring)] {
        var out: [(Range<String.Index>, Substring)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard isWordCharacter(text[index]) else { index = text.index(after: index); continue }
            let start = index
            while index < text.endIndex {
                if isWordCharacter(text[index]) { index = text.index(after: index); continue }
                let next = text.index(after: index)
                if joiners.contains(text[index]), next < text.endIndex, isWordCharacter(text[next]) { index = next; continue }
                break
            }
            out.append((start..<index, text[start..<index]))
        }
        return out
    }

    static let joiners: Set<Character> = ["'", "’", "-", "‐", "–"]

    static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// Lowercase, ligatures spelled out, a trailing possessive dropped, joiners made ASCII.
    static func normalised(_ raw: Substring) -> String {
        var word = ""
        for character in raw.lowercased() {
            switch character {
            case "ﬀ": word += "ff"
            case "ﬁ": word += "fi"
            case "ﬂ": word += "fl"
            case "ﬃ": word += "ffi"
            case "ﬄ": word += "ffl"
            case "’": word.append("'")
            case "‐", "–": word.append("-")
            default: word.append(character)
            }
        }
        if word.hasSuffix("'s") { word.removeLast(2) }
        return word
    }

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
        let enders: Set<Character> = [".", "!", "?", "\n"]
        var start = range.lowerBound
        while start > text.startIndex {
            let previous = text.index(before: start)
            if enders.contains(text[previous]), start < text.endIndex, text[start].isWhitespace { break }
            start = previous
        }
        var end = range.upperBound
        while end < text.endIndex {
            let character = text[end]
            end = text.index(after: end)
            if enders.contains(character), end == text.endIndex || text[end].isWhitespace { break }
        }
        return Self.trimmed(text[start..<end], keeping: range, limit: limit)
    }

    /// At most `limit` words of `sentence`, centred on `range`.
    private static func trimmed(_ sentence: Substring, keeping range: Range<String.Index>, limit: Int) -> String {
        let spaces = sentence.indices.filter { sentence[$0] == " " }
        guard spaces.count >= limit else { return sentence.strippingEdges([" ", "\n"]) }
        let inside = spaces.firstIndex { $0 >= range.lowerBound } ?? spaces.count
        let first = max(0, min(inside - limit / 2, spaces.count - limit))
        let from = first == 0 ? sentence.startIndex : sentence.index(after: spaces[first - 1])
        let to = first + limit < spaces.count ? spaces[first + limit - 1] : sentence.endIndex
        return String(sentence[from..<to]).strippingEdges([" ", "\n"])
    }
}

extension StringProtocol {
    func strippingEdges(_ set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
