import ScreenKit
import TractCore

/// The digest: the whole library on one topic, article after article, each folded to its first
/// passage until unfolded; the points several articles share above, each narrowing the digest to the
/// passages that mention it. The cursor moves over points, article titles and passages.
public struct DigestView: Equatable, Sendable {
    public internal(set) var digest: Digest
    /// The shared point the digest is narrowed to, if any.
    public internal(set) var point: String?
    /// The entries shown: all, or those with a passage mentioning `point`.
    public internal(set) var entries: [Digest.Entry]
    /// Library indices of the articles shown with all their passages.
    public internal(set) var unfolded: Set<Int> = []
    /// The selected item and the first line shown.
    public internal(set) var selection = 0
    public internal(set) var top = 0
    /// The `/` prompt while it is open, and the last search.
    public internal(set) var search: LineEditor?
    public internal(set) var query: String?

    public init(topic: String, library: Library) {
        digest = Digest(library: library, topic: topic)
        entries = digest.entries
    }

    public var keyContexts: [KeyContext] { search == nil ? [.digest, .views, .global] : [.prompt] }

    /// Rows for the digest's text: below its title row and above the status line.
    public static func height(_ size: Size) -> Int { max(size.height - 2, 1) }
    /// The width text is laid out at: a margin each side, and no wider than the reader's text.
    public static func width(_ context: ViewContext) -> Int { max(min(context.size.width - 2, context.settings.maxWidth), 10) }

    public func layout(_ context: ViewContext) -> (lines: [DigestLine], items: [DigestItem]) {
        DigestLayout.lines(self, library: context.library, width: Self.width(context), points: max(3, context.size.height / 6))
    }

    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        if let editor = search { return edit(action, editor, context: context) }
        let (lines, items) = layout(context)
        let height = Self.height(context.size)
        switch action {
        case .scrollLines(let count): select(selection + count, lines: lines, items: items.count, height: height)
        case .scrollPages(let count), .scrollHalfPages(let count):
            let step = action == .scrollPages(count) ? max(height - 1, 1) : max(height / 2, 1)
            top = max(0, min(top + count * step, max(lines.count - height, 0)))
            if let item = lines[top...].lazy.compactMap(\.item).first { selection = item }
        case .top: select(0, lines: lines, items: items.count, height: height)
        case .bottom: select(items.count - 1, lines: lines, items: items.count, height: height)
        case .open: return choose(items, context: context)
        case .compareTopic(let number): return switchTopic(number, context: context)
        case .startSearch: search = LineEditor()
        case .searchNext: return find(query, from: selection + 1, context: context)
        case .bookmark: return bookmark(items, context: context)
        case .back where point != nil: narrow(to: nil, context: context)
        case .back, .showDigest: return [.navigate(.close)]
        default: break
        }
        return []
    }

    /// After a resize: the selection kept in view.
    mutating func resized(context: ViewContext) {
        let (lines, items) = layout(context)
        select(selection, lines: lines, items: items.count, height: Self.height(context.size))
    }

    private mutating func select(_ item: Int, lines: [DigestLine], items: Int, height: Int) {
        guard items > 0 else { return }
        selection = max(0, min(item, items - 1))
        let first = lines.firstIndex { $0.item == selection } ?? 0
        let last = lines.lastIndex { $0.item == selection } ?? first
        if first < top { top = first } else if last >= top + height { top = min(first, last - height + 1) }
        // Back at the first item, show the rows above it too.
        if selection == 0 { top = 0 }
    }

    /// Enter or Space: narrow to a point (again: widen), fold or unfold an article, open a passage.
    private mutating func choose(_ items: [DigestItem], context: ViewContext) -> [Command] {
        guard items.indices.contains(selection) else { return [] }
        switch items[selection] {
        case .point(let index):
            let text = digest.shared[index].text
            narrow(to: point == text ? nil : text, context: context)
            return [.say(point.map { "narrowed to '\($0)': \(entries.count) articles (Esc widens)" } ?? "every passage again")]
        case .article(let number):
            let article = entries[number].article
            if unfolded.contains(article) { unfolded.remove(article) } else { unfolded.insert(article) }
        case .passage(let number, let index):
            let entry = entries[number]
            let passage = shownPassages(entry)[index]
            let place = ArticlePlace.section(passage.section, paragraph: passage.isSection ? nil : passage.paragraphs.lowerBound)
            return [.navigate(.openReturning(article: entry.article, at: place))]
        }
        return []
    }

    private func shownPassages(_ entry: Digest.Entry) -> [Passage] {
        unfolded.contains(entry.article) ? entry.passages : Array(entry.passages.prefix(1))
    }

    private mutating func narrow(to text: String?, context: ViewContext) {
        point = text
        entries = text.map { digest.narrowed(to: $0, in: context.library) } ?? digest.entries
        top = 0
        selection = 0
    }

    /// 1–9: the digest on another topic of the set.
    private mutating func switchTopic(_ number: Int, context: ViewContext) -> [Command] {
        let ids = context.library.topicSet.ids
        guard ids.indices.contains(number - 1) else { return [.say("there are \(ids.count) topics")] }
        self = DigestView(topic: ids[number - 1], library: context.library)
        return []
    }

    private mutating func bookmark(_ items: [DigestItem], context: ViewContext) -> [Command] {
        guard items.indices.contains(selection), case .passage(let number, let index) = items[selection] else {
            return [.say("move to a passage to bookmark it")]
        }
        let entry = entries[number]
        let passage = shownPassages(entry)[index]
        let article = context.library.articles[entry.article]
        let before = article.sections[..<passage.section].reduce(0) { $0 + $1.paragraphs.count }
        guard let draft = Bookmark.draft(article: article, absolutePath: context.absolutePaths[entry.article],
                                         ordinal: before + passage.paragraphs.lowerBound, count: passage.paragraphs.count) else { return [] }
        return [.run(.saveBookmark(draft))]
    }
}

extension DigestView {
    /// Typing into the `/` prompt: Enter finds the first item after the cursor holding the text.
    private mutating func edit(_ action: Action, _ current: LineEditor, context: ViewContext) -> [Command] {
        guard case .edit(let edit) = action else { return [] }
        var editor = current
        switch editor.apply(edit, history: context.history(.search)) {
        case .editing: search = editor
        case .cancelled: search = nil
        case .submitted(let text):
            search = nil
            guard !text.isEmpty else { return [] }
            query = text
            return find(text, from: selection, context: context) + [.remember(.search, text)]
        }
        return []
    }

    /// Selects the next item (wrapping) whose rows hold `text`, any case.
    private mutating func find(_ text: String?, from start: Int, context: ViewContext) -> [Command] {
        guard let text, !text.isEmpty else {
            return [.say("no search yet: press \(context.keyMap.keyName(for: .startSearch, in: keyContexts)) to search")]
        }
        let (lines, items) = layout(context)
        guard !items.isEmpty else { return [] }
        let needle = text.lowercased()
        for step in 0..<items.count {
            let item = (start + step) % items.count
            if lines.contains(where: { $0.item == item && $0.text.lowercased().contains(needle) }) {
                select(item, lines: lines, items: items.count, height: Self.height(context.size))
                return [.say("found '\(text)'" + (item < start ? ", search wrapped" : ""))]
            }
        }
        return [.say("'\(text)' not found in the digest")]
    }
}
