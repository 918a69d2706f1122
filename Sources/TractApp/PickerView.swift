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

    /// Library indices of the articles matching the filter (the left one excluded).
    public func candidates(in library: Library) -> [Int] {
        let needle = filter.text.lowercased()
        return library.articles.indices.filter { index in
            index != left && (needle.isEmpty || library.articles[index].stem.lowercased().contains(needle)
                || library.articles[index].title.lowercased().contains(needle))
        }
    }

    /// The overlay's box for `candidates` rows, centred above the status line.
    public static func frame(size: Size, candidates: Int) -> Rect {
        let body = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
        return body.centred(width: min(size.width - 2, 60), height: min(size.height - 2, candidates + 4))
    }

    /// Rows of candidates the overlay shows (its title, filter and a blank row excluded).
    public static func listHeight(size: Size, candidates: Int) -> Int {
        max(frame(size: size, candidates: candidates).height - 3, 1)
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
                return [.navigate(.compare(left: left, right: candidates[list.selection], topic: topic)), .remember(.picker, filter.text)]
            }
        default:
            break
        }
        return []
    }
}
