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
        /// A run-in head set apart from the paragraph it starts ("2.1. Cell Lines. The cells were…").
        var runIn = false
    }

    public static func parse(_ bytes: [UInt8]) -> HTMLReader.Result {
        guard let layout = PDFLayout(xml: bytes), layout.hasText else { return HTMLReader.Result(title: nil, sections: []) }
        let pages = layout.pages.map(PDFReadingOrder.lines)
        let lines = PDFFurniture.removed(from: pages.flatMap { $0 }, pages: layout.pages)
        let body = bodySize(lines)
        let (title, titleLines) = PDFHeadings.title(lines, body: body)
        let headings = PDFHeadings.fromOutline(layout.outline, lines: lines, skipping: titleLines)
            ?? PDFHeadings.fromFonts(lines, body: body, skipping: titleLines)
        let blocks = PDFParagraphs.blocks(lines, headings: headings, skipping: titleLines, body: body)
        let metadata = PDFMetadata(pages: pages, lines: lines, titleLines: titleLines)
        let about = ArticleMetadata(byline: metadata.byline, authors: metadata.authors, siteName: metadata.journal, doi: metadata.doi)
        var sections = SectionBuilder.sections(from: blocks)
        if !layout.crowdedPages.isEmpty { sections = HTMLReader.saying(crowded(layout.crowdedPages), after: sections) }
        return HTMLReader.Result(title: title.map(Sanitizer.clean), sections: sections, about: about, date: metadata.year)
    }

    /// What a reader is told of pages whose runs past `PDFLayout.runsPerPage` were left unread.
    static func crowded(_ pages: [Int]) -> String {
        let limit = "\(PDFLayout.runsPerPage / 1000),000"
        guard pages.count > 1 else { return "[Tract: page \(pages[0]) holds more than \(limit) pieces of text; only its first \(limit) were read.]" }
        let named = pages.prefix(5).map(String.init).joined(separator: ", ") + (pages.count > 5 ? " and \(pages.count - 5) more" : "")
        return "[Tract: pages \(named) hold more than \(limit) pieces of text each; only the first \(limit) of each were read.]"
    }

    /// The size most of the paper's own text is set in: lines of running text (40 characters or more),
    /// before its reference list — which in a short paper can hold more text than the body, in a
    /// smaller size. Tables and captions are mostly shorter lines.
    static func bodySize(_ lines: [Line]) -> Int {
        let end = lines.firstIndex { ReferenceList.isHeading($0.text) } ?? lines.count
        let own = end * 3 >= lines.count ? lines[..<end] : lines[...]
        var weight: [Int: Int] = [:]
        for line in own where line.text.count >= 40 { weight[line.size, default: 0] += line.text.count }
        if weight.isEmpty { for line in own { weight[line.size, default: 0] += line.text.count } }
        return weight.max { $0.value < $1.value }?.key ?? 0
    }
}

/// Text runs of a page in reading order, merged into lines: a two-column page is read left column
/// first (text spanning both columns goes with the left), then the right. Runs set at a line's height
/// join it, left to right — a ligature or a superscript set as its own run a little above the line,
/// next to its word, included — with a space only where the layout has one: a gap wider than a fifth
/// of the text's height, or a space the run itself begins or ends with.
enum PDFReadingOrder {
    static func lines(_ page: PDFLayout.Page) -> [PDFLayoutReader.Line] {
        let width = max(page.width, 1)
        let rightStarts = page.runs.filter { $0.left > width * 45 / 100 && $0.width < width / 2 }.count
        let twoColumns = rightStarts >= 5 && rightStarts * 100 >= page.runs.count * 15
        let byTop = twoColumns ? page.runs.sorted { ($0.top, $0.left) < ($1.top, $1.left) } : []
        // Each run's column, worked out once (the sort would ask again at every comparison).
        let placed = page.runs.map { run in
            (side: twoColumns && run.left > width * 45 / 100 && !continuesLeftLine(run, byTop: byTop, width: page.width) ? 1 : 0, run: run)
        }
        var groups: [Group] = []
        for (side, run) in placed.sorted(by: { ($0.side, $0.run.top, $0.run.left) < ($1.side, $1.run.top, $1.run.left) }) {
            // The run joins the nearest line of its column above that it overlaps enough (lines are built
            // top down): not only the last one, as a superscript or a taller "&" set a little higher
            // than the names it separates starts a line of its own first.
            if let index = line(for: run, side: side, in: groups) {
                groups[index].add(run)
            } else {
                groups.append(Group(column: side, first: run))
            }
        }
        var lines = groups.flatMap { split(line(of: $0.runs.sorted { $0.left < $1.left }, page: page.number), runs: $0.runs) }
        for index in lines.indices { lines[index].number = index + 1 }
        return lines
    }

