import TractCore

extension AppState {
    /// Puts whole articles in place of their stand-ins. The open one keeps its place (same block at the
    /// top: the stand-in's blocks are the whole article's first blocks), or goes on to a saved place
    /// its stand-in was too short for, if the reader has not moved since; its search is redone; an
    /// open comparison is redone on the same topic, its scroll kept inside the new rows.
    mutating func replaceStandIns(_ loaded: [LoadedArticle]) {
        guard !loaded.isEmpty else { return }
        for item in loaded where library.articles.indices.contains(item.index) {
            library.articles[item.index] = item.article
            guard item.index == openIndex else { continue }
            document = ReadingDocument(article: item.article)
            position = placeToKeep
            deferredPlace = nil
            clampPosition()
            if let query = search?.query, let document {
                var redone = SearchState(query: query, document: document)
                redone.current = redone.hits.isEmpty ? nil : min(search?.current ?? 0, redone.hits.count - 1)
                search = redone
            }
            followSection()
        }
        // A comparison opened while its articles were still being read is redone on the whole texts.
        if case .compare(var compare) = view, loaded.contains(where: { $0.index == compare.left || $0.index == compare.right }) {
            compare.layout = compareLayout(left: compare.left, right: compare.right, topic: compare.topic)
            scroll(&compare, by: 0)
            view = .compare(compare)
        }
        if !bookmarks.isEmpty { setBookmarks(bookmarks.map(\.bookmark)) }
    }
}
