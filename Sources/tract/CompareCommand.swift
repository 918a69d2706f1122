import ArgumentParser
import ScreenKit
import TractApp
import TractCore

/// `tract compare A B [--topic T]`: two articles' passages on one topic (safety unless told), paired,
/// side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Print two articles' passages on one topic side by side, paired."
    )

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON.") var json = false
    @Option(help: "The topic id (see `tract topics`; default: safety, as in the reader, else the first topic).")
    var topic: String?
    @Option(help: "Total width of the two columns (default: the terminal's, else 80).") var width: Int?
    @Argument(help: ArgumentHelp("The left article.", valueName: "a")) var left: String
    @Argument(help: ArgumentHelp("The right article.", valueName: "b")) var right: String

    func run() throws {
        try reportingErrors {
            let topicSet = try options.selection.topicSet()
            let topic = self.topic ?? (topicSet.topic("safety") != nil ? "safety" : topicSet.ids.first ?? "safety")
            let topicInfo = try topicSet.require(topic)
            var comparison = TopicComparison(topic: topic, left: try options.selection.resolveArticle(left),
                                             right: try options.selection.resolveArticle(right))
            comparison.findPoints()
            if json {
                try Output.json(CompareJSON(comparison))
                return
            }
            let total = try Output.width(width)
            let column = (total - 3) / 2
            var out = "Compare on \(topicInfo.label.lowercased()) (\(topic))\n"
            out += pointLines(comparison)
            out += TextWrapper.fit(comparison.left.article.title, width: column) + " │ " + comparison.right.article.title + "\n"
            out += String(repeating: "─", count: column) + "─┼─" + String(repeating: "─", count: column) + "\n"
            for row in CompareLayout.rows(comparison, leftWidth: column, rightWidth: column, topicLabel: topicInfo.label.lowercased()) {
                out += TextWrapper.fit(cellText(row.left), width: column) + " │ " + cellText(row.right) + "\n"
            }
            Output.print(out.trimmingTrailingSpaces())
        }
    }

    /// What both articles state and what only one does, a line each, in full.
    private func pointLines(_ comparison: TopicComparison) -> String {
        let titles = [comparison.left.article.title, comparison.right.article.title]
        let shared = comparison.points.filter(\.isShared).map(\.name)
        var lines = ["both: " + (shared.isEmpty ? "—" : shared.joined(separator: " · "))]
        for side in 0..<2 {
            let own = comparison.points.filter { $0.sides == [side] }.map(\.name)
            lines.append("only \(titles[side]): " + (own.isEmpty ? "—" : own.joined(separator: " · ")))
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func cellText(_ cell: CompareCell) -> String {
        cell.kind == .filler ? "·" : cell.text
    }
}

/// The `compare --json` document: `{topic, left: {path, title, passages, nearest}, right: {…}, rows,
/// pairs, points: {both, left_only, right_only}}`.
struct CompareJSON: Encodable {
    struct PassageJSON: Encodable {
        @ExplicitNull var section: String?
        var line: Int
        var text: String
        var score: Double
        var wholeSection: Bool

        init(_ passage: Passage, in article: Article) {
            section = passage.heading
            line = passage.line
            text = passage.text(in: article)
            score = passage.score
            wholeSection = passage.isSection
        }
    }

    struct SideJSON: Encodable {
        var path: String
        var title: String
        var passages: [PassageJSON]
        /// When there are no passages: the paragraphs nearest the topic, with their scores.
        var nearest: [PassageJSON]

        init(_ side: TopicComparison.Side) {
            path = Sanitizer.clean(side.article.path)
            title = side.article.title
            passages = side.passages.map { PassageJSON($0, in: side.article) }
            nearest = side.nearest.map { PassageJSON($0, in: side.article) }
        }
    }

    struct RowJSON: Encodable {
        @ExplicitNull var left: Int?
        @ExplicitNull var right: Int?
    }

    /// A point both articles state, with each one's words for it.
    struct SharedPointJSON: Encodable {
        var name: String
        var left: String
        var right: String
    }

    /// A point one article states.
    struct OwnPointJSON: Encodable {
        var name: String
        var quote: String
    }

    struct PointsJSON: Encodable {
        var both: [SharedPointJSON]
        var leftOnly: [OwnPointJSON]
        var rightOnly: [OwnPointJSON]

        enum CodingKeys: String, CodingKey {
            case both, leftOnly = "left_only", rightOnly = "right_only"
        }

        init(_ points: [Point]) {
            both = points.filter(\.isShared).map { SharedPointJSON(name: $0.name, left: $0.quotes[0] ?? "", right: $0.quotes[1] ?? "") }
            leftOnly = points.filter { $0.sides == [0] }.map { OwnPointJSON(name: $0.name, quote: $0.quotes[0] ?? "") }
            rightOnly = points.filter { $0.sides == [1] }.map { OwnPointJSON(name: $0.name, quote: $0.quotes[1] ?? "") }
        }
    }

    var topic: String
    var left: SideJSON
    var right: SideJSON
    /// The rows in the order shown, indexing `left.passages` and `right.passages`.
    var rows: [RowJSON]
    /// The rows holding both sides, as `[left, right]` (older readers of this document use it).
    var pairs: [[Int]]
    var points: PointsJSON

    init(_ comparison: TopicComparison) {
        topic = comparison.topic
        left = SideJSON(comparison.left)
        right = SideJSON(comparison.right)
        rows = comparison.rows.map { RowJSON(left: $0.left, right: $0.right) }
        pairs = comparison.pairs
        points = PointsJSON(comparison.points)
    }
}