    /// A line being gathered: its runs, its longest run and how far down it reaches, kept as runs join
    /// so that placing a run costs the same however long the line already is (a page of 300,000 runs
    /// took minutes when each was compared with every run of its line).
    private struct Group {
        let column: Int
        var runs: [PDFLayout.Run]
        var main: PDFLayout.Run
        var bottom: Int

        init(column: Int, first: PDFLayout.Run) {
            (self.column, runs, main, bottom) = (column, [first], first, first.bottom)
        }

        mutating func add(_ run: PDFLayout.Run) {
            runs.append(run)
            if run.text.count > main.text.count { main = run }
            bottom = max(bottom, run.bottom)
        }
    }

    /// The most recent runs of a line a new run is checked against for touching (a real line has a few
    /// dozen runs at most).
    private static let nearbyRuns = 64

    /// The line among `groups` that `run` continues: the latest of its column it overlaps, looking back
    /// only over lines that reach down to it.
    private static func line(for run: PDFLayout.Run, side: Int, in groups: [Group]) -> Int? {
        for index in groups.indices.reversed() where groups[index].column == side {
            if overlaps(run, groups[index]) { return index }
            if groups[index].bottom <= run.top { return nil }
        }
        return nil
    }

    /// Text running across the middle (a title, an abstract) is one column: a run on the right that
    /// continues a line begun on the left, with no gap wider than the text is high on the way (the
    /// rest of a word after a ligature, a title's name in italics), goes with it. `byTop` is the page's
    /// runs sorted by their tops, so only the runs at this one's height are looked at.
    private static func continuesLeftLine(_ run: PDFLayout.Run, byTop: [PDFLayout.Run], width: Int) -> Bool {
        let reach = max(3, run.height / 4)
        var low = 0, high = byTop.count
        while low < high {
            let middle = (low + high) / 2
            if byTop[middle].top < run.top - reach { low = middle + 1 } else { high = middle }
        }
        let sameLine = byTop[low...].prefix { $0.top <= run.top + reach }.sorted { $0.left < $1.left }
        guard let first = sameLine.first, first.left <= width * 45 / 100 else { return false }
        var right = first.left + first.width
        for other in sameLine.dropFirst() {
            if other.left - right > max(other.height, 8) { return false }
            if other.left == run.left && other.top == run.top { return true }
            right = max(right, other.left + other.width)
        }
        return false
    }

    /// Whether a run belongs to a line: set at the line's height (tops within a third of its height) and
    /// touching it or in the same type size (table cells), or sharing 40 % of the smaller height and
    /// touching one of its runs (a superscript, a ligature set higher) — a margin column's line level
    /// with a heading stays apart.
    private static func overlaps(_ run: PDFLayout.Run, _ line: Group) -> Bool {
        let main = line.main
        let near = line.runs.suffix(nearbyRuns).contains { other in
            max(other.left - (run.left + run.width), run.left - (other.left + other.width)) <= max(main.height / 2, 2)
        }
        // Far along the line only in the same type (table cells); a margin note level with a heading is not.
        if abs(run.top - main.top) <= max(2, main.height / 3) { return near || abs(run.size - main.size) <= 1 }
        let shared = min(run.bottom, main.bottom) - max(run.top, main.top)
        return near && shared * 10 >= max(min(run.height, main.height), 1) * 4
    }

