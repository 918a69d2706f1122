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
        /// Several passages one under another: those matching the passage beside them.
        case passages([Int])
        /// A passage shown in full elsewhere, here only as the best match of the one beside: its
        /// heading and first lines.
        case echo(Int)
        case note
        case divider
        /// "only in <article>": the passages after it match nothing on the other side.
        case onlyIn
        /// Beside a passage nothing on this side matches: said in one line (multi-way compare).
        case absent
        case nothing
    }

    public var left: Content
    public var right: Content
}

/// Lays a comparison out as aligned rows: each pair starts on one row, the shorter side padded with
/// filler, unpaired passages alone. Alignment happens after wrapping, so pairs stay in step at any
/// width. Groups are cheap to list; only the groups on screen need wrapping (`rows(of:)`).
public struct CompareLayout: Equatable, Sendable {
    public private(set) var comparison: TopicComparison
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

    /// Finds the comparison's points if they are pending (the rows do not depend on them).
    mutating func findPoints() { comparison.findPoints() }

    /// Points found elsewhere for this comparison.
    mutating func take(points: [Point]) { comparison.take(points: points) }

    /// Every row, for the command line and tests; the reader asks for groups one at a time.
    public static func rows(_ comparison: TopicComparison, leftWidth: Int, rightWidth: Int, topicLabel: String) -> [CompareRow] {
        let layout = CompareLayout(comparison, leftWidth: leftWidth, rightWidth: rightWidth, topicLabel: topicLabel)
        return layout.groups.indices.flatMap { layout.rows(of: $0) }
    }

    /// The groups, following the comparison's rows: each left passage beside the right passages
    /// matched to it; the right passages matching nothing under "only in"; the leads (sections on the
    /// topic) first, a divider, then the other passages. A side without passages shows its note beside
    /// the other side's first passage, never above it.
    static func groups(_ comparison: TopicComparison) -> [CompareGroup] {
        let leftCount = comparison.left.passages.count
        let rightCount = comparison.right.passages.count
        let isLead = { (row: TopicComparison.Row) in
            (row.left.map { $0 < comparison.leading[0] } ?? true) && (row.right.map { $0 < comparison.leading[1] } ?? true)
        }
        // "only in" says something only when the other side has passages at all.
        let headers = leftCount > 0 && rightCount > 0
        let lead = part(comparison.rows.filter(isLead), headers: headers)
        let rest = part(comparison.rows.filter { !isLead($0) }, headers: headers)
        var groups = lead
        if !lead.isEmpty && !rest.isEmpty { groups.append(CompareGroup(left: .divider, right: .divider)) }
        groups += rest
        if groups.isEmpty { groups = [CompareGroup(left: .nothing, right: .nothing)] }
        if leftCount == 0 { groups[0].left = .note }
        if rightCount == 0 { groups[0].right = .note }
        return groups
    }

    /// One part's groups: runs of rows sharing a left passage become one group; the passages matching
    /// nothing on the other side follow under "only in <article>", one group each.
    private static func part(_ rows: [TopicComparison.Row], headers: Bool) -> [CompareGroup] {
        var groups: [CompareGroup] = []
        var index = 0
        while index < rows.count, let left = rows[index].left, rows[index].right != nil {
            var rights: [Int] = []
            while index < rows.count, rows[index].left == left, let right = rows[index].right {
                rights.append(right)
                index += 1
            }
            let right: CompareGroup.Content = rows[index - 1].echo ? .echo(rights[0]) : rights.count == 1 ? .passage(rights[0]) : .passages(rights)
            groups.append(CompareGroup(left: .passage(left), right: right))
        }
        let leftAlone = rows[index...].filter { $0.right == nil }.compactMap(\.left)
        let rightAlone = rows[index...].filter { $0.left == nil }.compactMap(\.right)
        if !leftAlone.isEmpty {
            if headers { groups.append(CompareGroup(left: .onlyIn, right: .nothing)) }
            groups += leftAlone.map { CompareGroup(left: .passage($0), right: .nothing) }
        }
        if !rightAlone.isEmpty {
            if headers { groups.append(CompareGroup(left: .nothing, right: .onlyIn)) }
            groups += rightAlone.map { CompareGroup(left: .nothing, right: .passage($0)) }
        }
        return groups
    }

