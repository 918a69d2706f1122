import ScreenKit
import TractCore

/// The `/` prompt: its line, and where the reader was with which search when it opened, so Esc can go
/// back to both.
public struct SearchPrompt: Equatable, Sendable {
    public internal(set) var editor = LineEditor()
    let origin: Position
    let previous: SearchState?
}

extension ReadingView {
    /// Typing into `/`: every change searches again and shows the first hit from where the prompt
    /// opened (incremental, as less and vim do); Enter keeps it, Esc goes back to the place and the
    /// search there were before.
    mutating func editSearch(_ edit: LineEdit, _ current: SearchPrompt, context: ViewContext) -> [Command] {
        var prompt = current
        let before = prompt.editor.text
        // Backspace on an empty line closes the prompt, as in less.
        let outcome = edit == .deleteBackward && before.isEmpty ? .cancelled : prompt.editor.apply(edit, history: context.history(.search))
        switch outcome {
        case .editing:
            self.prompt = .search(prompt)
            if prompt.editor.text != before { preview(prompt, context: context) }
            return []
        case .cancelled:
            self.prompt = nil
            search = prompt.previous
            go(to: prompt.origin, context: context)
            return []
        case .submitted(let query):
            self.prompt = nil
            guard !query.isEmpty else { search = prompt.previous; return [] }
            go(to: prompt.origin, context: context)
            return runSearch(query, context: context) + [.remember(.search, query)]
        }
    }

    /// The first hit of what is typed so far at or below where the prompt opened (every hit on screen
    /// is highlighted; they are counted when Enter runs the search).
    private mutating func preview(_ prompt: SearchPrompt, context: ViewContext) {
        guard let document, !prompt.editor.text.isEmpty else {
            search = prompt.previous
            go(to: prompt.origin, context: context)
            return
        }
        let state = SearchState.firstHit(of: prompt.editor.text, in: document, from: prompt.origin.block)
        search = state
        if let current = state.current { show(hit: state.hits[current], context: context) } else { go(to: prompt.origin, context: context) }
    }

    /// Text counted in one go: all of a usual article at Enter, then this much per idle turn of the run
    /// loop, so a 50 MB article's first hit is drawn first and keys are read between the slices.
    static let countedAtEnter = 512 * 1024
    static let countedWhenIdle = 4 * 1024 * 1024

    /// Enter in the search prompt: the first hit at or below the top shown, then every hit counted
    /// (at once in a usual article; in a big one after the hit is on screen, see `countSearchHits`).
    mutating func runSearch(_ query: String, context: ViewContext) -> [Command] {
        guard let document, !query.isEmpty else { return [] }
        var state = SearchState.counting(query, in: document, from: position.block)
        state.countHits(in: document, bytes: Self.countedAtEnter)
        search = state
        if let hit = state.currentHit {
            rememberJump()
            show(hit: hit, context: context)
        }
        return [.say(state.summary)]
    }

    /// True while a search's hits are still being counted.
    public var isCountingHits: Bool { search?.pending != nil }

    /// An idle turn of the run loop: counts the next slice of hits; their number is said once all are.
    mutating func countSearchHits() -> [Command] {
        guard let document, var state = search, state.pending != nil else { return [] }
        let counted = state.countHits(in: document, bytes: Self.countedWhenIdle)
        search = state
        return counted ? [.say(state.summary)] : []
    }

    /// n / N: the next or previous hit, wrapping around the article (and saying so).
    mutating func stepSearch(by step: Int, context: ViewContext) -> [Command] {
        if let document, search?.pending != nil { search?.countHits(in: document, bytes: .max) }  // n needs the count
        guard var state = search else {
            return [.say(context.keyMap.noSearchYet(in: keyContexts))]
        }
        guard !state.hits.isEmpty else { return [.say(state.summary)] }
        let count = state.hits.count
        let from = state.current ?? -step
        state.current = ((from + step) % count + count) % count
        let wrapped = state.current.map { step > 0 ? $0 < from : $0 > from } ?? false
        search = state
        if let current = state.current { show(hit: state.hits[current], context: context) }
        return [.say(state.summary + (wrapped ? ", search wrapped" : ""))]
    }

    /// Scrolls so the row holding the hit is near the top, with a little context above it.
    private mutating func show(hit: SearchState.Hit, context: ViewContext) {
        guard let document, let terms = search?.terms else { return }
        let text = textSize(context)
        let rows = document.rows(of: hit.block, width: text.width)
        var seen = 0
        var hitRow = rows.first?.kind == .blank ? 1 : 0
        for (index, row) in rows.enumerated() {
            let here = terms.count(in: row.text)
            if seen + here > hit.occurrence { hitRow = index; break }
            seen += here
        }
        let target = hitRow < text.height - 2
            ? ArticleScroll.top(ofBlock: hit.block)
            : document.moved(Position(block: hit.block, row: hitRow), by: -2, width: text.width)
        go(to: target, context: context)
        if !wraps, rows.indices.contains(hitRow) { bringIntoView(hit.occurrence - seen, of: terms, in: rows[hitRow].text, context: context) }
    }

    /// With wrapping off: scrolls sideways so the `index`th hit in `line` is on screen.
    private mutating func bringIntoView(_ index: Int, of terms: SearchTerms, in line: String, context: ViewContext) {
        let ranges = terms.ranges(in: line)
        guard ranges.indices.contains(index) else { return }
        let start = DisplayWidth.of(line[..<ranges[index].lowerBound])
        let width = visibleTextSize(context).width
        scroll.show(columns: start..<(start + DisplayWidth.of(line[ranges[index]])), width: width)
    }

    /// After opening a library-search hit: every word and phrase of the query highlighted, the hit at
    /// `block` current.
    mutating func highlightHits(of query: String, from block: Int, in document: ReadingDocument) -> [Command] {
        var inArticle = SearchState(query: query, terms: SearchTerms(Self.highlightTerms(of: query)), document: document)
        inArticle.current = inArticle.hits.firstIndex { $0.block >= block }
        search = inArticle.hits.isEmpty ? nil : inArticle
        return inArticle.hits.isEmpty ? [] : [.say(inArticle.summary)]
    }

    /// What to highlight in the article for a library query: each phrase as a phrase, each other word
    /// without its `*`; operators, and words after NOT, are left out.
    static func highlightTerms(of query: String) -> [String] {
        var terms: [String] = []
        var rest = Substring(query)
        while let open = rest.firstIndex(of: "\""), let close = rest[rest.index(after: open)...].firstIndex(of: "\"") {
            terms += words(in: rest[..<open])
            terms.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return terms + words(in: rest)
    }

    private static func words(in text: Substring) -> [String] {
        SearchQuery.wantedTokens(text).map { String($0.trimming { "*\"()".contains($0) }) }.filter { !$0.isEmpty }
    }
}
