import TractCore

extension AppState {
    /// Actions in the topic map; returns false for actions the map does not handle.
    mutating func reduceMap(_ action: Action, _ map: MapState) -> Bool {
        var map = map
        let rows = library.articles.count
        let columns = library.topicSet.ids.count
        switch action {
        case .scrollLines(let count): map.row = max(-1, min(map.row + count, rows - 1))
        case .scrollPages(let count), .scrollHalfPages(let count): map.row = max(-1, min(map.row + count * 5, rows - 1))
        case .mapMove(let count): map.column = max(0, min(map.column + count, columns - 1))
        case .top: map.row = -1
        case .bottom: map.row = rows - 1
        case .open:
            openFromMap(map)
            return true
        case .back, .showMap:
            view = .reading
            return true
        case .resize(let newSize):
            size = newSize
        default:
            return false
        }
        view = .map(map)
        return true
    }

    /// Enter on a cell opens the article at the topic's first passage; on a topic header, compares
    /// the two articles richest in that topic.
    private mutating func openFromMap(_ map: MapState) {
        let ids = library.topicSet.ids
        guard ids.indices.contains(map.column) else { return }
        let topic = ids[map.column]
        if map.row < 0 {
            let richest = TopicMap(library: library).richest(inTopic: map.column)
            guard richest.count == 2 else {
                message = "fewer than two articles say anything on \(topicLabel(topic))"
                return
            }
            openCompare(left: richest[0], right: richest[1], topic: topic)
            return
        }
        let article = library.articles[map.row]
        guard let passage = PassageFinder.passages(in: article, topic: topic).first else {
            message = "\(article.title) has no passage on \(topicLabel(topic))"
            return
        }
        view = .reading
        rememberJump()
        openArticle(map.row)
        focus = .article
        if let document {
            let start = document.sectionStarts[passage.section]
            let headingOffset = article.sections[passage.section].heading == nil ? 0 : 1
            let block = passage.isSection ? start : start + headingOffset + passage.paragraphs.lowerBound
            position = Position(block: block, row: block > 0 ? 1 : 0)
            followSection()
        }
        message = "first passage on \(topicLabel(topic))"
    }
}
