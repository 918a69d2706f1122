/// Cuts a long Markdown text into pieces cmark can parse one at a time, so the syntax tree of a
/// 10 MB article (about twice its size) is never held whole: each piece's tree is read into blocks
/// and freed before the next is parsed.
///
/// A piece starts only at an ATX heading (`#` at the start of a line, then a space or the line end)
/// after a blank line, outside fenced code and outside the HTML blocks a blank line does not end
/// (comments, `<script>`, `<pre>`, `<style>`, `<textarea>`, `<?…?>`, `<!X…>`, CDATA). Such a line
/// begins a new block in CommonMark whatever came before, so each piece parses as it would in the
/// whole. Link reference definitions (`[label]: url`) may sit anywhere and serve the whole text: the
/// definition lines are appended to every piece (they produce no output themselves).
struct MarkdownChunks {
    struct Piece {
        /// Where the piece is in the text's UTF-8.
        var bytes: Range<Int>
        /// Lines of the whole text before the piece.
        var lineOffset: Int
        /// The piece starts inside a line the piece before cut (`longLine`): its first paragraph goes
        /// on with the last paragraph before it.
        var continues = false
    }

    /// A paragraph line longer than this is parsed in parts of about this size, cut at spaces: cmark
    /// held a 50 MB line some four times over (its line buffer, the paragraph's, the text node's).
    /// Emphasis or a link that spans a cut keeps its marks as text.
    static let longLine = 1 << 20

    /// The pieces, in order, each to be parsed with `appendix` after it.
    var pieces: [Piece] = []
    /// The document's reference definitions, when it is cut in pieces and has any.
    var appendix = ""

    /// Pieces of at least `minimumBytes` (but the last); a text shorter than that is one piece.
    /// Only positions are kept: each piece's text is made when it is parsed.
    init(_ text: String, minimumBytes: Int = 64 * 1024) {
        let total = text.utf8.count
        guard total > minimumBytes else {
            pieces = [Piece(bytes: 0..<total, lineOffset: 0)]
            return
        }
        var definitions: [Substring] = []
        var scanner = BlockScanner()
        var pieceStart = text.startIndex
        var pieceLine = 0
        var line = 0
        var previousBlank = true
        var continues = false
        let lines = TextLines.of(text)
        for content in lines {
            let lineStart = content.startIndex
            let size = text.utf8.distance(from: pieceStart, to: lineStart)
            if size >= minimumBytes, previousBlank, scanner.isOutsideBlocks, Self.isHeading(content) {
                pieces.append(Piece(bytes: offset(pieceStart)..<offset(lineStart), lineOffset: pieceLine, continues: continues))
                (pieceStart, pieceLine, continues) = (lineStart, line, false)
            }
            if content.utf8.count > Self.longLine, previousBlank, scanner.isOutsideBlocks, Self.startsParagraph(content),
               !(line + 1 < lines.count && Self.isUnderline(lines[line + 1])) {
                for cut in Self.cuts(in: content) {
                    let space = text.utf8.index(content.startIndex, offsetBy: cut)
                    pieces.append(Piece(bytes: offset(pieceStart)..<offset(space), lineOffset: pieceLine, continues: continues))
                    (pieceStart, pieceLine, continues) = (text.utf8.index(after: space), line, true)
                }
            }
            if scanner.isOutsideBlocks, Self.isReferenceDefinition(content) { definitions.append(content) }
            scanner.read(content)
            previousBlank = content.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            line += 1
        }
        pieces.append(Piece(bytes: offset(pieceStart)..<total, lineOffset: pieceLine, continues: continues))
        if pieces.count > 1, !definitions.isEmpty { appendix = "\n\n" + definitions.joined(separator: "\n") + "\n" }
        func offset(_ index: String.Index) -> Int { text.utf8.distance(from: text.startIndex, to: index) }
    }

    /// A line after a blank one that starts with an ASCII letter at its very start opens a paragraph at
    /// the top level, whatever came before (no marker of a list, quote, heading, fence or HTML block
    /// starts with a letter, and an unindented line after a blank one continues no list item).
    static func startsParagraph(_ line: Substring) -> Bool {
        line.utf8.first.map(isLetter) ?? false
    }

