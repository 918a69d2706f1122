import ScreenKit
import TractCore

/// Library search: the query being typed, the topic it is narrowed to, and the index's ranked hits.
public struct LibrarySearchView: Equatable, Sendable {
    public internal(set) var query = LineEditor()
    public internal(set) var topic: String?
    public internal(set) var hits: [SearchHit] = []
    public internal(set) var list = ListState()
    /// How far the index is on its first build, while the first query waits for it.
    public internal(set) var indexing: LoadProgress?
    /// A query has been sent and its answer has not come back yet.
    public internal(set) var searching = false

    /// A remembered query to ask once the view is shown.
    var askFirst = false

    /// Opens on `last`, the query searched last, selected: its hits show again, and typing replaces it.
    public init(last: String? = nil) {
        guard let last, !last.isEmpty else { return }
        query = LineEditor(last, selected: true)
        askFirst = true
    }

    public var keyContexts: [KeyContext] { [.search, .choice, .prompt] }

    /// Screen rows each hit takes: head, snippet, blank.
    public static let rowsPerHit = 3
    /// First screen row of the hits (title, query line and a blank row above).
    public static let firstRow = 3

    public static func listHeight(size: Size) -> Int {
        max((size.height - 1 - firstRow) / rowsPerHit, 1)
    }

    /// Every change of the query or the topic asks the index again.
    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        let height = Self.listHeight(size: context.size)
        switch action {
        case .edit(let edit):
            let before = query.text
            switch query.apply(edit, history: context.history(.librarySearch)) {
            case .editing:
                guard query.text != before else { return [] }
                if query.text.isEmpty { hits = []; list = ListState(); searching = false; return [] }
                return ask()
            case .submitted(let text): return openHit() + [.remember(.librarySearch, text)]
            case .cancelled: return [.navigate(.close)]
            }
        case .cycleSearchTopic(let step):
            // Around the topics and "none" (position ids.count), forwards or back.
            let ids = context.library.topicSet.ids
            let current = topic.flatMap { ids.firstIndex(of: $0) } ?? ids.count
            let next = (current + step + ids.count + 1) % (ids.count + 1)
            topic = next < ids.count ? ids[next] : nil
            if !query.text.isEmpty { return ask() }
        case .scrollLines(let count), .scrollPages(let count):
            list.move(by: count, count: hits.count, height: height)
        case .open: return openHit()
        case .back: return [.navigate(.close)]
        default: break
        }
        return []
    }

    /// Sends the query as typed so far to the index; the answer comes back as an event.
    private mutating func ask() -> [Command] {
        searching = true
        return [.run(.searchLibrary(query: Self.asTyped(query.text), topic: topic))]
    }

    /// The query as sent to the index: the word being typed (the last, with no space after it yet)
    /// matches as a prefix, so "hyperth" finds hyperthermia before the word is finished.
    public static func asTyped(_ text: String) -> String {
        guard let last = text.split(separator: " ").last, text.last != " ",
              last.allSatisfy({ $0.isLetter || $0.isNumber }), !["AND", "OR", "NOT", "NEAR"].contains(last),
              text.filter({ $0 == "\"" }).count % 2 == 0 else { return text }
        return text + "*"
    }

    /// The index's answer; one for an older query (the user kept typing) is dropped.
    mutating func take(results hits: [SearchHit], query: String, topic: String?, context: ViewContext) {
        indexing = nil
        guard query == Self.asTyped(self.query.text), topic == self.topic else { return }
        searching = false
        self.hits = hits
        list.select(min(list.selection, max(hits.count - 1, 0)), count: hits.count, height: Self.listHeight(size: context.size))
    }

    /// Enter: the hit's article at its paragraph, the query's words highlighted for n / N.
    private func openHit() -> [Command] {
        guard hits.indices.contains(list.selection) else { return [] }
        let hit = hits[list.selection]
        return [.navigate(.openPath(hit.path, title: hit.title, at: .section(hit.sectionIndex, paragraph: hit.paragraphIndex),
                                    query: query.text))]
    }
}
