/// A structural unit found by a parser before blocks are grouped into sections.
struct Block: Sendable {
    enum Kind: Sendable {
        case heading(level: Int)
        case body(Paragraph.Kind)
    }

    // Widest first: 64 bytes a block rather than 72 (a 10 MB article has 30,000 at once).
    var text: Substring
    /// Emphasised stretches of `text` (Markdown).
    var emphasis: [Paragraph.Emphasis] = []
    var kind: Kind
    var line: Int

    /// A block whose text is a slice of the article's decoded text (no copy).
    init(kind: Kind, line: Int, text: Substring, emphasis: [Paragraph.Emphasis] = []) {
        self.kind = kind
        self.line = line
        self.text = text
        self.emphasis = emphasis
    }

    /// A block whose text was put together (joined lines, Markdown without its markers), kept in
    /// storage of its own size: a string grown line by line holds up to twice its bytes, and a library
    /// of 2,000 papers keeps all their paragraphs (~30 MiB of room no text used).
    init(kind: Kind, line: Int, text: String, emphasis: [Paragraph.Emphasis] = []) {
        self.init(kind: kind, line: line, text: Substring(text.tight), emphasis: emphasis)
    }

    /// Puts a list marker (`• `, `3. `) before the text, keeping emphasis on the same characters.
    mutating func prefix(_ marker: String) {
        // Joined as UTF-8 into room of its size: `marker + text` (a String and a Substring) went the
        // generic way, a character at a time, an eighth of reading a Markdown article of lists.
        var joined = String()
        joined.reserveCapacity(marker.utf8.count + text.utf8.count)
        joined += marker
        joined += text
        text = Substring(joined)
        emphasis = emphasis.map { Paragraph.Emphasis(range: ($0.range.lowerBound + marker.count)..<($0.range.upperBound + marker.count),
                                                     strong: $0.strong) }
    }

    /// The level when the block is a heading.
    var headingLevel: Int? {
        if case .heading(let level) = kind { return level }
        return nil
    }
}

/// Groups a flat run of blocks into sections: a section per heading, plus a lead section for text
/// before the first heading.
enum SectionBuilder {
    static func sections(from blocks: [Block]) -> [Section] {
        var sections: [Section] = []
        for (index, block) in blocks.enumerated() {
            switch block.kind {
            case .heading(let level):
                sections.append(Section(heading: String(block.text), level: level, line: block.line))
                sections[sections.count - 1].paragraphs.reserveCapacity(bodyBlocks(after: index, in: blocks))
            case .body(let kind):
                if sections.isEmpty {
                    sections.append(Section(heading: nil, level: 1, line: block.line))
                    sections[0].paragraphs.reserveCapacity(bodyBlocks(after: index - 1, in: blocks))
                }
                var paragraph = Paragraph(line: block.line, text: block.text, kind: kind)
                paragraph.emphasis = block.emphasis
                sections[sections.count - 1].paragraphs.append(paragraph)
            }
        }
        return sections
    }

    /// How many body blocks follow block `index` before the next heading: each section's paragraphs
    /// are held in an array of exactly their number (appending one by one leaves up to half unused).
    private static func bodyBlocks(after index: Int, in blocks: [Block]) -> Int {
        var count = 0
        for block in blocks[(index + 1)...] {
            if block.headingLevel != nil { break }
            count += 1
        }
        return count
    }
}

extension String {
    /// A copy whose storage is its length (short strings live inline and are returned as they are).
    var tight: String {
        let count = utf8.count
        guard count > 15 else { return self }
        var text = self
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: count) { room in room.initialize(fromContentsOf: bytes) }
        }
    }
}
