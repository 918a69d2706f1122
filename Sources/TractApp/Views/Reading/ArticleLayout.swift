import ScreenKit
import TractCore

/// One display row of an article laid out at a width.
public struct LayoutLine: Equatable, Sendable {
    /// What the row shows; the renderer styles each kind differently.
    public enum Kind: Equatable, Sendable {
        case heading, body, listItem, quote, code, table, blank
    }

    public var text: String
    public var kind: Kind
    /// Index of the section the row belongs to.
    public var section: Int
    /// Index of the paragraph within its section, nil for headings and blank rows.
    public var paragraph: Int?
    /// Cells of indentation before `text`.
    public var indent: Int
    /// Emphasised characters of `text`.
    public var emphasis: [Paragraph.Emphasis] = []

    public init(text: String, kind: Kind, section: Int, paragraph: Int? = nil, indent: Int = 0) {
        self.text = text
        self.kind = kind
        self.section = section
        self.paragraph = paragraph
        self.indent = indent
    }
}

/// Lays an article out as wrapped rows: headings, paragraphs separated by blank rows, list items and
/// quotes indented, code hard-wrapped. Used by the reader and by `tract show`.
public enum ArticleLayout {
    /// Rows for the sections in `range` (all by default) at `width` cells.
    public static func lines(of article: Article, width: Int, sections range: Range<Int>? = nil) -> [LayoutLine] {
        var out: [LayoutLine] = []
        forEachLine(of: article, width: width, sections: range) { out.append($0) }
        return out
    }

    /// The same rows handed over a batch of blocks at a time, each batch laid out on all cores, so
    /// `tract show` prints a 50 MB article without holding all its rows (and in half the time).
    public static func forEachLine(of article: Article, width: Int, sections range: Range<Int>? = nil, _ body: (LayoutLine) -> Void) {
        let document = ReadingDocument(article: article)
        let width = max(width, 4)
        let shown = document.blocks.indices.filter { range?.contains(document.blocks[$0].section) ?? true }
        var started = false
        for batch in stride(from: 0, to: shown.count, by: 256) {
            let blocks = Array(shown[batch..<min(batch + 256, shown.count)])
            for rows in ParallelMap.map(blocks.count, minimumPerRun: 32, { document.rows(of: blocks[$0], width: width) }) {
                for row in rows where started || row.kind != .blank {
                    started = true
                    body(row)
                }
            }
        }
    }

    /// The row kind and indentation for a kind of paragraph.
    public static func paragraphKind(_ kind: Paragraph.Kind) -> (kind: LayoutLine.Kind, indent: Int) {
        switch kind {
        case .paragraph: (.body, 0)
        case .listItem: (.listItem, 2)
        case .quote: (.quote, 2)
        case .code: (.code, 4)
        case .table: (.table, 2)
        }
    }

    /// Rows of one paragraph.
    public static func paragraphLines(_ paragraph: Paragraph, section: Int, number: Int, width: Int) -> [LayoutLine] {
        let (kind, indent) = paragraphKind(paragraph.kind)
        let available = max(width - indent, 1)
        let rows = paragraph.kind == .code || paragraph.kind == .table
            ? TextWrapper.hardWrap(paragraph.text, width: available)
            : TextWrapper.wrap(paragraph.text, width: available)
        var lines = rows.map { LayoutLine(text: $0, kind: kind, section: section, paragraph: number, indent: indent) }
        if !paragraph.emphasis.isEmpty { placeEmphasis(paragraph, on: &lines) }
        return lines
    }

    /// Each row's emphasis, in the row's own character offsets. The paragraph's marks are merged
    /// first (overlapping stretches of one kind as one), then walked once beside the rows: nested
    /// emphasis (`*a **a *a …`) gave every row every mark, 130,000 of them over 11,000 rows.
    private static func placeEmphasis(_ paragraph: Paragraph, on lines: inout [LayoutLine]) {
        let text = paragraph.text
        let all = merged(paragraph.emphasis)
        let kinds = [false, true].map { strong in all.filter { $0.strong == strong } }
        var next = [0, 0]
        var from = text.startIndex
        var offset = 0
        for index in lines.indices {
            guard let found = text.range(of: lines[index].text, range: from..<text.endIndex) else { continue }
            let start = offset + text.distance(from: from, to: found.lowerBound)
            let end = start + lines[index].text.count
            var emphasis: [Paragraph.Emphasis] = []
            for kind in kinds.indices {
                let marks = kinds[kind]
                while next[kind] < marks.count, marks[next[kind]].range.upperBound <= start { next[kind] += 1 }
                var mark = next[kind]
                while mark < marks.count, marks[mark].range.lowerBound < end {
                    let range = marks[mark].range.clamped(to: start..<end)
                    emphasis.append(Paragraph.Emphasis(range: (range.lowerBound - start)..<(range.upperBound - start), strong: marks[mark].strong))
                    mark += 1
                }
            }
            lines[index].emphasis = emphasis
            offset = end
            from = found.upperBound
        }
    }

    /// Overlapping stretches of the same kind as one, each kind in order of where it starts.
    static func merged(_ marks: [Paragraph.Emphasis]) -> [Paragraph.Emphasis] {
        guard marks.count > 1 else { return marks }
        var out: [Paragraph.Emphasis] = []
        for strong in [false, true] {
            for mark in marks.filter({ $0.strong == strong }).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                if let last = out.last, last.strong == strong, mark.range.lowerBound <= last.range.upperBound {
                    out[out.count - 1].range = last.range.lowerBound..<max(last.range.upperBound, mark.range.upperBound)
                } else {
                    out.append(mark)
                }
            }
        }
        return out
    }

    /// Plain text of rows, for the command line: indentation as spaces, quotes marked with a bar.
    public static func plainText(_ lines: [LayoutLine]) -> String {
        lines.map(plainText).joined(separator: "\n")
    }

    /// One row as plain text.
    public static func plainText(_ line: LayoutLine) -> String {
        line.kind == .blank ? "" : (line.kind == .quote ? "│ " : String(repeating: " ", count: line.indent)) + line.text
    }
}
