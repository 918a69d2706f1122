/// Rebuilds paragraphs from hard-wrapped lines (text from PDFs, e-mail, old plain text).
///
/// Lines are joined with one space, and runs of spaces left by justified text are collapsed. A word
/// broken at a line end (`evalu-` / `ated`) is joined: the hyphen is kept when the document writes the
/// joined word with a hyphen elsewhere (`anti-suicidal`) or the next line starts with a digit or a
/// capital (`COVID-` / `19`), and dropped otherwise, as most breaks in justified text are syllable breaks.
struct LineJoiner {
    private let lines: [Substring]
    /// Lowercased hyphenated words of the document, made the first time a broken word needs one.
    private var hyphenated: Set<String>?

    init(lines: [Substring]) {
        self.lines = lines
    }

    /// `line` (already trimmed) with its runs of spaces and tabs collapsed to one space. Read as bytes
    /// (both are ASCII, so no character is split): this runs for every line of every plain-text article.
    func collapsed(_ line: Substring) -> String {
        if !Self.needsCollapsing(line) { return String(line) }
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count)
        var previousSpace = false
        for byte in line.utf8 {
            let space = byte == 0x20 || byte == 0x09
            if !(space && previousSpace) { out.append(space ? 0x20 : byte) }
            previousSpace = space
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `line` holds a tab or two spaces in a row (most lines do not, and are kept as they are).
    private static func needsCollapsing(_ line: Substring) -> Bool {
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if byte == 0x09 || byte == 0x20 && previous == 0x20 { return true }
            previous = byte
        }
        return false
    }

    /// Appends the next wrapped line to a paragraph.
    mutating func append(_ line: Substring, to text: inout String) {
        let next = collapsed(line)
        guard text.utf8.last == 0x2D, let before = text.dropLast().last, before.isLetter,
              let after = next.first, !after.isWhitespace else {
            text.append(" ")
            text.append(next)
            return
        }
        if after.isLetter && after.isLowercase && !keepsHyphen(text.dropLast().trailingWord, next.leadingWord) {
            text.removeLast()
        }
        text.append(next)
    }

    private mutating func keepsHyphen(_ head: Substring, _ tail: Substring) -> Bool {
        if hyphenated == nil { hyphenated = Self.hyphenatedWords(in: lines) }
        return hyphenated?.contains((head + "-" + tail).lowercased()) == true
    }

    private static func hyphenatedWords(in lines: [Substring]) -> Set<String> {
        var words = Set<String>()
        for line in lines where line.utf8.contains(0x2D) {
            for word in line.split(separator: " ") where word.utf8.dropLast().contains(0x2D) {
                let core = word.trimmingPrefix { !$0.isLetter }.reversed().drop { !$0.isLetter }
                words.insert(String(core.reversed()).lowercased())
            }
        }
        return words
    }
}

extension StringProtocol {
    /// The letters at the end of the string.
    var trailingWord: SubSequence { self[(lastIndex { !$0.isLetter }.map { index(after: $0) } ?? startIndex)...] }
    /// The letters at the start of the string.
    var leadingWord: SubSequence { self[..<(firstIndex { !$0.isLetter } ?? endIndex)] }
}