    /// A setext underline (`===` or `---`, indented at most three spaces), which would make the line
    /// above it a heading.
    static func isUnderline(_ line: Substring) -> Bool {
        let body = line.utf8.drop { $0 == 0x20 }
        guard let mark = body.first, mark == UInt8(ascii: "=") || mark == UInt8(ascii: "-"), line.utf8.count - body.count <= 3
        else { return false }
        return body.allSatisfy { $0 == mark || $0 == 0x20 || $0 == 0x09 }
    }

    /// Where to cut a long line (byte offsets of spaces in it), about every `longLine` bytes: at a
    /// single space before a letter, so each part starts a paragraph and no hard break (two spaces or
    /// a backslash before the line end) is made.
    static func cuts(in line: Substring) -> [Int] {
        line.utf8.withContiguousStorageIfAvailable { bytes in
            var cuts: [Int] = []
            var target = longLine
            while target < bytes.count - 1 {
                let limit = min(bytes.count - 1, target + 64 * 1024)
                var at = target
                while at < limit, !(bytes[at] == 0x20 && isLetter(bytes[at + 1]) && bytes[at - 1] != 0x20 && bytes[at - 1] != 0x5C) { at += 1 }
                if at < limit { cuts.append(at) }
                target = at + longLine
            }
            return cuts
        } ?? []
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    /// `#` to `######` at the line start, then a space, a tab or nothing.
    static func isHeading(_ line: Substring) -> Bool {
        let bytes = line.utf8
        let hashes = bytes.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(hashes) else { return false }
        let after = bytes.dropFirst(hashes).first
        return after == nil || after == UInt8(ascii: " ") || after == UInt8(ascii: "\t")
    }

    /// `[label]: destination`, indented at most three spaces.
    static func isReferenceDefinition(_ line: Substring) -> Bool {
        let bytes = line.utf8
        let indent = bytes.prefix { $0 == 0x20 }.count
        guard indent <= 3 else { return false }
        let label = bytes.dropFirst(indent)
        guard label.first == UInt8(ascii: "["), let close = label.firstIndex(of: UInt8(ascii: "]")),
              label.distance(from: label.startIndex, to: close) > 1 else { return false }
        let rest = label[label.index(after: close)...]
        return rest.first == UInt8(ascii: ":") && rest.dropFirst().contains { $0 != 0x20 && $0 != 0x09 }
    }

    /// Whether the lines read so far leave an open fenced code block or an HTML block that only its
    /// end marker closes.
    struct BlockScanner {
        /// The open fence's character and length.
        private var fence: (character: Character, length: Int)?
        /// The text that closes the open HTML block.
        private var htmlEnd: String?

        var isOutsideBlocks: Bool { fence == nil && htmlEnd == nil }

        mutating func read(_ line: Substring) {
            if isOutsideBlocks, let first = line.utf8.first(where: { $0 != 0x20 }),
               first != UInt8(ascii: "`"), first != UInt8(ascii: "~"), first != UInt8(ascii: "<") { return }
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            if let open = fence {
                let run = body.prefix { $0 == open.character }.count
                if indent <= 3, run >= open.length, body.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) { fence = nil }
                return
            }
            if let end = htmlEnd {
                if line.contains(end) { htmlEnd = nil }
                return
            }
            guard indent <= 3, let first = body.first else { return }
            if first == "`" || first == "~" {
                let run = body.prefix { $0 == first }.count
                if run >= 3, first == "~" || !body.dropFirst(run).contains("`") { fence = (first, run) }
            } else if first == "<", let end = Self.htmlBlockEnd(body), !body.dropFirst().contains(end) {
                htmlEnd = end
            }
        }

        /// The end marker of an HTML block of kinds 1–5 that `line` opens, if it opens one.
        private static func htmlBlockEnd(_ line: Substring) -> String? {
            let lower = line.lowercased()
            for tag in ["script", "pre", "style", "textarea"] where lower.hasPrefix("<" + tag) {
                let next = lower.dropFirst(tag.count + 1).first
                if next == nil || next == ">" || next == " " || next == "\t" { return "</" + tag + ">" }
            }
            if lower.hasPrefix("<!--") { return "-->" }
            if lower.hasPrefix("<?") { return "?>" }
            if lower.hasPrefix("<![cdata[") { return "]]>" }
            if lower.hasPrefix("<!"), let letter = lower.dropFirst(2).first, letter.isLetter { return ">" }
            return nil
        }
    }
}
