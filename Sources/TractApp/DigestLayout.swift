import ScreenKit
import TractCore

/// One display row of the digest.
public struct DigestLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case points, point, article, heading, body, more, closing, blank
    }

    public var text: String
    public var kind: Kind
    /// The item the row belongs to (what the cursor selects), nil for rows between items.
    public var item: Int?
    /// Words to emphasise in the row (the passage's evidence), lowercase.
    public var evidence: [String] = []
    public var indent = 0
}

/// What the digest's cursor moves over.
public enum DigestItem: Equatable, Sendable {
    /// A shared point, by index in `Digest.shared`.
    case point(Int)
    /// An entry's title row, by index in the entries shown.
    case article(Int)
    case passage(entry: Int, passage: Int)
}

/// Lays the digest out at a width: the shared points, then each article under its title with its
/// passages (only the first while it is folded), then the closing line.
enum DigestLayout {
    /// `points`: how many shared points to list (a short terminal lists fewer, to leave room for text).
    static func lines(_ view: DigestView, library: Library, width: Int, points: Int) -> (lines: [DigestLine], items: [DigestItem]) {
        var lines: [DigestLine] = []
        var items: [DigestItem] = []
        let label = library.topicSet.topic(view.digest.topic)?.label.lowercased() ?? view.digest.topic
        if !view.digest.shared.isEmpty {
            lines.append(DigestLine(text: "Points several articles make (Enter narrows to one):", kind: .points))
            for (index, point) in view.digest.shared.enumerated().prefix(points) {
                let chosen = view.point == point.text ? "  ◀ narrowed to this" : ""
                lines.append(DigestLine(text: "• \(point.text) — \(point.articles) articles\(chosen)", kind: .point, item: items.count, indent: 2))
                items.append(.point(index))
            }
            lines.append(DigestLine(text: "", kind: .blank))
        }
        for (number, entry) in view.entries.enumerated() {
            let article = library.articles[entry.article]
            let folded = !view.unfolded.contains(entry.article)
            let shown = folded ? Array(entry.passages.prefix(1)) : entry.passages
            let more = entry.passages.count - shown.count
            let title = "\(article.title) — \(entry.words) words on \(label)" + (more > 0 ? " · +\(more) more (Enter unfolds)" : "")
            lines.append(DigestLine(text: TextWrapper.truncate(title, width: width), kind: .article, item: items.count))
            items.append(.article(number))
            for (index, passage) in shown.enumerated() {
                let item = items.count
                items.append(.passage(entry: number, passage: index))
                let head = "§ \(passage.heading ?? "(opening)") · line \(passage.line)"
                lines.append(DigestLine(text: TextWrapper.truncate(head, width: width - 2), kind: .heading, item: item, indent: 2))
                for (offset, paragraph) in passage.blocks(in: article).enumerated() {
                    if offset > 0 { lines.append(DigestLine(text: "", kind: .blank, item: item)) }
                    lines += TextWrapper.wrap(paragraph.text, width: max(width - 4, 10)).map {
                        DigestLine(text: $0, kind: .body, item: item, evidence: passage.evidence.map { $0.lowercased() }, indent: 4)
                    }
                }
            }
            lines.append(DigestLine(text: "", kind: .blank))
        }
        let closing = view.digest.without.isEmpty ? "Every article has something on \(label)."
            : "Nothing on \(label) in: " + view.digest.without.map { library.articles[$0].title }.joined(separator: ", ") + "."
        lines += TextWrapper.wrap(closing, width: max(width, 10)).map { DigestLine(text: $0, kind: .closing) }
        return (lines, items)
    }
}
