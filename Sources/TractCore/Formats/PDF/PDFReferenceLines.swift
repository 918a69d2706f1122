/// Where each entry of a PDF's reference list begins. The paragraph rules do not hold there: entries
/// are set with a hanging indent (an indented line continues an entry rather than starting one) or
/// one after another with no gap, so a list read as paragraphs comes out cut at every wrapped line
/// and run together at every entry.
enum PDFReferenceLines {
    typealias Line = PDFLayoutReader.Line

    /// Indices in `range` whose line begins an entry: numbered entries by their numbers counting up;
    /// else, with a hanging indent, lines at their column's margin; else a line at the margin after a
    /// line that stopped short of the column's right edge.
    static func starts(_ lines: [Line], in range: Range<Int>) -> Set<Int> {
        let numbered = numberedStarts(lines, in: range)
        if numbered.count >= 3 { return numbered }
        let margins = range.map { margin(of: $0, in: lines, range: range) }
        let atMargin = (0..<range.count).filter { lines[range.lowerBound + $0].left <= margins[$0] + 3 }
        let indented = range.count - atMargin.count
        if indented * 100 >= range.count * 15 && atMargin.count * 100 >= range.count * 10 {
            return Set(atMargin.map { range.lowerBound + $0 })
        }
        var starts: Set<Int> = [range.lowerBound]
        for index in range.dropFirst() {
            let previous = lines[index - 1]
            let rightEdge = range.filter { lines[$0].page == previous.page && abs(lines[$0].left - previous.left) < 60 }
                .map { lines[$0].right }.max() ?? previous.right
            if previous.right < rightEdge - 20, lines[index].text.first.map({ $0.isUppercase || $0.isNumber || $0 == "[" }) == true {
                starts.insert(index)
            }
        }
        return starts
    }

    /// Lines opening with the next number of a numbered list ("[4] ", "4. ", "4 " before a capital).
    private static func numberedStarts(_ lines: [Line], in range: Range<Int>) -> Set<Int> {
        var expected = 1
        var starts: Set<Int> = []
        for index in range where ReferenceMarker.number(lines[index].text) == expected {
            starts.insert(index)
            expected += 1
        }
        // A list that did not begin at 1 (it started on a page not read): its first number found counts up.
        if starts.isEmpty, let first = range.first(where: { ReferenceMarker.number(lines[$0].text) != nil }),
           var next = ReferenceMarker.number(lines[first].text) {
            for index in range[first...] where ReferenceMarker.number(lines[index].text) == next {
                starts.insert(index)
                next += 1
            }
        }
        return starts
    }

    /// The left edge of the column the line is in: the leftmost line of the list on its page that
    /// starts within a hanging indent's reach to its left (the other column is further away).
    private static func margin(of index: Int, in lines: [Line], range: Range<Int>) -> Int {
        let line = lines[index]
        return range.lazy.filter { lines[$0].page == line.page && lines[$0].left <= line.left && line.left - lines[$0].left < 60 }
            .map { lines[$0].left }.min() ?? line.left
    }
}
