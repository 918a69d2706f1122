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
        case divider   // "Also on safety elsewhere": the sections end, other paragraphs follow
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

/// What one aligned group shows on each side: a passage, the no-passage note, or nothing (filler).
public struct CompareGroup: Equatable, Sendable {
    public enum Content: Equatable, Sendable {
        case passage(Int)
        case note
        case divider
        case nothing
    }

    public var left: Content
    public var right: Content
}

/// Lays a comparison out as aligned rows: each pair starts on one row, the shorter side padded with
/// filler, unpaired passages alone. Alignment happens after wrapping, so pairs stay in step at any
/// width. Groups are cheap to list; only the groups on screen need wrapping (`rows(of:)`).
public struct CompareLayout: Equatable, Sendable {
    public let comparison: TopicComparison
    public let groups: [CompareGroup]
    public let leftWidth: Int
    public let rightWidth: Int
    public let topicLabel: String

    public init(_ comparison: TopicComparison, leftWidth: Int, rightWidth: Int, topicLabel: String) {
        self.comparison = comparison
        self.leftWidth = max(leftWidth, 1)
        self.rightWidth = max(rightWidth, 1)
        self.topicLabel = topicLabel
        groups = Self.groups(comparison)
    }

    /// Every row, for the command line and tests; the reader asks for groups one at a time.
    public static func rows(_ comparison: TopicComparison, leftWidth: Int, rightWidth: Int, topicLabel: String) -> [CompareRow] {
        let layout = CompareLayout(comparison, leftWidth: leftWidth, rightWidth: rightWidth, topicLabel: topicLabel)
        return layout.groups.indices.flatMap { layout.rows(of: $0) }
    }

    /// The groups: the leads (sections on the topic) paired, a divider, then the other passages paired.
    /// A side without passages shows its note beside the other side's first passage, never above it.
    static func groups(_ comparison: TopicComparison) -> [CompareGroup] {
        let leftCount = comparison.left.passages.count
        let rightCount = comparison.right.passages.count
        let lead = part(comparison.pairs, left: 0..<comparison.leading[0], right: 0..<comparison.leading[1])
        let rest = part(comparison.pairs, left: comparison.leading[0]..<leftCount, right: comparison.leading[1]..<rightCount)
        var groups = lead
        if !lead.isEmpty && !rest.isEmpty { groups.append(CompareGroup(left: .divider, right: .divider)) }
        groups += rest
        if groups.isEmpty { groups = [CompareGroup(left: .nothing, right: .nothing)] }
        if leftCount == 0 { groups[0].left = .note }
        if rightCount == 0 { groups[0].right = .note }
        return groups
    }

    /// One part's groups in reading order: pairs, and between them the passages left unpaired.
    private static func part(_ pairs: [[Int]], left: Range<Int>, right: Range<Int>) -> [CompareGroup] {
        var groups: [CompareGroup] = []
        var nextLeft = left.lowerBound
        var nextRight = right.lowerBound
        func lone(leftUpTo: Int, rightUpTo: Int) {
            while nextLeft < leftUpTo { groups.append(CompareGroup(left: .passage(nextLeft), right: .nothing)); nextLeft += 1 }
            while nextRight < rightUpTo { groups.append(CompareGroup(left: .nothing, right: .passage(nextRight))); nextRight += 1 }
        }
        for pair in pairs where left.contains(pair[0]) && right.contains(pair[1]) {
            lone(leftUpTo: pair[0], rightUpTo: pair[1])
            groups.append(CompareGroup(left: .passage(pair[0]), right: .passage(pair[1])))
            nextLeft = pair[0] + 1
            nextRight = pair[1] + 1
        }
        lone(leftUpTo: left.upperBound, rightUpTo: right.upperBound)
        return groups
    }

    /// The rows of group `index`, with a blank separator row before every group but the first.
    public func rows(of index: Int) -> [CompareRow] {
        let group = groups[index]
        let left = cells(group.left, side: comparison.left, width: leftWidth)
        let right = cells(group.right, side: comparison.right, width: rightWidth)
        var out: [CompareRow] = index > 0 ? [CompareRow(left: CompareCell(text: "", kind: .blank), right: CompareCell(text: "", kind: .blank))] : []
        for row in 0..<max(left.count, right.count) {
            out.append(CompareRow(left: row < left.count ? left[row] : CompareCell(text: "", kind: .filler),
                                  right: row < right.count ? right[row] : CompareCell(text: "", kind: .filler)))
        }
        return out
    }

    private func cells(_ content: CompareGroup.Content, side: TopicComparison.Side, width: Int) -> [CompareCell] {
        switch content {
        case .passage(let index): return Self.cells(side.passages[index], index: index, in: side.article, width: width)
        case .note: return Self.note(side, width: width, topicLabel: topicLabel)
        case .divider:
            let text = TextWrapper.truncate("── Also on \(topicLabel) elsewhere ──", width: width)
            return [CompareCell(text: text, kind: .divider)]
        case .nothing: return []
        }
    }

    /// The heading line and wrapped text of a passage.
    static func cells(_ passage: Passage, index: Int, in article: Article, width: Int) -> [CompareCell] {
        let where_ = passage.isSection ? "§ " + (passage.heading ?? "(opening)") : "¶ in " + (passage.heading ?? "the opening") + ", line \(passage.line)"
        var out = TextWrapper.wrap(where_, width: width).map { CompareCell(text: $0, kind: .context, passage: index) }
        for (number, paragraph) in passage.blocks(in: article).enumerated() {
            if number > 0 { out.append(CompareCell(text: "", kind: .text, passage: index)) }
            out += TextWrapper.wrap(paragraph.text, width: width).map { CompareCell(text: $0, kind: .text, passage: index) }
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
            out += passage.blocks(in: side.article).flatMap { TextWrapper.wrap($0.text, width: width) }.map { CompareCell(text: $0, kind: .text, passage: index) }
        }
        return out
    }
}
