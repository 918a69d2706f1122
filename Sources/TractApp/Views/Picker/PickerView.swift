import ScreenKit
import TractCore

/// Choosing the second article for compare: a filter line over the library, and a selection.
public struct PickerView: Equatable, Sendable {
    public internal(set) var filter = LineEditor()
    public internal(set) var list = ListState()
    /// The article compare starts from, and the topic it opens on.
    public let left: Int
    public let topic: String

    public init(left: Int, topic: String) {
        self.left = left
        self.topic = topic
    }

    public var keyContexts: [KeyContext] { [.choice, .prompt] }

    /// An article that matches the filter, and why.
    public struct Candidate: Equatable, Sendable {
        public var index: Int
        /// 0 the whole title or file name, 1 its start, 2 the start of a word in it, 3 anywhere in it.
        public var rank: Int
        /// Why it matched, for the list ("starts the title", "a word in the file name", …).
        public var reason: String?
    }

    /// The articles matching the filter (the left one excluded), best matches first — exact, then the
    /// start of the title or file name, the start of a word, anywhere — and within each the richest on
    /// the topic first (library order among equals): with no filter, simply the richest first.
    public func candidates(in library: Library) -> [Candidate] {
        let needle = filter.text.lowercased()
        let all = library.articles.indices.filter { $0 != left }
        let found = all.compactMap { index -> Candidate? in
            guard !needle.isEmpty else { return Candidate(index: index, rank: 0, reason: nil) }
            let article = library.articles[index]
            let title = Self.match(needle, in: article.title.lowercased(), name: "the title")
            let stem = Self.match(needle, in: article.stem.lowercased(), name: "the file name")
            guard let best = [title, stem].compactMap({ $0 }).min(by: { $0.rank < $1.rank }) else { return nil }
            return Candidate(index: index, rank: best.rank, reason: best.reason)
        }
        let words = { (candidate: Candidate) in library.articles[candidate.index].coverage.words(on: topic) }
        return found.enumerated().sorted {
            ($0.element.rank, -words($0.element), $0.offset) < ($1.element.rank, -words($1.element), $1.offset)
        }.map(\.element)
    }

    private static func match(_ needle: String, in text: String, name: String) -> (rank: Int, reason: String)? {
        if text == needle { return (0, "is \(name)") }
        if text.hasPrefix(needle) { return (1, "starts \(name)") }
        let words = text.split { !$0.isLetter && !$0.isNumber }
        if words.contains(where: { $0.hasPrefix(needle) }) { return (2, "starts a word in \(name)") }
        return text.contains(needle) ? (3, "in \(name)") : nil
    }

    /// The overlay's box for `candidates` entries, centred above the status line, wide enough for
    /// long titles: a border, the filter line and a header above one row per candidate.
    public static func frame(size: Size, candidates: Int) -> Rect {
        let body = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
        return body.centred(width: min(size.width - 2, 100), height: min(size.height - 2, max(candidates, 1) + 4))
    }

    /// Candidates the overlay shows at once (its border, filter line and header excluded).
    public static func listHeight(size: Size, candidates: Int) -> Int {
        max(frame(size: size, candidates: candidates).height - 4, 1)
    }

    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        let candidates = candidates(in: context.library)
        let height = Self.listHeight(size: context.size, candidates: candidates.count)
        switch action {
        case .scrollLines(let count), .scrollPages(let count):
            list.move(by: count, count: candidates.count, height: height)
        case .edit(let edit):
            let before = filter.text
            switch filter.apply(edit, history: context.history(.picker)) {
            case .editing:
                if filter.text != before { list = ListState() }
            case .cancelled:
                return [.navigate(.close)]
            case .submitted:
                guard candidates.indices.contains(list.selection) else { return [.say("no article matches '\(filter.text)'")] }
                return [.navigate(.compare(left: left, right: candidates[list.selection].index, topic: topic)),
                        .remember(.picker, filter.text)]
            }
        default:
            break
        }
        return []
    }
}
