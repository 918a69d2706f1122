import ScreenKit
import TractApp
import TractView

/// The one run loop: draw, wait for input, turn it into an action, reduce, perform the effects.
public final class ReaderLoop {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let theme: Theme
    private let effects: EffectRunner
    private let background: BackgroundParser?
    private var afterFirstFrame: (() -> [Action])?

    /// `afterFirstFrame` runs once the first frame is on screen (opening the database, say) and its
    /// actions are dispatched then, so start-up work the first frame does not need never delays it.
    public init(state: AppState, terminal: Terminal, theme: Theme, effects: EffectRunner = EffectRunner(store: nil),
                background: BackgroundParser? = nil, afterFirstFrame: (() -> [Action])? = nil) {
        self.state = state
        self.terminal = terminal
        self.theme = theme
        self.effects = effects
        self.background = background
        self.afterFirstFrame = afterFirstFrame
    }

    /// Runs until the user quits, a stop signal arrives, or the terminal goes away; returns the last state.
    @discardableResult
    public func run() -> AppState {
        if state.size != terminal.size { _ = reduce(&state, .resize(terminal.size)) }
        var needsDraw = true
        while state.running {
            if needsDraw {
                terminal.draw(render(state, theme: theme))
                needsDraw = false
            }
            if let setUp = afterFirstFrame {
                afterFirstFrame = nil
                let before = state
                for action in setUp() { dispatch(action) }
                needsDraw = state != before
                continue
            }
            if terminal.shouldStop { break }
            if takeInBackgroundArticles() {
                needsDraw = true
                continue
            }
            // While articles are still being read, poll often so they show up soon.
            let waiting = state.loading != nil ? 30 : 200
            guard let event = terminal.nextEvent(timeoutMilliseconds: waiting) else { continue }
            guard let action = InputTranslator.action(for: event, in: state) else { continue }
            let before = state
            dispatch(action)
            needsDraw = state != before || action == .resize(terminal.size)
        }
        if state.running { dispatch(.quit) }  // stopped by a signal or a lost terminal: save as on q
        return state
    }

    /// Hands articles the background reader has finished to the reducer; true if the screen changed.
    private func takeInBackgroundArticles() -> Bool {
        guard let background, state.loading != nil else { return false }
        let news = background.drain()
        guard !news.articles.isEmpty || state.loading?.done != news.total - news.remaining else { return false }
        let before = state
        dispatch(.articlesLoaded(news.articles.map { LoadedArticle(index: $0.0, article: $0.1) },
                                 remaining: news.remaining, total: news.total))
        for (index, reason) in news.failed { dispatch(.articleUnreadable(index: index, reason: reason)) }
        return state != before
    }

    /// Reduces an action, performs its effects, and reduces the actions they answer with.
    private func dispatch(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            for effect in reduce(&state, queue.removeFirst()) {
                if effect == .quit { state.running = false }
                queue += effects.perform(effect)
            }
        }
    }
}
