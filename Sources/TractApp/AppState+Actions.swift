import TractCore

/// Applies a key's or click's action to the state and says what work the run loop must do. Pure: no
/// I/O, no clock.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = state.reduce(action)
    return effects + state.requestPendingPoints()
}

/// Applies what the run loop reports (a resize, the store's and the loader's answers).
public func reduce(_ state: inout AppState, _ event: Event) -> [Effect] {
    let effects = state.handle(event)
    return effects + state.requestPendingPoints()
}

extension AppState {
    /// Only what is global is handled here (quit, help); every other action goes to the view shown.
    public mutating func reduce(_ action: Action) -> [Effect] {
        if action == .quit {
            running = false
            return apply(reading.positionCommands(context)) + [.quit]
        }
        if var help {
            let commands = help.reduce(action, context: context)
            self.help = help
            return apply(commands)
        }
        message = nil
        if action == .toggleHelp && !isTyping {
            help = HelpView()
            return []
        }
        if let back = returnView, case .reading = view, returnsToView(action) {
            returnView = nil
            view = back.view
            resized()
            return []
        }
        let effects = apply(forward(action))
        if let back = returnView, case .reading = view, reading.openIndex != back.article { returnView = nil }
        return effects
    }

    /// Esc, ctrl-o or a second `'` in the reading view: back to the view the article was opened from.
    private func returnsToView(_ action: Action) -> Bool {
        guard reading.prompt == nil else { return false }
        return action == .back || action == .jumpBack || (action == .quotePrefix && reading.pendingQuote)
    }

    /// The action reduced by the view shown, stored back before its commands run (they may change view).
    private mutating func forward(_ action: Action) -> [Command] {
        let context = self.context
        switch view {
        case .reading:
            return reading.reduce(action, context: context)
        case .picker(var picker):
            defer { view = .picker(picker) }
            return picker.reduce(action, context: context)
        case .compare(var compare):
            defer { view = .compare(compare) }
            return compare.reduce(action, context: context)
        case .map(var map):
            defer { view = .map(map) }
            return map.reduce(action, context: context)
        case .bookmarks(var bookmarks):
            defer { view = .bookmarks(bookmarks) }
            return bookmarks.reduce(action, context: context)
        case .librarySearch(var search):
            defer { view = .librarySearch(search) }
            return search.reduce(action, context: context)
        case .digest(var digest):
            defer { view = .digest(digest) }
            return digest.reduce(action, context: context)
        case .compareMany(var compare):
            defer { view = .compareMany(compare) }
            return compare.reduce(action, context: context)
        }
    }

    /// Carries out the commands of a view in order; returns the effects among them for the run loop.
    mutating func apply(_ commands: [Command]) -> [Effect] {
        var effects: [Effect] = []
        for command in commands {
            switch command {
            case .run(let effect): effects.append(effect)
            case .say(let text): message = text
            case .navigate(let navigation): effects += navigate(navigation)
            case .reattach(let id, let article): effects += reattach(id, inArticle: article)
            case .remember(let kind, let line):
                guard !line.isEmpty else { continue }
                var lines = history[kind, default: []].filter { $0 != line }
                lines.append(line)
                history[kind] = Array(lines.suffix(100))
                effects.append(.saveHistory(kind, line))
            }
        }
        return effects
    }

    private mutating func navigate(_ navigation: Navigation) -> [Effect] {
        switch navigation {
        case .close:
            if help != nil { help = nil } else { view = .reading }
        case .show(let next):
            view = next
            returnView = nil
        case .open(let article, let place):
            view = .reading
            returnView = nil
            return apply(reading.open(article, at: place, context: context))
        case .openReturning(let article, let place):
            returnView = ReturnView(view: view, article: article)
            view = .reading
            return apply(reading.open(article, at: place, context: context))
        case .openPath(let path, let title, let place, let query):
            guard let article = absolutePaths.firstIndex(of: path) else {
                message = "\(title) is not in this library"
                return []
            }
            view = .reading
            return apply(reading.open(article, at: place, query: query, context: context))
        case .compare(let left, let right, let topic):
            view = .compare(CompareView(left: left, right: right, topic: topic, context: context))
            message = CompareView.openingMessage(topic: topic, context: context)
        }
        return []
    }

    /// `a` in the bookmarks view: the bookmark moves to the passage at the reading cursor of its article.
    private mutating func reattach(_ id: Int64, inArticle article: Int?) -> [Effect] {
        guard let article, article == reading.openIndex, let draft = reading.draftAtCursor(context: context) else {
            let key = keyMap.keyName(for: .reattachBookmark, in: [.bookmarks])
            message = "open its article and put the cursor on the passage, then press \(key) here"
            return []
        }
        return [.reattachBookmark(id: id, to: draft)]
    }
}
