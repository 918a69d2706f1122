import TractCore

extension AppState {
    /// Puts whole articles in place of their stand-ins. The open one keeps its place (same block at the
    /// top: the stand-in's blocks are the whole article's first blocks) and its search is redone.
    mutating func replaceStandIns(_ loaded: [LoadedArticle]) {
        guard !loaded.isEmpty else { return }
        for item in loaded where library.articles.indices.contains(item.index) {
            library.articles[item.index] = item.article
            guard item.index == openIndex else { continue }
            document = ReadingDocument(article: item.article)
            clampPosition()
            if let query = search?.query, let document {
                var redone = SearchState(query: query, document: document)
                redone.current = redone.hits.isEmpty ? nil : min(search?.current ?? 0, redone.hits.count - 1)
                search = redone
            }
            followSection()
        }
        if !bookmarks.isEmpty { setBookmarks(bookmarks.map(\.bookmark)) }
    }
}
