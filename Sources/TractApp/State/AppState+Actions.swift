import TractCore

/// Applies a key's or click's action to the state and says what work the run loop must do. Pure: no
/// I/O, no clock.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = state.reduce(action)
    return effects + state.stack.pendingEffects()
}

/// Applies what the run loop reports (a resize, the store's and the loader's answers).
public func reduce(_ state: inout AppState, _ event: Event) -> [Effect] {
    let effects = state.handle(event)
    return effects + state.stack.pendingEffects()
}

extension AppState {
    /// Only what is global is handled here (quit, help, going back down the stack); every other
    /// action goes to the view on top.
    public mutating func reduce(_ action: Action) -> [Effect] {
        // A reader opened from another view goes back to it, `q` included: only the bottom quits.
        if stack.asksToLower(action) {
            stack.lower()
            return apply(stack.resize(context: context))
        }
        if action == .quit {
            running = false
            return apply(reading.positionCommands(context)) + [.quit]
        }
        // Help keeps the message it was opened over, and its own keys close it.
        if !keyContexts.contains(.help) {
            message = nil
            if action == .toggleHelp && !isTyping {
                stack.push(AnyView(HelpView()))
                return []
            }
        }
        if case .show(let view) = action, !isTyping {
            stack.show(view)
            return apply(stack.resize(context: context))
        }
        let context = self.context
        let effects = apply(stack.reduceTop(action, context: context))
        stack.forgetIfLeft()
        return effects
    }

    /// Carries out the commands of a view in order; returns the effects among them for the run loop.
    mutating func apply(_ commands: [Command]) -> [Effect] {
        var effects: [Effect] = []
        for command in commands {
            switch command {
            case .run(let effect): effects.append(effect)
            case .say(let text): message = text
            case .sayInstead(let old, let text): if message == old { message = text }
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
            stack.pop()
        case .show(let next):
            stack.show(next)
        case .open(let article, let place):
            stack.dropToReader()
            return apply(stack.reader.open(article, at: place, context: context))
        case .openReturning(let article, let place):
            stack.liftReader(for: article)
            return apply(stack.reader.open(article, at: place, context: context))
        case .openPath(let path, let title, let place, let query):
            guard let article = absolutePaths.firstIndex(of: path) else {
                message = "\(title) is not in this library"
                return []
            }
            stack.dropToReader()
            return apply(stack.reader.open(article, at: place, query: query, context: context))
        case .compare(let left, let right, let topic):
            stack.show(AnyView(CompareView(left: left, right: right, topic: topic, context: context)))
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
