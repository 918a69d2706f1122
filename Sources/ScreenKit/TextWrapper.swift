/// Breaks text into lines that fit a width in terminal cells.
public enum TextWrapper {
    /// Word-wraps `text` to `width` cells: breaks at spaces, runs of spaces collapse, a word wider
    /// than the line is split. Never returns a line wider than `width`; empty text gives one empty line.
    public static func wrap(_ text: some StringProtocol, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var lineWidth = 0
        var word = String.UnicodeScalarView()
        var wordWidth = 0

        func placeWord() {
            guard !word.isEmpty else { return }
            if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                lines.append(String(line))
                line = String.UnicodeScalarView()
                lineWidth = 0
            }
            if lineWidth > 0 {
                line.append(" ")
                lineWidth += 1
            }
            line.append(contentsOf: word)
            lineWidth += wordWidth
            word = String.UnicodeScalarView()
            wordWidth = 0
        }

        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" {
                placeWord()
                continue
            }
            let cells = DisplayWidth.of(scalar)
            if wordWidth + cells > width {
                // A word wider than a whole line: flush what is pending and break it here.
                if lineWidth > 0 {
                    lines.append(String(line))
                    line = String.UnicodeScalarView()
                    lineWidth = 0
                }
                if !word.isEmpty { lines.append(String(word)) }
                word = String.UnicodeScalarView()
                wordWidth = 0
            }
            word.append(scalar)
            wordWidth += cells
        }
        placeWord()
        if lineWidth > 0 || lines.isEmpty { lines.append(String(line)) }
        return lines
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
}
