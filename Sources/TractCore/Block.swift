/// A structural unit found by a parser before blocks are grouped into sections.
struct Block: Sendable {
    enum Kind: Sendable {
        case heading(level: Int)
        case body(Paragraph.Kind)
    }

    var kind: Kind
    var line: Int
    var text: String

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
        for block in blocks {
            switch block.kind {
            case .heading(let level):
                sections.append(Section(heading: block.text, level: level, line: block.line))
            case .body(let kind):
                if sections.isEmpty {
                    sections.append(Section(heading: nil, level: 1, line: block.line))
                }
                sections[sections.count - 1].paragraphs.append(Paragraph(line: block.line, text: block.text, kind: kind))
            }
        }
        return sections
    }
}
