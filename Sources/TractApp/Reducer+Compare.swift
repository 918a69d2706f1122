import ScreenKit
import TractCore

extension AppState {
    /// The key context: the focused pane while reading, else the full-screen view.
    public var keyContext: KeyContext {
        switch view {
        case .compare: return .compare
        case .map: return .map
        case .bookmarks: return .bookmarks
        case .librarySearch: return .library
        case .reading, .picker:
            switch focus {
            case .library: return .library
            case .outline: return .outline
            case .article: return .article
            }
        }
    }

    /// Columns of text on each side of the compare view (a gutter column and a separator excluded).
    public var compareColumnWidth: Int { max((size.width - 1) / 2 - 2, 1) }

    /// Rows of passages visible in the compare view (title row and status line excluded).
    public var compareHeight: Int { max(size.height - 2, 1) }

    /// `c`: pick the article to compare the open one with.
    mutating func startCompare() {
        guard let openIndex else {
            message = "open an article first, then press c to compare it"
            return
        }
        guard library.articles.count > 1 else {
            message = "compare needs a second article in the library"
            return
        }
        view = .picker(ComparePicker(left: openIndex))
    }

    mutating func editPicker(_ edit: Action.SearchEdit, _ picker: ComparePicker) {
        var picker = picker
        switch edit {
        case .insert(let character):
            picker.filter.append(character)
            picker.selection = 0
        case .deleteBackward:
            if !picker.filter.isEmpty { picker.filter.removeLast() }
            picker.selection = 0
        case .cancel:
            view = .reading
            return
        case .submit:
            let candidates = picker.candidates(in: library)
            guard candidates.indices.contains(picker.selection) else {
                message = "no article matches '\(picker.filter)'"
                return
            }
            openCompare(left: picker.left, right: candidates[picker.selection], topic: defaultCompareTopic)
            return
        }
        view = .picker(picker)
    }

    /// The topic of the section being read, else safety, else the first topic.
    var defaultCompareTopic: String {
        if let section = currentSection, let topic = document?.article.sections[section].primaryTopic { return topic }
        return library.topicSet.ids.contains("safety") ? "safety" : (library.topicSet.ids.first ?? "")
    }

    /// Opens the compare view on two articles and a topic.
    public mutating func openCompare(left: Int, right: Int, topic: String) {
        view = .compare(CompareState(left: left, right: right, topic: topic, layout: compareLayout(left: left, right: right, topic: topic)))
        message = "comparing on \(topicLabel(topic)) · 1–\(library.topicSet.ids.count) topic · x swap · s link · Esc back"
    }

    /// Library articles `left` and `right` compared on `topic`, laid out at the current width.
    func compareLayout(left: Int, right: Int, topic: String) -> CompareLayout {
        compareLayout(TopicComparison(topic: topic, left: library.articles[left], right: library.articles[right]))
    }

    func compareLayout(_ comparison: TopicComparison) -> CompareLayout {
        CompareLayout(comparison, leftWidth: compareColumnWidth, rightWidth: compareColumnWidth,
                      topicLabel: topicLabel(comparison.topic))
    }

    /// A topic's label in lower case, for messages ("safety", "future research").
    public func topicLabel(_ id: String) -> String {
        library.topicSet.topic(id)?.label.lowercased() ?? id
    }

    /// Actions while comparing; returns false for actions the compare view does not handle.
    mutating func reduceCompare(_ action: Action, _ compare: CompareState) -> Bool {
        var compare = compare
        switch action {
        case .scrollLines(let count): scroll(&compare, by: count)
        case .scrollPages(let count): scroll(&compare, by: count * max(compareHeight - 2, 1))
        case .scrollHalfPages(let count): scroll(&compare, by: count * max(compareHeight / 2, 1))
        case .top: compare.positions = [Position(), Position()]
        case .bottom:
            let end = RowMath.end(height: compareHeight, blocks: compare.layout.groups.count) { compare.layout.rows(of: $0).count }
            for side in 0..<2 where compare.linked || side == compare.side { compare.positions[side] = end }
        case .compareTopic(let number):
            let ids = library.topicSet.ids
            guard ids.indices.contains(number - 1) else { message = "there are \(ids.count) topics"; return true }
            openCompare(left: compare.left, right: compare.right, topic: ids[number - 1])
            return true
        case .swapSides:
            compare.layout = compareLayout(compare.comparison.swapped)
            swap(&compare.left, &compare.right)
            compare.positions.reverse()
            message = "swapped sides"
        case .toggleLinkedScroll:
            compare.linked.toggle()
            if compare.linked { compare.positions[1 - compare.side] = compare.positions[compare.side] }
            message = compare.linked ? "scrolling linked" : "scrolling unlinked: Tab switches side"
        case .switchSide, .nextPane, .previousPane:
            compare.side = 1 - compare.side
        case .resize(let newSize):
            size = newSize
            compare.layout = compareLayout(compare.comparison)
            scroll(&compare, by: 0)
        case .back, .startCompare:
            view = .reading
            return true
        default:
            return false
        }
        view = .compare(compare)
        return true
    }

    /// Scrolls the cursor side (both when linked), never past the point where the last page is full.
    func scroll(_ compare: inout CompareState, by delta: Int) {
        let groups = compare.layout.groups.count
        let end = RowMath.end(height: compareHeight, blocks: groups) { compare.layout.rows(of: $0).count }
        for side in 0..<2 where compare.linked || side == compare.side {
            var target = compare.moved(side: side, by: delta)
            if delta > 0, target > end { target = max(compare.positions[side], end) }
            compare.positions[side] = target
        }
    }
}
