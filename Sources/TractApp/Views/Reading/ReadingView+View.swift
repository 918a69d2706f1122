import TractCore

extension ReadingView: View {
    public mutating func resize(context: ViewContext) -> [Command] {
        fitToSize(context: context)
        return []
    }

    public mutating func handle(_ event: Event, context: ViewContext) -> [Command] {
        switch event {
        case .storeOpened(let contents):
            adoptSaved(contents.positions, context: context)
            order.adoptReadOrder(contents.readOrder)
            resortLibrary(context: context)
        case .articlesLoaded(let loaded, _, _):
            if let item = loaded.last(where: { $0.index == openIndex }) { replaceOpen(with: item.article, context: context) }
            if order.sort != .name { resortLibrary(context: context) }
        case .articleChanged(let index, let gone):
            guard index == openIndex else { return [] }
            return [.say(file.changed(title: context.library.articles[index].title, gone: gone,
                                      reload: context.keyMap.keyName(for: .reload, in: keyContexts)))]
        case .articleReloaded(let index, let article):
            if index == openIndex { reload(with: article, context: context) }
            if order.sort != .name { resortLibrary(context: context) }
        case .idle:
            let counting = search?.summary
            return countSearchHits().map { command in
                if case .say(let text) = command { return .sayInstead(of: counting, text) }
                return command
            }
        default:
            break
        }
        return []
    }

    public func status(context: ViewContext) -> ViewStatus {
        var status = ViewStatus(place: "Tract · \(context.library.articles.count) articles", mode: modeName(context))
        if let document {
            status.place = document.article.title
            if let currentSection { status.place += " › " + (document.article.sections[currentSection].heading ?? "(opening)") }
            let text = textSize(context)
            status.position = ViewStatus.percent(position, end: document.endPosition(height: text.height, width: text.width))
        }
        switch prompt {
        case .search(let search)?: status.prompt = "/" + search.editor.withCaret
        case .note(let note)?: status.prompt = note.promptLine(context.keyMap)
        case nil: break
        }
        return status
    }

    /// The focused pane, wrapping, highlighted topics, and a changed file's reload key.
    private func modeName(_ context: ViewContext) -> String {
        var mode = focus.rawValue.uppercased() + (wraps ? "" : " · no wrap")
        switch highlight {
        case .off: break
        case .all: mode += " · topics"
        case .only(let id): mode += " · " + id
        }
        if let note = file.statusNote(reload: context.keyMap.keyName(for: .reload, in: keyContexts)) { mode += " · " + note }
        return mode
    }
}