    /// The rows of group `index`, with a blank separator row before every group but the first.
    public func rows(of index: Int) -> [CompareRow] {
        let group = groups[index]
        let left = cells(group.left, side: comparison.left, width: leftWidth)
        let right = Self.cells(group.right, side: comparison.right, width: rightWidth, topicLabel: topicLabel, beside: left.count)
        var out: [CompareRow] = index > 0 ? [CompareRow(left: CompareCell(text: "", kind: .blank), right: CompareCell(text: "", kind: .blank))] : []
        for row in 0..<max(left.count, right.count) {
            out.append(CompareRow(left: row < left.count ? left[row] : CompareCell(text: "", kind: .filler),
                                  right: row < right.count ? right[row] : CompareCell(text: "", kind: .filler)))
        }
        return out
    }

    private func cells(_ content: CompareGroup.Content, side: TopicComparison.Side, width: Int) -> [CompareCell] {
        Self.cells(content, side: side, width: width, topicLabel: topicLabel)
    }

    /// Lines of text a passage shown in brief keeps.
    static let echoLines = 3
    /// Rows a stack may run past the passage beside it before its passages are shown in brief.
    static let stackSlack = 6

    /// A stacked passage folded to its heading: Enter on it reads it in its article.
    static func collapsedLine(_ passage: Passage) -> String {
        "§ " + (passage.heading ?? "(opening)") + " ›"
    }

    /// A passage's heading and first lines, then `note`.
    static func brief(_ whole: [CompareCell], index: Int, width: Int, note: String) -> [CompareCell] {
        let context = whole.prefix { $0.kind == .context }.count
        guard whole.count > context + echoLines + 1 else { return whole }
        return Array(whole.prefix(context + echoLines)) + [CompareCell(text: TextWrapper.truncate(note, width: width), kind: .note, passage: index)]
    }

    /// The cells of one side's content in a group (two-way and multi-way compare alike). Passages
    /// stacked beside one that is `beside` rows tall are shown whole while they fit beside it (the
    /// first always), the rest a line each — the column beside must not run empty for screens.
    static func cells(_ content: CompareGroup.Content, side: TopicComparison.Side, width: Int, topicLabel: String,
                      beside: Int = .max) -> [CompareCell] {
        switch content {
        case .passage(let index): return cells(side.passages[index], index: index, in: side.article, width: width)
        case .passages(let indices):
            var out: [CompareCell] = []
            let room = beside >= Int.max - stackSlack ? Int.max : beside + stackSlack
            var collapsed = false
            for (number, index) in indices.enumerated() {
                // Once the stack has outgrown the passage beside it, the rest are a line each (and are
                // not wrapped at all: a huge article's stack holds hundreds).
                if !collapsed {
                    let whole = cells(side.passages[index], index: index, in: side.article, width: width)
                    collapsed = number > 0 && out.count + whole.count + 1 > room
                    if !collapsed {
                        if number > 0 { out.append(CompareCell(text: "", kind: .text, passage: indices[number - 1])) }
                        out += whole
                        continue
                    }
                }
                out.append(CompareCell(text: TextWrapper.truncate(collapsedLine(side.passages[index]), width: width), kind: .context, passage: index))
            }
            return out
        case .echo(let index):
            let whole = cells(side.passages[index], index: index, in: side.article, width: width)
            return brief(whole, index: index, width: width, note: "… in full beside its best match")
        case .note: return note(side, width: width, topicLabel: topicLabel)
        case .onlyIn:
            return [CompareCell(text: TextWrapper.truncate("── only in \(side.article.title) ──", width: width), kind: .divider)]
        case .absent:
            return [CompareCell(text: TextWrapper.truncate("nothing here matches the passage beside", width: width), kind: .note)]
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
