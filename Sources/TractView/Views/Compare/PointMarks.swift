import ScreenKit
import TractApp
import TractCore

/// Where the points a passage states appear in one line of its text, and how each is marked: shared
/// points one way in every column, a point only this article states another, the chosen point over both.
struct PointMarks {
    struct Mark {
        /// Each form of the point as its words (letters and digits runs), lowercase.
        var forms: [[String]]
        var style: Style
    }

    let marks: [Mark]

    /// The marks for passage `passage` of side `side` among `points`.
    init(points: [Point], side: Int, passage: Int, chosen: Int?, theme: Theme) {
        marks = points.indices.compactMap { index in
            let point = points[index]
            guard point.passages.indices.contains(side), point.passages[side].contains(passage) else { return nil }
            let style = index == chosen ? theme.chosenPoint : point.isShared ? theme.sharedPoint : theme.ownPoint
            return Mark(forms: point.forms.map(Self.words), style: style)
        }
    }

    /// One point's forms, all in one style (the digest's narrowed point).
    init(marking point: Point, style: Style) {
        marks = [Mark(forms: point.forms.map(Self.words), style: style)]
    }

    /// The marks of each passage of one side, made once a frame: a passage spans many rows.
    struct PerPassage {
        let points: [Point]
        let side: Int
        let chosen: Int?
        let theme: Theme
        private var made: [Int: PointMarks] = [:]

        init(points: [Point], side: Int, chosen: Int?, theme: Theme) {
            (self.points, self.side, self.chosen, self.theme) = (points, side, chosen, theme)
        }

        mutating func of(_ passage: Int) -> PointMarks {
            if let known = made[passage] { return known }
            let marks = PointMarks(points: points, side: side, passage: passage, chosen: chosen, theme: theme)
            made[passage] = marks
            return marks
        }
    }

    /// The text of the lines around `row` that belong to the same passage, for points that wrap.
    static func neighbours(of row: Int, in cells: [CompareCell]) -> (before: String?, after: String?) {
        let cell = cells[row]
        func same(_ index: Int) -> String? {
            guard cells.indices.contains(index), cells[index].kind == .text, cells[index].passage == cell.passage else { return nil }
            return cells[index].text
        }
        return (same(row - 1), same(row + 1))
    }

    /// A form cut into the runs of letters and digits `WordSpans` finds in a line.
    static func words(_ form: String) -> [String] {
        form.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Restyles the words of `text` (drawn at `x`, `y`) that spell a point, also where the point runs
    /// on from the line before (`before`) or into the line after (`after`) of the same passage.
    func apply(to text: String, before: String? = nil, after: String? = nil, x: Int, y: Int, into screen: inout Screen) {
        guard !marks.isEmpty else { return }
        let previous = before.map { Array(WordSpans($0)).suffix(Self.reach) } ?? []
        let spans = Array(WordSpans(text))
        let next = after.map { Array(WordSpans($0)).prefix(Self.reach) } ?? []
        let words = previous.map(\.word) + spans.map(\.word) + next.map(\.word)
        let own = previous.count..<(previous.count + spans.count)
        for mark in marks {
            for form in mark.forms where !form.isEmpty && form.count <= words.count {
                for start in 0...(words.count - form.count) where words[start..<(start + form.count)].elementsEqual(form) {
                    let inLine = (start..<(start + form.count)).clamped(to: own)
                    guard !inLine.isEmpty else { continue }
                    let first = spans[inLine.lowerBound - own.lowerBound]
                    let last = spans[inLine.upperBound - 1 - own.lowerBound]
                    screen.restyle(x: x + first.column, y: y, count: last.column + last.width - first.column) { $0 = $0.merged(mark.style) }
                }
            }
        }
    }

    /// Words of the neighbouring lines looked at: points are at most three words long.
    static let reach = 2
}
