import ScreenKit
import TractCore

/// Three or four articles on one topic in columns. The first article is the anchor: every other is
/// paired with it as two-way compare pairs them, and a passage paired with an anchor passage starts on
/// the anchor passage's row; passages paired with nothing sit alone, in reading order, before the next
/// pair. Shorter cells are padded with filler, as in two-way compare.
public struct MultiCompareLayout: Equatable, Sendable {
    /// What one column shows in a group: a passage (index into its passages), its no-passage note, or nothing.
    public enum Content: Equatable, Sendable {
        case passage(Int)
        case note
        case nothing
    }

    public let topic: String
    /// Each column's article and passages (column 0 the anchor's, as arranged against column 1).
    public let sides: [TopicComparison.Side]
    /// Groups of aligned contents, one entry per column.
    public let groups: [[Content]]
    public let width: Int
    public let topicLabel: String

    /// `articles`: two or more, the anchor first.
    public init(topic: String, articles: [Article], width: Int, topicLabel: String) {
        precondition(articles.count >= 2, "a comparison needs two articles")
        self.topic = topic
        self.width = max(width, 1)
        self.topicLabel = topicLabel
        let comparisons = articles.dropFirst().map { TopicComparison(topic: topic, left: articles[0], right: $0) }
        let anchor = comparisons[0].left
        sides = [anchor] + comparisons.map(\.right)
        groups = Self.groups(anchor: anchor, comparisons: comparisons)
    }

    /// Pairs of each comparison re-keyed by the anchor passage's place (each comparison arranges the
    /// anchor's passages on its own), then walked in the anchor's order.
    static func groups(anchor: TopicComparison.Side, comparisons: [TopicComparison]) -> [[Content]] {
        let columns = comparisons.count + 1
        let partners: [[Int: Int]] = comparisons.map { comparison in
            var byAnchor: [Int: Int] = [:]
            for pair in comparison.pairs {
                let passage = comparison.left.passages[pair[0]]
                if let index = anchor.passages.firstIndex(where: { $0.section == passage.section && $0.paragraphs == passage.paragraphs }) {
                    byAnchor[index] = pair[1]
                }
            }
            return byAnchor
        }
        var next = [Int](repeating: 0, count: columns)
        var groups: [[Content]] = []
        func lone(column: Int, upTo end: Int) {
            while next[column] < end {
                var group = [Content](repeating: .nothing, count: columns)
                group[column] = .passage(next[column])
                groups.append(group)
                next[column] += 1
            }
        }
        for index in anchor.passages.indices {
            var group = [Content](repeating: .nothing, count: columns)
            group[0] = .passage(index)
            for column in 1..<columns {
                guard let partner = partners[column - 1][index], partner >= next[column] else { continue }
                lone(column: column, upTo: partner)
                group[column] = .passage(partner)
                next[column] = partner + 1
            }
            groups.append(group)
        }
        for column in 1..<columns { lone(column: column, upTo: comparisons[column - 1].right.passages.count) }
        if groups.isEmpty { groups = [[Content](repeating: .nothing, count: columns)] }
        for column in 0..<columns where (column == 0 ? anchor : comparisons[column - 1].right).passages.isEmpty {
            groups[0][column] = .note
        }
        return groups
    }

    /// The rows of group `index`: a cell per column, filler where a column is done; a blank row before
    /// every group but the first.
    public func rows(of index: Int) -> [[CompareCell]] {
        let cells = zip(groups[index], sides).map { content, side -> [CompareCell] in
            switch content {
            case .passage(let passage): CompareLayout.cells(side.passages[passage], index: passage, in: side.article, width: width)
            case .note: CompareLayout.note(side, width: width, topicLabel: topicLabel)
            case .nothing: []
            }
        }
        let blank = CompareCell(text: "", kind: .blank)
        var out: [[CompareCell]] = index > 0 ? [Array(repeating: blank, count: sides.count)] : []
        for row in 0..<(cells.map(\.count).max() ?? 0) {
            out.append(cells.map { row < $0.count ? $0[row] : CompareCell(text: "", kind: .filler) })
        }
        return out
    }
}
