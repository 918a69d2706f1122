import ScreenKit
import TractCore

/// Three or four articles side by side on one topic (`+` in compare on a wide terminal), scrolled
/// together; the cursor column is where Enter opens a passage.
public struct MultiCompareView: Equatable, Sendable {
    public internal(set) var articles: [Int]
    public internal(set) var topic: String
    public internal(set) var layout: MultiCompareLayout
    public internal(set) var position = Position()
    public internal(set) var column = 0
    /// The point chosen with `p` (index into the layout's points).
    public internal(set) var chosenPoint: Int?
    /// What a worker was asked to find the points from (huge articles), so its answer is taken only here.
    public internal(set) var pointsRequest: PointInputs?

    /// The terminal width `columns` articles need side by side.
    public static func widthNeeded(columns: Int) -> Int { columns * 50 }

    public init(articles: [Int], topic: String, context: ViewContext) {
        self.articles = articles
        self.topic = topic
        layout = Self.layout(articles, topic: topic, context: context)
    }

    public var keyContexts: [KeyContext] { [.compare, .views, .global] }

    /// Text columns in each article's column (its gutter excluded), and rows for passages.
    public static func columnWidth(_ size: Size, columns: Int) -> Int { max((size.width - (columns - 1)) / columns - 2, 1) }
    /// Title row, points strip and status line excluded.
    public static func height(_ size: Size) -> Int { max(size.height - 3, 1) }

    static func layout(_ articles: [Int], topic: String, context: ViewContext) -> MultiCompareLayout {
        MultiCompareLayout(topic: topic, articles: articles.map { context.library.articles[$0] },
                           width: columnWidth(context.size, columns: articles.count), topicLabel: context.topicLabel(topic))
    }

    /// The article richest in `topic` not among `shown`, if any has a passage on it.
    static func nextRichest(after shown: [Int], topic: String, context: ViewContext) -> Int? {
        guard let column = context.library.topicSet.ids.firstIndex(of: topic) else { return nil }
        let map = TopicMap(library: context.library)
        return map.words.indices.filter { !shown.contains($0) && map.words[$0][column] > 0 }
            .max { map.words[$0][column] < map.words[$1][column] }
    }

    /// `+` from two-way compare or here: one more article, when the terminal is wide enough for it.
    static func adding(to shown: [Int], topic: String, context: ViewContext) -> [Command] {
        guard shown.count < 4 else { return [.say("compare shows at most four articles")] }
        let needed = widthNeeded(columns: shown.count + 1)
        guard context.size.width >= needed else {
            return [.say("\(shown.count + 1) articles side by side need \(needed) columns (this terminal has \(context.size.width)): "
                         + "compare stays \(shown.count)-way")]
        }
        guard let next = nextRichest(after: shown, topic: topic, context: context) else {
            return [.say("no other article has a passage on \(context.topicLabel(topic))")]
        }
        let view = MultiCompareView(articles: shown + [next], topic: topic, context: context)
        return [.navigate(.show(AnyView(view))), .say("added \(context.library.articles[next].title) (richest left on \(context.topicLabel(topic)))")]
    }

    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        let height = Self.height(context.size)
        let groups = layout.groups.count
        let rows = { (group: Int) in layout.rows(of: group).count }
        switch action {
        case .scrollLines(let count): scroll(by: count, height: height)
        case .scrollPages(let count): scroll(by: count * max(height - 2, 1), height: height)
        case .scrollHalfPages(let count): scroll(by: count * max(height / 2, 1), height: height)
        case .top: position = Position()
        case .bottom: position = RowMath.end(height: height, blocks: groups, rows: rows)
        case .switchSide, .nextPane: column = (column + 1) % articles.count
        case .previousPane: column = (column + articles.count - 1) % articles.count
        case .compareTopic(let number):
            let ids = context.library.topicSet.ids
            guard ids.indices.contains(number - 1) else { return [.say("there are \(ids.count) topics")] }
            topic = ids[number - 1]
            layout = Self.layout(articles, topic: topic, context: context)
            position = Position()
            chosenPoint = nil
            pointsRequest = nil
        case .addColumn: return Self.adding(to: articles, topic: topic, context: context)
        case .removeColumn:
            guard articles.count > 3 else { return [.navigate(.compare(left: articles[0], right: articles[1], topic: topic))] }
            keepFirst(articles.count - 1, context: context)
        case .open: return openPassage(height: height)
        case .nextPoint, .previousPoint: return choosePoint(forward: action == .nextPoint, height: height, context: context)
        case .searchNext, .searchPrevious: return moveToPoint(forward: action == .searchNext, height: height, context: context)
        case .back, .startCompare: return [.navigate(.close)]
        default: break
        }
        return []
    }

    /// Only the first `count` articles (three or more), laid out again.
    mutating func keepFirst(_ count: Int, context: ViewContext) {
        chosenPoint = nil
        pointsRequest = nil
        articles = Array(articles.prefix(max(count, 3)))
        column = min(column, articles.count - 1)
        layout = Self.layout(articles, topic: topic, context: context)
    }

    /// The rows on screen, with the group each comes from.
    public func visibleRows(count: Int) -> [([CompareCell], Int)] {
        RowMath.rows(from: position, count: count, blocks: layout.groups.count) { layout.rows(of: $0) }
    }

    mutating func scroll(by delta: Int, height: Int) {
        let rows = { (group: Int) in layout.rows(of: group).count }
        let end = RowMath.end(height: height, blocks: layout.groups.count, rows: rows)
        var target = RowMath.moved(position, by: delta, blocks: layout.groups.count, rows: rows)
        if delta > 0, target > end { target = max(position, end) }
        position = target
    }

    /// Enter: the cursor column's first passage on screen, in its article (Esc comes back).
    private func openPassage(height: Int) -> [Command] {
        let side = layout.sides[column]
        guard let index = visibleRows(count: height).lazy.compactMap({ $0.0[column].passage }).first,
              side.passages.indices.contains(index) else { return [.say("no passage here to open")] }
        let passage = side.passages[index]
        let place = ArticlePlace(passage: passage)
        return [.navigate(.openReturning(article: articles[column], at: place))]
    }
}
