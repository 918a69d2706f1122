import ScreenKit
import TractCore

/// Three or four articles on one topic in columns. The first article is the anchor: every other is
/// matched with it as two-way compare matches them, and the passages matched with an anchor passage
/// stand beside it (several one under another); each column's passages that match no anchor passage
/// come last, under "only in". Shorter cells are padded with filler, as in two-way compare. Points are
/// found across all the columns: shared when two articles or more state them.
public struct MultiCompareLayout: Equatable, Sendable {
    public typealias Content = CompareGroup.Content

    public let topic: String
    /// Each column's article and passages (column 0 the anchor's, as arranged against column 1).
    public let sides: [TopicComparison.Side]
    /// Groups of aligned contents, one entry per column.
    public let groups: [[Content]]
    /// What the articles state: `quotes` and `passages` have one entry per column.
    public private(set) var points: [Point] = []
    /// The points are still to be found (`findPoints`), as in two-way compare of huge articles.
    public private(set) var pointsPending = true
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
        if comparisons.allSatisfy({ !$0.pointsPending }) { findPoints() }
    }

    /// Finds the points across all the columns, when they are still pending.
    public mutating func findPoints() {
        guard pointsPending else { return }
        take(points: pointInputs.find())
    }

    /// What the points are found from, so they can be found off the key loop.
    public var pointInputs: PointInputs {
        PointInputs(sides: sides.map(TopicComparison.pointTexts), subjects: sides.flatMap { [$0.article.title, $0.article.stem] },
                    topic: topic)
    }

    /// Points found elsewhere from `pointInputs`.
    public mutating func take(points found: [Point]) {
        points = found
        pointsPending = false
    }

    /// Each comparison's rows re-keyed by the anchor passage's place (each comparison arranges the
    /// anchor's passages on its own), then walked in the anchor's order.
    static func groups(anchor: TopicComparison.Side, comparisons: [TopicComparison]) -> [[Content]] {
        let columns = comparisons.count + 1
        let partners: [[Int: [TopicComparison.Row]]] = comparisons.map { comparison in
            var byAnchor: [Int: [TopicComparison.Row]] = [:]
            for row in comparison.rows {
                guard let left = row.left, row.right != nil else { continue }
                let passage = comparison.left.passages[left]
                if let index = anchor.passages.firstIndex(where: { $0.section == passage.section && $0.paragraphs == passage.paragraphs }) {
                    byAnchor[index, default: []].append(row)
                }
            }
            return byAnchor
        }
        var groups: [[Content]] = anchor.passages.indices.map { index in
            [.passage(index)] + partners.map { found in
                guard let found = found[index] else { return .absent }
                let indices = found.compactMap(\.right)
                return found[0].echo ? .echo(indices[0]) : indices.count == 1 ? .passage(indices[0]) : .passages(indices)
            }
        }
        for column in 1..<columns {
            let shown = Set(partners[column - 1].values.joined().filter { !$0.echo }.compactMap(\.right))
            let alone = comparisons[column - 1].right.passages.indices.filter { !shown.contains($0) }
            guard !alone.isEmpty else { continue }
            var header = [Content](repeating: .nothing, count: columns)
            header[column] = .onlyIn
            groups.append(header)
            groups += alone.map { index in (0..<columns).map { $0 == column ? .passage(index) : .nothing } }
        }
        if groups.isEmpty { groups = [[Content](repeating: .nothing, count: columns)] }
        for column in 0..<columns where (column == 0 ? anchor : comparisons[column - 1].right).passages.isEmpty {
            groups[0][column] = .note
        }
        return groups
    }

    /// The rows of group `index`: a cell per column, filler where a column is done; a blank row before
    /// every group but the first.
    public func rows(of index: Int) -> [[CompareCell]] {
        let anchor = CompareLayout.cells(groups[index][0], side: sides[0], width: width, topicLabel: topicLabel)
        let cells = [anchor] + zip(groups[index], sides).dropFirst().map { content, side -> [CompareCell] in
            CompareLayout.cells(content, side: side, width: width, topicLabel: topicLabel, beside: anchor.isEmpty ? .max : anchor.count)
        }
        let blank = CompareCell(text: "", kind: .blank)
        var out: [[CompareCell]] = index > 0 ? [Array(repeating: blank, count: sides.count)] : []
        for row in 0..<(cells.map(\.count).max() ?? 0) {
            out.append(cells.map { row < $0.count ? $0[row] : CompareCell(text: "", kind: .filler) })
        }
        return out
    }
}
