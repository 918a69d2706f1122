import ScreenKit
import TractCore

/// One cell of a compare row: a line of one side, or filler where that side is shorter.
public struct CompareCell: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case context   // the section heading a passage sits in
        case text      // passage text
        case note      // "no passage on …" and other explanations
        case filler    // padding so paired passages start on the same row
        case blank     // separator between groups
    }

    public var text: String
    public var kind: Kind
    /// The passage (index into that side's passages, or nearest list for notes) the row belongs to.
    public var passage: Int?

    public init(text: String, kind: Kind, passage: Int? = nil) {
        self.text = text
        self.kind = kind
        self.passage = passage
    }
}

/// A row of the compare view: the left and right cells shown side by side.
public struct CompareRow: Equatable, Sendable {
    public var left: CompareCell
    public var right: CompareCell
}

/// Lays a comparison out as aligned rows: each pair starts on one row, the shorter side padded with
/// filler, unpaired passages alone; at any width the pairs stay in step because alignment happens after
/// wrapping.
public enum CompareLayout {
    public static func rows(_ comparison: TopicComparison, leftWidth: Int, rightWidth: Int, topicLabel: String) -> [CompareRow] {
        var groups: [([CompareCell], [CompareCell])] = []
        if comparison.left.passages.isEmpty || comparison.right.passages.isEmpty {
            groups.append((note(comparison.left, width: leftWidth, topicLabel: topicLabel),
                           note(comparison.right, width: rightWidth, topicLabel: topicLabel)))
        }
        var nextLeft = 0
        var nextRight = 0
        func lone(leftUpTo: Int, rightUpTo: Int) {
            while nextLeft < leftUpTo {
                groups.append((cells(comparison.left.passages[nextLeft], index: nextLeft, width: leftWidth), []))
                nextLeft += 1
            }
            while nextRight < rightUpTo {
                groups.append(([], cells(comparison.right.passages[nextRight], index: nextRight, width: rightWidth)))
                nextRight += 1
            }
        }
        for pair in comparison.pairs {
            lone(leftUpTo: pair[0], rightUpTo: pair[1])
            groups.append((cells(comparison.left.passages[pair[0]], index: pair[0], width: leftWidth),
                           cells(comparison.right.passages[pair[1]], index: pair[1], width: rightWidth)))
            nextLeft = pair[0] + 1
            nextRight = pair[1] + 1
        }
        lone(leftUpTo: comparison.left.passages.count, rightUpTo: comparison.right.passages.count)
        var rows: [CompareRow] = []
        for (left, right) in groups where !(left.isEmpty && right.isEmpty) {
            if !rows.isEmpty { rows.append(CompareRow(left: CompareCell(text: "", kind: .blank), right: CompareCell(text: "", kind: .blank))) }
            for index in 0..<max(left.count, right.count) {
                rows.append(CompareRow(left: index < left.count ? left[index] : CompareCell(text: "", kind: .filler),
                                       right: index < right.count ? right[index] : CompareCell(text: "", kind: .filler)))
            }
        }
        return rows
    }

    /// The heading line and wrapped text of a passage.
    static func cells(_ passage: Passage, index: Int, width: Int) -> [CompareCell] {
        let where_ = passage.isSection ? "§ " + (passage.heading ?? "(opening)") : "¶ in " + (passage.heading ?? "the opening") + ", line \(passage.line)"
        var out = TextWrapper.wrap(where_, width: width).map { CompareCell(text: $0, kind: .context, passage: index) }
        for (number, paragraph) in passage.text.components(separatedBy: "\n\n").enumerated() {
            if number > 0 { out.append(CompareCell(text: "", kind: .text, passage: index)) }
            out += TextWrapper.wrap(paragraph, width: width).map { CompareCell(text: $0, kind: .text, passage: index) }
        }
        return out
    }

    /// For a side without passages: says so plainly and lists the nearest paragraphs with scores.
    static func note(_ side: TopicComparison.Side, width: Int, topicLabel: String) -> [CompareCell] {
        guard side.passages.isEmpty else { return [] }
        var out = TextWrapper.wrap("no passage on \(topicLabel) in this article", width: width).map { CompareCell(text: $0, kind: .note) }
        guard !side.nearest.isEmpty else {
            out += TextWrapper.wrap("(no paragraph mentions it at all)", width: width).map { CompareCell(text: $0, kind: .note) }
            return out
        }
        out += TextWrapper.wrap("nearest paragraphs:", width: width).map { CompareCell(text: $0, kind: .note) }
        for (index, passage) in side.nearest.enumerated() {
            out.append(CompareCell(text: "", kind: .note))
            let label = "score \(String(format: "%.2f", passage.score)) · line \(passage.line)"
            out += TextWrapper.wrap(label, width: width).map { CompareCell(text: $0, kind: .note, passage: index) }
            out += TextWrapper.wrap(passage.text, width: width).map { CompareCell(text: $0, kind: .text, passage: index) }
        }
        return out
    }
}
