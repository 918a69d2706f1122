import Foundation
import TractCore

extension AppState {
    /// Actions in the library search view; every change of query or topic asks the index again.
    mutating func reduceLibrarySearch(_ action: Action, _ state: LibrarySearchState) {
        var search = state
        switch action {
        case .pickerEdit(.insert(let character)):
            search.query.append(character)
            pendingEffects.append(.searchLibrary(query: search.query, topic: search.topic))
        case .pickerEdit(.deleteBackward):
            guard !search.query.isEmpty else { break }
            search.query.removeLast()
            if search.query.isEmpty { search.hits = [] } else {
                pendingEffects.append(.searchLibrary(query: search.query, topic: search.topic))
            }
        case .cycleSearchTopic:
            let ids = library.topicSet.ids
            let next = search.topic.flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            search.topic = next < ids.count ? ids[next] : nil
            if !search.query.isEmpty { pendingEffects.append(.searchLibrary(query: search.query, topic: search.topic)) }
        case .libraryResults(let query, let topic, let hits):
            // Answers for an older query (the user kept typing) are dropped.
            guard query == search.query, topic == search.topic else { return }
            search.hits = hits
            search.selection = min(search.selection, max(hits.count - 1, 0))
        case .scrollLines(let count), .scrollPages(let count):
            search.selection = max(0, min(search.selection + count, search.hits.count - 1))
        case .pickerEdit(.submit), .open:
            openHit(search)
            return
        case .pickerEdit(.cancel), .back:
            view = .reading
            return
        case .resize(let newSize):
            size = newSize
            clampPosition()
        default:
            return
        }
        view = .librarySearch(search)
    }

    /// Enter: the hit's article at its paragraph, the query's words highlighted for n / N.
    private mutating func openHit(_ search: LibrarySearchState) {
        guard search.hits.indices.contains(search.selection) else { return }
        let hit = search.hits[search.selection]
        guard let article = absolutePaths.firstIndex(of: hit.path) else {
            message = "\(hit.title) is not in this library"
            return
        }
        view = .reading
        rememberJump()
        openArticle(article)
        focus = .article
        guard let document else { return }
        let start = document.sectionStarts[hit.sectionIndex]
        let block = start + (document.article.sections[hit.sectionIndex].heading == nil ? 0 : 1) + hit.paragraphIndex
        position = Position(block: block, row: block > 0 ? 1 : 0)
        cursor = block
        followSection()
        let words = Self.highlightText(of: search.query)
        var inArticle = SearchState(query: words, document: document)
        inArticle.current = inArticle.hits.firstIndex { $0.block >= block }
        self.search = inArticle.hits.isEmpty ? nil : inArticle
        message = inArticle.hits.isEmpty ? nil : inArticle.summary
    }

    /// What to highlight in the article for a library query: its phrase, or its first plain word.
    static func highlightText(of query: String) -> String {
        if let open = query.firstIndex(of: "\""), let close = query[query.index(after: open)...].firstIndex(of: "\"") {
            return String(query[query.index(after: open)..<close])
        }
        let operators: Set<String> = ["AND", "OR", "NOT", "NEAR"]
        let word = query.split(separator: " ").first { !operators.contains(String($0)) } ?? ""
        return word.trimmingCharacters(in: CharacterSet(charactersIn: "*\"()"))
    }
}
