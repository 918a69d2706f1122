/// Breaks text into lines that fit a width in terminal cells.
public enum TextWrapper {
    /// Word-wraps `text` to `width` cells: breaks at spaces, runs of spaces collapse, a word wider
    /// than the line is split. Never returns a line wider than `width` (but for a wide character
    /// alone when `width` is 1); empty text gives one empty line.
    public static func wrap(_ text: some StringProtocol, width: Int) -> [String] {
        wrap(String(text), width: width)
    }

    /// The same for a `String`: scans its UTF-8 bytes and copies whole words, since every frame of
    /// the reader and of compare wraps the paragraphs on screen.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if isBreak(bytes[index]) {
                index = bytes.index(after: index)
                continue
            }
            var end = index
            var ascii = true
            while end < bytes.endIndex && !isBreak(bytes[end]) {
                if bytes[end] >= 0x80 { ascii = false }
                end = bytes.index(after: end)
            }
            let word = text[index..<end]
            index = end
            // Every scalar below U+0300 takes one cell, so an ASCII word's width is its length.
            let wordWidth = ascii ? word.utf8.count : DisplayWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if wordWidth > width {
                // A word wider than a whole line: whole lines of it, the rest starts the next line.
                let pieces = split(word, width: width)
                lines += pieces.lines
                line = pieces.last.text
                lineWidth = pieces.last.width
                continue
            }
            if lineWidth > 0 {
                line.append(" ")
                lineWidth += 1
            }
            line.append(contentsOf: word)
            lineWidth += wordWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    private static func isBreak(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A }

    /// `word` cut into pieces of at most `width` cells (the last with its width).
    private static func split(_ word: Substring, width: Int) -> (lines: [String], last: (text: String, width: Int)) {
        var lines: [String] = []
        var piece = String.UnicodeScalarView()
        var pieceWidth = 0
        for scalar in word.unicodeScalars {
            let cells = DisplayWidth.of(scalar)
            if pieceWidth + cells > width && !piece.isEmpty {
                lines.append(String(piece))
                piece = String.UnicodeScalarView()
                pieceWidth = 0
            }
            piece.append(scalar)
            pieceWidth += cells
        }
        return (lines, (String(piece), pieceWidth))
    }

    /// Splits each line of `text` at `width` cells without moving words (for code blocks).
    public static func hardWrap(_ text: some StringProtocol, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for source in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String.UnicodeScalarView()
            var lineWidth = 0
            for scalar in source.unicodeScalars {
                let cells = DisplayWidth.of(scalar)
                if lineWidth + cells > width {
                    lines.append(String(line))
                    line = String.UnicodeScalarView()
                    lineWidth = 0
                }
                line.append(scalar)
                lineWidth += cells
            }
            lines.append(String(line))
        }
        return lines
    }

    /// `text` without its first `cells` cells (a wide character cut in half leaves a space), for
    /// lines scrolled sideways.
    public static func dropping(cells: Int, from text: String) -> String {
        guard cells > 0 else { return text }
        var dropped = 0
        var rest = text.unicodeScalars[...]
        while dropped < cells, let scalar = rest.first {
            dropped += DisplayWidth.of(scalar)
            rest = rest.dropFirst()
        }
        // Combining marks of the last character dropped go with it.
        while let scalar = rest.first, DisplayWidth.of(scalar) == 0 { rest = rest.dropFirst() }
        return (dropped > cells ? " " : "") + String(String.UnicodeScalarView(rest))
    }

    /// `text` exactly `width` cells wide: cut with an ellipsis when longer, padded with spaces when shorter.
    public static func fit(_ text: String, width: Int) -> String {
        let shown = truncate(text, width: width)
        return shown + String(repeating: " ", count: max(width - DisplayWidth.of(shown), 0))
    }

    /// `text` cut to `width` cells with an ellipsis when it is longer.
    public static func truncate(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var out = ""
        var used = 0
        for scalar in text.unicodeScalars {
            let cells = DisplayWidth.of(scalar)
            if used + cells > width - 1 { break }
            out.unicodeScalars.append(scalar)
            used += cells
        }
        return out + "…"
    }

    /// `text` cut to `width` cells at the end of a word, with an ellipsis (inside a word only when its
    /// first word alone is wider).
    public static func truncateAtWord(_ text: String, width: Int) -> String {
        let cut = truncate(text, width: width)
        guard cut != text else { return text }
        var kept = cut.dropLast()
        let whole = text.index(text.startIndex, offsetBy: kept.count) == text.endIndex || text[text.index(text.startIndex, offsetBy: kept.count)] == " "
        if !whole, let space = kept.lastIndex(of: " ") { kept = kept[..<space] }
        while kept.last == " " || kept.last.map({ ",;:".contains($0) }) == true { kept = kept.dropLast() }
        return String(kept) + "…"
    }
}
