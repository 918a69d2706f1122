import Dispatch
import ScreenKit
import TractApp
import TractView

/// The one run loop: draw, wait for input, turn it into an action, reduce, perform the effects and
/// reduce the events that answer them.
public final class ReaderLoop {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let theme: Theme
    private let effects: EffectRunner
    private let background: BackgroundParser?
    private let watch = OpenFileWatch()

    /// How long (nanoseconds) hits still to be counted may hold a frame back.
    private let countBeforeDrawing: UInt64

    public init(state: AppState, terminal: Terminal, theme: Theme, effects: EffectRunner = EffectRunner(),
                background: BackgroundParser? = nil, countBeforeDrawing: UInt64 = 6_000_000) {
        self.countBeforeDrawing = countBeforeDrawing
        self.state = state
        self.terminal = terminal
        self.theme = theme
        self.effects = effects
        self.background = background
    }

    /// Runs until the user quits, a stop signal arrives, or the terminal goes away; returns the last state.
    /// Work the first frame does not need (opening the database) is asked for once it is on screen.
    @discardableResult
    public func run() -> AppState {
        if state.size != terminal.size { deliver(.resize(terminal.size)) }
        terminal.draw(render(state, theme: theme))
        background?.start()
        var needsDraw = deliver(.started)
        var takenAhead = 0
        while state.running {
            // Keys typed or pasted faster than frames are drawn are taken first, and drawn once: a query
            // typed ahead into `/` searches as it goes but is not drawn ten times. Bounded, so a stream
            // of input (a held key, a long paste) still shows progress.
            if needsDraw, takenAhead < Self.mostTakenAhead, let event = terminal.typedAhead() {
                takenAhead += 1
                needsDraw = handle(event) || needsDraw
                continue
            }
            takenAhead = 0
            if needsDraw {
                countHitsBeforeDrawing()
                terminal.draw(render(state, theme: theme))
                needsDraw = false
            }
            if terminal.shouldStop { break }
            // Keys are read after every batch of articles (without waiting: the batch is drawn next), not
            // only once the batches stop coming: a library of 20,000 kept the loop taking them in, and
            // `q` waited seconds.
            let tookArticles = takeInBackgroundArticles()
            needsDraw = needsDraw || tookArticles
            for answer in effects.drain() { needsDraw = deliver(answer) || needsDraw }
            if let change = watch.check(openIndex: state.reading.openIndex, path: { self.state.absolutePaths[$0] }) {
                needsDraw = deliver(change) || needsDraw
            }
            // While articles are still being read or a search runs, poll often so they show up soon.
            // Deferred work (hits still being counted) runs a slice at a time when no input waits.
            let waiting = tookArticles || state.hasIdleWork ? 0 : state.loading != nil || effects.isBusy ? 30 : 200
            if let event = terminal.nextEvent(timeoutMilliseconds: waiting) {
                needsDraw = handle(event) || needsDraw
            } else if state.hasIdleWork {
                // A slice of counting shows only once the count ends, in the message: drawing after
                // every slice drew a 10 MB article's screen three times more for nothing.
                let message = state.message
                deliver(.idle)
                needsDraw = needsDraw || state.message != message || !state.hasIdleWork
            }
        }
        if state.running { dispatch(.quit) }  // stopped by a signal or a lost terminal: save as on q
        return state
    }

    /// Input events taken ahead of one frame at most.
    static let mostTakenAhead = 64

    /// Counts the hits a search left to count for up to `countBeforeDrawing` before a frame: a 10 MB
    /// article's count ends in that time, so Enter draws one frame with the hit and the count rather
    /// than the hit, then the same screen again with the count. A longer count goes on between keys.
    private func countHitsBeforeDrawing() {
        let start = DispatchTime.now().uptimeNanoseconds
        while state.reading.isCountingHits, DispatchTime.now().uptimeNanoseconds - start < countBeforeDrawing {
            deliver(.idle)
        }
    }

    /// Reduces one input event; true if the screen must be drawn again.
    private func handle(_ event: InputEvent) -> Bool {
        switch event {
        case .resize(let size):
            deliver(.resize(size))
            return true  // the terminal was cleared: redraw even when nothing moved
        case .mouse(let mouse): return dispatch(.mouse(mouse))
        case .key(let key): return InputTranslator.action(for: key, in: state).map(dispatch) ?? false
        }
    }

    /// Hands articles the background reader has finished to the reducer; true if the screen changed.
    private func takeInBackgroundArticles() -> Bool {
        guard let background, state.loading != nil else { return false }
        let news = background.drain()
        guard !news.articles.isEmpty || state.loading?.done != news.total - news.remaining else { return false }
        // Not compared with the state before: new articles (or progress) always change it, and keeping
        // a copy of the state would make the library's article list copied whole for every batch.
        perform(reduce(&state, .articlesLoaded(news.articles.map { LoadedArticle(index: $0.0, article: $0.1) },
                                                remaining: news.remaining, total: news.total)))
        for (index, reason) in news.failed { perform(reduce(&state, .articleUnreadable(index: index, reason: reason))) }
        return true
    }

    /// Reduces an action and everything its effects answer; true if the state changed.
    @discardableResult
    private func dispatch(_ action: Action) -> Bool {
        let before = state
        perform(reduce(&state, action))
        return state != before
    }

    /// Reduces an event and everything its effects answer; true if the state changed.
    @discardableResult
    private func deliver(_ event: Event) -> Bool {
        let before = state
        perform(reduce(&state, event))
        return state != before
    }

    /// Performs effects in order; the events they answer with are reduced, and their effects performed.
    private func perform(_ effects: [Effect]) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            for event in self.effects.perform(effect) {
                if case .articleReloaded = event { watch.rearm() }
                queue += reduce(&state, event)
            }
        }
    }
}
