extension LibrarySearchView: View {
    /// The index's progress and answers.
    public mutating func handle(_ event: Event, context: ViewContext) -> [Command] {
        switch event {
        case .libraryIndexing(let progress): indexing = progress
        case .libraryResults(let query, let topic, let hits): take(results: hits, query: query, topic: topic, context: context)
        default: break
        }
        return []
    }

    /// The remembered query, asked once.
    public mutating func pendingEffects() -> [Effect] {
        guard askFirst else { return [] }
        askFirst = false
        searching = true
        return [.searchLibrary(query: Self.asTyped(query.text), topic: topic)]
    }

    public func status(context: ViewContext) -> ViewStatus {
        let count = hits.count == 1 ? "1 hit" : "\(hits.count) hits"
        return ViewStatus(place: query.text.isEmpty ? "Library search" : "\(count) for '\(query.text)'", mode: "SEARCH LIBRARY")
    }
}
