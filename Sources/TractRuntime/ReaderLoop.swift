import ScreenKit
import TractApp
import TractView

/// The one run loop: draw, wait for input, turn it into an action, reduce, perform the effects.
public final class ReaderLoop {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let theme: Theme
    private let effects: EffectRunner

    public init(state: AppState, terminal: Terminal, theme: Theme, effects: EffectRunner = EffectRunner(store: nil)) {
        self.state = state
        self.terminal = terminal
        self.theme = theme
        self.effects = effects
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
            if terminal.shouldStop { break }
            guard let event = terminal.nextEvent(timeoutMilliseconds: 200) else { continue }
            guard let action = InputTranslator.action(for: event, in: state) else { continue }
            let before = state
            dispatch(action)
            needsDraw = state != before || action == .resize(terminal.size)
        }
        if state.running { dispatch(.quit) }  // stopped by a signal or a lost terminal: save as on q
        return state
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