    /// A line that opens with a run-in head — a first run in bold or italics ending in a full stop, short
    /// or numbered, before text that goes on in the plain face — as the head and the rest.
    private static func split(_ line: PDFLayoutReader.Line, runs: [PDFLayout.Run]) -> [PDFLayoutReader.Line] {
        let sorted = runs.sorted { $0.left < $1.left }
        guard sorted.count >= 2, let head = sorted.first, head.bold || head.italic, !sorted[1].bold, !sorted[1].italic else { return [line] }
        let text = PDFLayout.composed(head.text)
        let words = text.split(separator: " ").count
        let numbered = HeadingRules.match(Substring(text))?.isNumbered == true
        guard text.hasSuffix("."), words <= 12, numbered || words <= 6, line.text.hasPrefix(text),
              sorted[1].text.first?.isUppercase == true else { return [line] }
        var first = line
        first.text = String(text.dropLast())
        first.right = head.left + head.width
        first.runIn = true
        var rest = line
        rest.text = String(String(line.text.dropFirst(text.count)).trimmingSpaces())
        rest.left = sorted[1].left
        rest.bold = false
        return [first, rest]
    }

    private static func line(of runs: [PDFLayout.Run], page: Int) -> PDFLayoutReader.Line {
        let main = runs.max { $0.text.count < $1.text.count } ?? runs[0]
        var line = PDFLayoutReader.Line(page: page, top: main.top, left: runs[0].left, right: runs[0].left + runs[0].width,
                                        height: main.height, size: main.size, bold: runs.allSatisfy(\.bold), text: runs[0].text)
        for (previous, run) in zip(runs, runs.dropFirst()) {
            let gap = run.left - line.right
            let charWidth = max(run.width / max(run.text.count, 1), 1)
            if gap > charWidth * 3 { line.gapped = true }
            // Against the smaller of the two runs: a word in a larger type beside a smaller one ("Smith
            // et al. Trials") is set apart by the small type's space.
            let spaced = gap * 5 > max(min(previous.height, run.height, main.height), 5) || previous.spaceAfter || run.spaceBefore
            line.text += (spaced ? " " : "") + run.text
            line.right = max(line.right, run.left + run.width)
        }
        line.text = PDFLayout.composed(line.text)
        return line
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
            // A number alone on its line is a page number, or a marker cut off its text — but not the
            // year or pages ending a wrapped sentence ("2013.", "22:306–16.").
            let endsSentence = line.text.count >= 4 && (line.text.hasSuffix(".") || line.text.hasSuffix(";"))
            if bare.allSatisfy({ !$0.isLetter }) && line.text.contains(where: \.isNumber) && line.text.count <= 9 && !endsSentence { return false }
            guard inMargin(line) else { return true }
            if bare.hasPrefix("page of") { return false }
            return (pagesWith[bare]?.count ?? 0) < repeated
        }
    }
}

extension PDFLayoutReader {
    /// Whether a layout has any text (a scanned PDF has pages but no text layer): a `<text …>` element
    /// with something in it, found in the bytes (parsing the layout twice cost a cached paper a fifth
    /// of its opening).
    public static func hasText(_ bytes: [UInt8]) -> Bool {
        let opening = Array("<text ".utf8)
        var index = 0
        while index + opening.count < bytes.count {
            guard bytes[index] == opening[0], bytes[index..<(index + opening.count)].elementsEqual(opening) else { index += 1; continue }
            guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return false }
            var next = close + 1
            while next < bytes.count, bytes[next] != UInt8(ascii: "<") {
                if bytes[next] > 0x20 { return true }
                next += 1
            }
            index = next
        }
        return false
    }
}
