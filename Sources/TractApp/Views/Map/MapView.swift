import ScreenKit
import TractCore

/// The topic map: a cursor over articles × topics, or on the row of topic headers above them. The
/// article rows scroll, so a library of thousands can be walked.
public struct MapView: Equatable, Sendable {
    public internal(set) var articles = ListState()
    public internal(set) var onHeader = false
    public internal(set) var column = 0
    /// Each article's name in the rows (`Library.shortNames`), made when the map opens and again as
    /// articles arrive, not on every frame.
    public internal(set) var names: [String]

    public init(library: Library) {
        names = library.shortNames
    }

    public var keyContexts: [KeyContext] { [.map, .views, .global] }

    /// The cursor's row: an article index, or -1 on the topic headers.
    public var row: Int { onHeader ? -1 : articles.selection }

    /// First screen row of the article rows (a title, a blank and the topic headers above).
    public static let firstArticleRow = 3

    /// Article rows that fit above the status line.
    public static func listHeight(size: Size) -> Int {
        max(size.height - 1 - firstArticleRow, 1)
    }

    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        let rows = context.library.articles.count
        let height = Self.listHeight(size: context.size)
        switch action {
        case .scrollLines(let count): moveRow(to: row + count, rows: rows, height: height)
        case .scrollPages(let count): moveRow(to: row + count * max(height - 1, 1), rows: rows, height: height)
        case .scrollHalfPages(let count): moveRow(to: row + count * max(height / 2, 1), rows: rows, height: height)
        case .mapMove(let count): column = max(0, min(column + count, context.library.topicSet.ids.count - 1))
        case .top: moveRow(to: -1, rows: rows, height: height)
        case .bottom: moveRow(to: rows - 1, rows: rows, height: height)
        case .open: return openCell(context: context)
        case .startCompare: return compareRichest(context: context)
        case .back, .showMap: return [.navigate(.close)]
        default: break
        }
        return []
    }


    private mutating func moveRow(to target: Int, rows: Int, height: Int) {
        onHeader = target < 0 || rows == 0
        articles.select(max(target, 0), count: rows, height: height)
    }

    /// `c`: compares the two articles richest in the cursor's topic.
    private func compareRichest(context: ViewContext) -> [Command] {
        let ids = context.library.topicSet.ids
        guard ids.indices.contains(column) else { return [] }
        let richest = TopicMap(library: context.library).richest(inTopic: column)
        guard richest.count == 2 else { return [.say("fewer than two articles say anything on \(context.topicLabel(ids[column]))")] }
        return [.navigate(.compare(left: richest[0], right: richest[1], topic: ids[column]))]
    }

    /// Enter on a cell opens the article at the topic's first passage; on a topic header, the digest of
    /// the library on that topic.
    private func openCell(context: ViewContext) -> [Command] {
        let ids = context.library.topicSet.ids
        guard ids.indices.contains(column) else { return [] }
        let topic = ids[column]
        if onHeader { return [.navigate(.show(AnyView(DigestView(topic: topic, library: context.library))))] }
        guard context.library.articles.indices.contains(row) else { return [] }
        let article = context.library.articles[row]
        guard let passage = PassageFinder.passages(in: article, topic: topic).first else {
            return [.say("\(article.title) has no passage on \(context.topicLabel(topic))")]
        }
        let place = ArticlePlace(passage: passage)
        return [.navigate(.open(article: row, at: place)), .say("first passage on \(context.topicLabel(topic))")]
    }
}
