/// Plain-text shapes found before headings are looked for: setext underlines (`Title` over `=====`)
/// and simple tables (`|`-separated rows, `+---+` borders, columns aligned by runs of spaces).
enum TextBlocks {
    /// Headings made by an underline of `=` (level 1) or `-` (level 2), by the line index of their text.
    /// The underline lines (and `----` rules without text above) are returned to be read as blank.
    static func setextHeadings(_ lines: [Substring]) -> (headings: [Int: HeadingRules.Match], underlines: Set<Int>) {
        var headings: [Int: HeadingRules.Match] = [:]
        var underlines = Set<Int>()
        for index in lines.indices {
            // Most lines are rejected by their first byte that is not a space.
            guard let first = lines[index].utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), first == 0x3D || first == 0x2D else { continue }
            let line = lines[index].trimmingSpaces()
            guard line.utf8.count >= 3, let mark = line.first, line.allSatisfy({ $0 == mark }) else { continue }
            underlines.insert(index)
            guard index > 0, !underlines.contains(index - 1) else { continue }
            let text = lines[index - 1].trimmingSpaces()
            // A heading is a short line on its own (a blank line or nothing above it).
            guard !text.isEmpty, text.count <= 120, index < 2 || lines[index - 2].trimmingSpaces().isEmpty else { continue }
            headings[index - 1] = HeadingRules.Match(text: String(text), level: mark == "=" ? 1 : 2, isNumbered: false,
                                                     wordCount: text.split(separator: " ").count)
        }
        return (headings, underlines)
    }

    /// Runs of lines that form a table, as line ranges.
    static func tables(_ lines: [Substring]) -> [Range<Int>] {
        // Nearly every line of prose is ruled out by a look at its bytes: that look runs on all cores.
        let mayBe = ParallelMap.map(lines.count, minimumPerRun: 20_000) { mayBeRow(lines[$0]) }
        let rowKind = { (index: Int) in mayBe[index] ? Self.rowKind(lines[index]) : .none }
        var out: [Range<Int>] = []
        var index = 0
        while index < lines.count {
            let kind = rowKind(index)
            guard kind != .none else { index += 1; continue }
            var end = index + 1
            var starts = columnStarts(lines[index])
            while end < lines.count, let next = Optional(rowKind(end)), next != .none, next == .aligned ? kind == .aligned : kind != .aligned {
                let nextStarts = columnStarts(lines[end])
                if kind == .aligned && starts.isDisjoint(with: nextStarts) { break }
                starts = nextStarts
                end += 1
            }
            // Aligned columns need three rows to be told from a sentence with a double space.
            if end - index >= (kind == .aligned ? 3 : 2) { out.append(index..<end) }
            index = max(end, index + 1)
        }
        return out
    }

    private enum RowKind { case none, ruled, aligned }

    /// `ruled`: a `|`-separated row or a `+---+` / `|---|` border; `aligned`: three or more cells
    /// separated by runs of two or more spaces.
    private static func rowKind(_ line: Substring) -> RowKind {
        let text = line.trimmingSpaces()
        guard !text.isEmpty else { return .none }
        let pipes = text.filter { $0 == "|" }.count
        let isBorder = text.count >= 3 && text.filter({ $0 == "-" || $0 == "=" }).count >= 3
            && text.allSatisfy { "+-|=: ".contains($0) } && (text.first == "+" || text.first == "|")
        if isBorder || pipes >= 2 { return .ruled }
        return columnStarts(line).count >= 2 ? .aligned : .none
    }

    /// A quick look at the bytes: a row has a `|` or a `+`, or two spaces in a row after its first text.
    /// Prose lines (nearly all of a 10 MB article) stop here.
    private static func mayBeRow(_ line: Substring) -> Bool {
        // On the contiguous bytes when there are (always, for text read from a file): iterating a
        // substring's UTF-8 view byte by byte was a third of the structure of a 10 MB text.
        line.utf8.withContiguousStorageIfAvailable(mayBeRow) ?? mayBeRow(Array(line.utf8))
    }

    private static func mayBeRow<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var seenText = false
        var previousSpace = false
        for byte in bytes {
            if byte == 0x7C || byte == 0x2B { return true }
            if byte == 0x20 {
                if seenText && previousSpace { return true }
                previousSpace = true
            } else {
                seenText = true
                previousSpace = false
            }
        }
        return false
    }

    /// Columns where a cell starts after a run of two or more spaces.
    private static func columnStarts(_ line: Substring) -> Set<Int> {
        var starts = Set<Int>()
        var spaces = 0
        var seenText = false
        for (column, character) in line.enumerated() {
            if character == " " { spaces += 1; continue }
            if seenText && spaces >= 2 { starts.insert(column) }
            seenText = true
            spaces = 0
        }
        return starts
    }

    /// The table's lines with their common indentation removed, trailing spaces dropped.
    static func tableText(_ lines: ArraySlice<Substring>) -> String {
        let indent = lines.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { line in
            var row = line.dropFirst(indent)
            while row.last == " " { row = row.dropLast() }
            return String(row)
        }.joined(separator: "\n")
    }
}
