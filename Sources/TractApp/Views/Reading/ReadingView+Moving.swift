import ScreenKit
import TractCore

extension ReadingView {
    func cycledPane(by step: Int) -> Pane {
        let panes = Pane.allCases
        let index = panes.firstIndex(of: focus) ?? 0
        return panes[(index + step + panes.count) % panes.count]
    }

    /// Esc: drops the search, else leaves the pane for the one to its left.
    mutating func goBack(size: Size) {
        if search != nil {
            search = nil
            return
        }
        switch focus {
        case .article:
            // Esc closes what is open in the text (a selection); beside a sidebar it leaves the focus
            // where it is (j/k keep scrolling the text, as in vim). Alone on a narrow screen the article
            // gives way to the library, the only other way out.
            if passage.selectionStart != nil { passage.selectionStart = nil; return }
            if !(showsSidebar && size.width >= PaneLayout.sidebarWidthThreshold) { focus = .library }
        case .outline: focus = .library
        case .library: break
        }
    }

    /// Rows of the library or outline list at this size (the pane less its title row).
    func listHeight(_ pane: Pane, context: ViewContext) -> Int {
        let layout = PaneLayout(size: context.size, focus: pane, articleCount: context.library.articles.count, sidebar: showsSidebar)
        let rect = pane == .library ? layout.library : layout.outline
        return max((rect?.height ?? 1) - 1, 1)
    }

    var outlineCount: Int { document?.article.sections.count ?? 0 }

    /// Moves the focused pane: the selection in a list, the reading position in the article.
    mutating func move(by count: Int, unit: Int, context: ViewContext) {
        switch focus {
        case .library:
            library.move(by: count * unit, count: context.library.articles.count, height: listHeight(.library, context: context))
        case .outline:
            outline.move(by: count * unit, count: outlineCount, height: listHeight(.outline, context: context))
        case .article:
            guard let document else { return }
            scroll.move(by: count * unit, in: document, width: textSize(context).width)
            followSection(context: context)
        }
    }

    mutating func goToEdge(end: Bool, context: ViewContext) {
        switch focus {
        case .library:
            let count = context.library.articles.count
            library.select(end ? count - 1 : 0, count: count, height: listHeight(.library, context: context))
        case .outline:
            outline.select(end ? outlineCount - 1 : 0, count: outlineCount, height: listHeight(.outline, context: context))
        case .article:
            guard let document else { return }
            rememberJump()
            scroll.goToEdge(end: end, in: document, text: textSize(context))
            followSection(context: context)
        }
    }

    /// Jumps to the start of the next or previous section, so its heading is the top row.
    mutating func jumpSection(by step: Int, context: ViewContext) -> [Command] {
        guard let document, let current = currentSection else { return [] }
        let starts = document.sectionStarts
        let atStart = position.block == starts[current] && position.row <= (position.block > 0 ? 1 : 0)
        var target = current + step
        if step < 0 && !atStart { target = current }
        guard target >= 0 && target < starts.count else { return [.say(step > 0 ? "last section" : "first section")] }
        rememberJump()
        go(to: ArticleScroll.top(ofBlock: starts[target]), context: context)
        return []
    }

    /// Enter: opens the selected article, or jumps to the selected section.
    mutating func activate(context: ViewContext) -> [Command] {
        switch focus {
        case .library:
            let index = order.index(atRow: library.selection)
            guard context.library.articles.indices.contains(index) else { return [] }
            return open(index, at: nil, context: context)
        case .outline:
            guard outlineCount > 0, let document else { return [] }
            rememberJump()
            go(to: ArticleScroll.top(ofBlock: document.sectionStarts[outline.selection]), context: context)
            focus = .article
            return []
        case .article:
            return openCitedArticle(context: context)
        }
    }

    /// Puts the open article at `place`; when it is a stand-in too short for it, shows its end and
    /// remembers `place` for when the whole article arrives. Every jump goes through here.
    mutating func go(to place: Position, context: ViewContext) {
        guard let document else { return }
        scroll.go(to: place, in: document, width: textSize(context).width)
        followSection(context: context)
    }

    /// The outline and the passage cursor follow the reading position.
    mutating func followSection(context: ViewContext) {
        if let section = currentSection {
            outline.select(section, count: outlineCount, height: listHeight(.outline, context: context))
        }
        keepCursorVisible(context: context)
    }

    /// Keeps the position valid after a resize re-wrapped the text (same block stays at the top).
    mutating func clampPosition(context: ViewContext) {
        guard let document else { position = Position(); return }
        scroll.clamp(in: document, width: textSize(context).width)
    }

    /// After a resize: the position re-clamped and both lists scrolled to keep their selections.
    mutating func fitToSize(context: ViewContext) {
        clampPosition(context: context)
        let count = context.library.articles.count
        library.select(library.selection, count: count, height: listHeight(.library, context: context))
        outline.select(outline.selection, count: outlineCount, height: listHeight(.outline, context: context))
    }

    /// `\\`: the sidebar hidden (the article takes the whole width) or shown again.
    mutating func toggleSidebar(context: ViewContext) -> [Command] {
        showsSidebar.toggle()
        if !showsSidebar && document != nil { focus = .article }
        fitToSize(context: context)
        let key = context.keyMap.keyName(for: .toggleSidebar, in: keyContexts)
        return [.say(showsSidebar ? "sidebar shown" : "sidebar hidden: \(key) shows it")]
    }

    /// `w`: long lines wrap, or run off the right edge and ←/→ scroll them (less's -S). The same block
    /// stays at the top.
    mutating func toggleWrap(context: ViewContext) -> [Command] {
        let visible = visibleTextSize(context).width
        scroll.toggleWrap(in: document) { wraps in wraps ? visible : Self.unwrappedWidth }
        followSection(context: context)
        let keys = context.keyMap
        let sideways = keys.keyLabel(for: .scrollColumns(-1), in: [.article]) + keys.keyLabel(for: .scrollColumns(1), in: [.article])
        return [.say(wraps ? "lines wrap" : "lines run on: \(sideways) scroll sideways")]
    }

    /// ←/→ with wrapping off: half the text width sideways, as in less.
    mutating func scrollColumns(by count: Int, context: ViewContext) -> [Command] {
        guard scroll.scrollColumns(by: count, step: visibleTextSize(context).width / 2) else {
            return [.say("lines wrap: \(context.keyMap.keyName(for: .toggleWrap, in: keyContexts)) lets them run on to scroll sideways")]
        }
        return []
    }

    mutating func cycleHighlight(_ topicSet: TopicSet) -> [Command] {
        let ids = topicSet.ids
        switch highlight {
        case .off: highlight = .all
        case .all: highlight = ids.first.map { .only($0) } ?? .off
        case .only(let id):
            let next = (ids.firstIndex(of: id) ?? ids.count) + 1
            highlight = next < ids.count ? .only(ids[next]) : .off
        }
        switch highlight {
        case .off: return [.say("topic highlighting off")]
        case .all: return [.say("highlighting all topics")]
        case .only(let id): return [.say("highlighting \(topicSet.topic(id)?.label ?? id)")]
        }
    }
}
