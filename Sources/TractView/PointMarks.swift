import ScreenKit
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

    var isEmpty: Bool { marks.isEmpty }

    /// A form cut into the runs of letters and digits `WordSpans` finds in a line.
    static func words(_ form: String) -> [String] {
        form.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Restyles the words of `text` (drawn at `x`, `y`) that spell a point.
    func apply(to text: String, x: Int, y: Int, into screen: inout Screen) {
        guard !marks.isEmpty else { return }
        let spans = Array(WordSpans(text))
        let words = spans.map(\.word)
        for mark in marks {
            for form in mark.forms where !form.isEmpty && form.count <= words.count {
                for start in 0...(words.count - form.count) where words[start..<(start + form.count)].elementsEqual(form) {
                    let first = spans[start]
                    let last = spans[start + form.count - 1]
                    screen.restyle(x: x + first.column, y: y, count: last.column + last.width - first.column) { $0 = $0.merged(mark.style) }
                }
            }
        }
    }
}
