/// Decides which heading candidates of a plain text are headings, from what surrounds each line.
///
/// `HeadingRules` judges a line alone; here its neighbours decide. A heading starts a block (the
/// document's start, a blank line or another heading before it) and is not continued by the next line
/// (a next line starting in lowercase continues a sentence). Sentence case, the weakest pattern, must
/// also stand out: a blank line or another heading after it, or a next line much longer than itself.
/// Numbered lines that follow each other at one depth are a numbered list, not headings.
enum HeadingDetector {
    /// The document's lines, and whether consecutive lines are joined into paragraphs.
    struct Document {
        var lines: [Substring]
        var candidates: [HeadingRules.Match?]
        var isHardWrapped: Bool
        /// The width most body lines reach (90th percentile of line lengths), in characters.
        var wrapWidth: Int
    }

    static func headings(in document: Document) -> [HeadingRules.Match?] {
        var result = [HeadingRules.Match?](repeating: nil, count: document.lines.count)
        var startsBlock = true
        for index in document.lines.indices {
            if document.lines[index].isBlankLine {
                startsBlock = true
                continue
            }
            if startsBlock, let candidate = document.candidates[index], accepts(candidate, at: index, in: document) {
                result[index] = candidate
            }
            // In text with one paragraph per line every line starts a block.
            startsBlock = result[index] != nil || !document.isHardWrapped
        }
        // A heading introduces something: the document's last line is never one.
        if let last = document.lines.lastIndex(where: { !$0.isBlankLine }), last > 0 { result[last] = nil }
        return levelled(result)
    }

    private static func accepts(_ candidate: HeadingRules.Match, at index: Int, in document: Document) -> Bool {
        let next = index + 1 < document.lines.count ? document.lines[index + 1].trimmingSpaces() : Substring()
        if next.first.map({ $0.isLetter && $0.isLowercase }) == true { return false }
        if candidate.isNumbered {
            let previous = index > 0 ? document.lines[index - 1].trimmingSpaces() : Substring()
            return !isNumberedList(candidate, nextLine: next) && !isNumberedList(candidate, nextLine: previous)
        }
        if index > 0, document.lines[index - 1].trimmingSpaces().last == ":" { return false }
        if inRunOfShortLines(index, document) { return false }
        guard candidate.style == .sentenceCase else { return true }
        if next.isEmpty || document.candidates[index + 1] != nil { return true }
        let length = candidate.text.utf8.count
        return document.isHardWrapped ? length * 10 <= document.wrapWidth * 6 : next.utf8.count >= length * 3
    }

    /// Three or more candidates in a row with no blank line between are the items of an unmarked list
    /// (a heading is followed by its text, at most by one sub-heading).
    private static func inRunOfShortLines(_ index: Int, _ document: Document) -> Bool {
        func isShort(_ line: Int) -> Bool {
            line >= 0 && line < document.lines.count && document.candidates[line] != nil
                && document.candidates[line]?.isNumbered == false
        }
        // Three in a row is enough to know: looking no further than two lines either way keeps a file
        // of 50,000 such lines linear (walking the whole run from each of its lines took 95 s).
        var first = index
        while first > index - 2, isShort(first - 1) { first -= 1 }
        var last = index
        while last < first + 2, isShort(last + 1) { last += 1 }
        return last - first >= 2
    }

    /// `3. Lorem` next to `4. Ipsum` (no blank line between): items of a list.
    private static func isNumberedList(_ candidate: HeadingRules.Match, nextLine: Substring) -> Bool {
        guard let number = NumberPrefix.parse(nextLine) else { return false }
        return number.level == candidate.level
    }

    /// Levels by style where numbering says nothing: when unnumbered headings come both in ALL CAPS and
    /// in mixed case, the kind that comes first is the upper level and the other sits under it.
    private static func levelled(_ headings: [HeadingRules.Match?]) -> [HeadingRules.Match?] {
        let unnumbered = headings.compactMap { $0 }.filter { !$0.isNumbered }
        guard let first = unnumbered.first else { return headings }
        let firstIsCaps = first.style == .allCaps
        guard unnumbered.contains(where: { ($0.style == .allCaps) != firstIsCaps }) else { return headings }
        return headings.map { heading in
            guard var heading, !heading.isNumbered, (heading.style == .allCaps) != firstIsCaps else { return heading }
            heading.level = 2
            return heading
        }
    }

    /// Whether consecutive lines are hard-wrapped paragraphs: most lines that run on into another line
    /// stop mid-sentence. Text with one paragraph per line ends nearly every line on a sentence.
    static func isHardWrapped(_ lines: [Substring], candidates: [HeadingRules.Match?]) -> Bool {
        // Each pair of lines is looked at on its own, so the pairs of a 10 MB text are spread over the cores.
        let pairs = ParallelMap.map(max(lines.count - 1, 0), minimumPerRun: 20_000) { index -> UInt8 in
            let (line, next) = (lines[index].trimmingSpaces(), lines[index + 1].trimmingSpaces())
            guard !line.isEmpty, !next.isEmpty, !ListMarker.startsListItem(next) else { return 0 }
            // A heading candidate runs on only into a lowercase line; other lines when they stop mid-sentence.
            let continues = next.first.map { $0.isLetter && $0.isLowercase } == true
            return candidates[index] != nil ? (continues ? 2 : 1) : (endsSentence(line) ? 1 : 2)
        }
        let paired = pairs.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        let runOn = pairs.reduce(0) { $0 + ($1 == 2 ? 1 : 0) }
        // A few run-on lines are chance (a short label, a line in another script); wrapping is a habit.
        return runOn >= 3 && runOn * 4 > paired
    }

    /// A line ending on sentence punctuation, allowing a trailing citation (`[12]`, `.5`, `.16,17`).
    /// (Bytes from the end, not Characters: this runs for every line of a 10 MB article.)
    private static func endsSentence(_ line: Substring) -> Bool {
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let byte = bytes[bytes.index(before: end)]
            guard (byte >= 0x30 && byte <= 0x39) || byte == 0x2C || byte == 0x5B || byte == 0x5D || byte == 0x20 else { break }
            end = bytes.index(before: end)
        }
        let rest = bytes[..<end]
        guard let last = rest.last else { return true }
        if last < 0x80 { return ".!?:;\")".utf8.contains(last) }
        return sentenceEnds.contains { rest.suffix($0.count).elementsEqual($0) }
    }

    /// Non-ASCII sentence ends: a closing curly quote and the full-width stops of Chinese and Japanese.
    private static let sentenceEnds = ["”", "。", "！", "？"].map { Array($0.utf8) }

    /// The 90th percentile of non-blank line lengths.
    static func wrapWidth(_ lines: [Substring]) -> Int {
        let lengths = lines.filter { !$0.isBlankLine }.map { $0.utf8.count }.sorted()
        return lengths.isEmpty ? 0 : lengths[lengths.count * 9 / 10]
    }
}

extension Substring {
    /// Empty or only spaces and tabs.
    var isBlankLine: Bool { utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
}
