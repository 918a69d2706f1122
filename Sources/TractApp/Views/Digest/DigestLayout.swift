import ScreenKit
import TractCore

/// One display row of the digest.
public struct DigestLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case points, point, article, heading, body, closing, blank
    }

    public var text: String
    public var kind: Kind
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

/// A stretch of the digest, listed without wrapping anything: only the blocks on screen are wrapped
/// (`rows(of:)`), so a digest of 2,000 articles opens and switches topic without laying all of it out.
public enum DigestBlock: Equatable, Sendable {
    case pointsTitle
    case item(DigestItem)
    /// The blank row that ends the points or an article.
    case gap
    case closing
}

/// The digest's blocks: the shared points, then each article's title and passages (only the first
/// while it is folded), then the closing line; and the rows of any one block at a width.
enum DigestLayout {
    /// `points`: how many shared points to list (a short terminal lists fewer, to leave room for text).
    static func blocks(_ view: DigestView, points: Int) -> [DigestBlock] {
        var blocks: [DigestBlock] = []
        if !view.digest.shared.isEmpty {
            blocks.append(.pointsTitle)
            blocks += view.digest.shared.indices.prefix(points).map { .item(.point($0)) }
            blocks.append(.gap)
        }
        for (number, entry) in view.entries.enumerated() {
            blocks.append(.item(.article(number)))
            let shown = view.unfolded.contains(entry.article) ? entry.passages.count : min(entry.passages.count, 1)
            blocks += (0..<shown).map { .item(.passage(entry: number, passage: $0)) }
            blocks.append(.gap)
        }
        blocks.append(.closing)
        return blocks
    }

    /// `open` is the live key that narrows to a point and unfolds an article.
    static func rows(of block: DigestBlock, _ view: DigestView, library: Library, width: Int, open: String) -> [DigestLine] {
        let label = library.topicSet.topic(view.digest.topic)?.label.lowercased() ?? view.digest.topic
        switch block {
        case .pointsTitle: return [DigestLine(text: "Points several articles make (\(open) narrows to one):", kind: .points)]
        case .gap: return [DigestLine(text: "", kind: .blank)]
        case .closing:
            return TextWrapper.wrap(view.digest.closingLine(library: library, label: label), width: max(width, 10)).map { DigestLine(text: $0, kind: .closing) }
        case .item(.point(let index)):
            let point = view.digest.shared[index]
            let chosen = view.point == index ? "  ◀ narrowed to this" : ""
            return [DigestLine(text: "• \(point.name) — \(point.sides.count) articles\(chosen)", kind: .point, indent: 2)]
        case .item(.article(let number)):
            let entry = view.entries[number]
            let more = view.unfolded.contains(entry.article) ? 0 : max(entry.passages.count - 1, 0)
            let title = "\(view.digest.names[entry.article]) — \(entry.words) words on \(label)"
                + (more > 0 ? " · +\(more) more (\(open) unfolds)" : "")
            return [DigestLine(text: TextWrapper.truncate(title, width: width), kind: .article)]
        case .item(.passage(let number, let index)):
            let entry = view.entries[number]
            let article = library.articles[entry.article]
            let passage = entry.passages[index]
            let head = "§ \(passage.heading ?? "(opening)") · line \(passage.line)"
            var lines = [DigestLine(text: TextWrapper.truncate(head, width: width - 2), kind: .heading, indent: 2)]
            let evidence = passage.evidence.map { $0.lowercased() }
            for (offset, paragraph) in passage.blocks(in: article).enumerated() {
                if offset > 0 { lines.append(DigestLine(text: "", kind: .blank)) }
                lines += TextWrapper.wrap(paragraph.text, width: max(width - 4, 10)).map {
                    DigestLine(text: $0, kind: .body, evidence: evidence, indent: 4)
                }
            }
            return lines
        }
    }

    /// The text a block holds, for searching the digest without wrapping it.
    static func text(of block: DigestBlock, _ view: DigestView, library: Library) -> String {
        switch block {
        case .item(.point(let index)): return view.digest.shared[index].name
        case .item(.article(let number)): return library.articles[view.entries[number].article].title
        case .item(.passage(let number, let index)):
            let entry = view.entries[number]
            let passage = entry.passages[index]
            return (passage.heading ?? "") + "\n" + passage.text(in: library.articles[entry.article])
        case .pointsTitle, .gap, .closing: return ""
        }
    }
}
