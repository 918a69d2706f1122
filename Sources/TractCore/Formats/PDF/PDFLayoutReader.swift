/// Rebuilds an article from a PDF's layout (`pdftohtml -xml`): reading order across columns, running
/// headers, footers and page numbers removed, paragraphs rebuilt from lines (words broken at a line
/// end joined), headings from the PDF's outline when it has one, else from font size and weight
/// against the body text, and the title from the largest text on the first page.
///
/// A paragraph's position is page × 1000 + line on the page (3012: page 3, line 12).
public enum PDFLayoutReader {
    struct Line {
        var page: Int
        var top: Int
        var left: Int
        var right: Int
        var height: Int
        var size: Int
        var bold: Bool
        var text: String
        /// Runs far apart on one line: a table row, never a heading.
        var gapped = false
        var number = 0
    }

    public static func parse(_ bytes: [UInt8]) -> HTMLReader.Result {
        guard let layout = PDFLayout(xml: bytes), layout.hasText else { return HTMLReader.Result(title: nil, sections: []) }
        let lines = PDFFurniture.removed(from: layout.pages.flatMap(PDFReadingOrder.lines), pages: layout.pages)
        let body = bodySize(lines)
        let (title, titleLines) = PDFHeadings.title(lines, body: body)
        let headings = PDFHeadings.fromOutline(layout.outline, lines: lines, skipping: titleLines)
            ?? PDFHeadings.fromFonts(lines, body: body, skipping: titleLines)
        let blocks = PDFParagraphs.blocks(lines, headings: headings, skipping: titleLines, body: body)
        return HTMLReader.Result(title: title.map(Sanitizer.clean), sections: SectionBuilder.sections(from: blocks))
    }

    /// The size most of the text is set in.
    static func bodySize(_ lines: [Line]) -> Int {
        var weight: [Int: Int] = [:]
        for line in lines { weight[line.size, default: 0] += line.text.count }
        return weight.max { $0.value < $1.value }?.key ?? 0
    }
}

/// Text runs of a page in reading order, merged into lines: a two-column page is read left column
/// first (text spanning both columns goes with the left), then the right.
enum PDFReadingOrder {
    static func lines(_ page: PDFLayout.Page) -> [PDFLayoutReader.Line] {
        let width = max(page.width, 1)
        let rightStarts = page.runs.filter { $0.left > width * 45 / 100 && $0.width < width / 2 }.count
        let twoColumns = rightStarts >= 5 && rightStarts * 100 >= page.runs.count * 15
        let column = { (run: PDFLayout.Run) in twoColumns && run.left > width * 45 / 100 ? 1 : 0 }
        let runs = page.runs.sorted { (column($0), $0.top, $0.left) < (column($1), $1.top, $1.left) }
        var lines: [PDFLayoutReader.Line] = []
        var lastColumn = -1
        for run in runs {
            let side = column(run)
            if var line = lines.last, side == lastColumn, abs(run.top - line.top) <= max(2, line.height / 3) {
                let gap = run.left - line.right
                let charWidth = max(run.width / max(run.text.count, 1), 1)
                if gap > charWidth * 3 { line.gapped = true }
                // An accent set as its own run after a word stands for an apostrophe (authors´ roles).
                let apostrophe = run.text == "´" && line.text.last?.isLetter == true
                line.text += apostrophe ? "’" : gap > 1 ? " " + run.text : run.text
                line.right = max(line.right, run.left + run.width)
                line.bold = line.bold && run.bold
                line.size = run.text.count > line.text.count / 2 ? run.size : line.size
                lines[lines.count - 1] = line
            } else {
                lines.append(PDFLayoutReader.Line(page: page.number, top: run.top, left: run.left, right: run.left + run.width,
                                                  height: run.height, size: run.size, bold: run.bold, text: run.text))
            }
            lastColumn = side
        }
        for index in lines.indices { lines[index].number = index + 1 }
        return lines
    }
}

/// Running headers and footers: lines in the top or bottom margin that repeat on several pages (digits
/// aside), and bare page numbers there.
enum PDFFurniture {
    static func removed(from lines: [PDFLayoutReader.Line], pages: [PDFLayout.Page]) -> [PDFLayoutReader.Line] {
        let heights = Dictionary(pages.map { ($0.number, max($0.height, 1)) }, uniquingKeysWith: { first, _ in first })
        func inMargin(_ line: PDFLayoutReader.Line) -> Bool {
            let height = heights[line.page] ?? 1
            return line.top < height * 10 / 100 || line.top + line.height > height * 90 / 100
        }
        // Digits aside (page 4/16 and 12/16 are one footer; "6 Journal" and "Journal" one header).
        func key(_ text: String) -> String {
            text.lowercased().filter { !$0.isNumber }.split(separator: " ").joined(separator: " ")
        }
        var pagesWith: [String: Set<Int>] = [:]
        for line in lines where inMargin(line) { pagesWith[key(line.text), default: []].insert(line.page) }
        let repeated = max(2, pages.count * 3 / 10)
        return lines.filter { line in
            let bare = key(line.text)
            // A number alone on its line is a page number, or a marker cut off its text.
            if bare.allSatisfy({ !$0.isLetter }) && line.text.contains(where: \.isNumber) && line.text.count <= 9 { return false }
            guard inMargin(line) else { return true }
            if bare.hasPrefix("page of") { return false }
            return (pagesWith[bare]?.count ?? 0) < repeated
        }
    }
}

extension PDFLayoutReader {
    /// Whether a layout has any text (a scanned PDF has pages but no text layer).
    public static func hasText(_ bytes: [UInt8]) -> Bool {
        PDFLayout(xml: bytes)?.hasText ?? false
    }
}
