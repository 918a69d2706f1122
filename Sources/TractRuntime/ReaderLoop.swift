import ScreenKit
import TractApp
import TractView

/// The one run loop: draw, wait for input, turn it into an action, reduce, perform the effects.
public final class ReaderLoop {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let theme: Theme

    public init(state: AppState, terminal: Terminal, theme: Theme) {
        self.state = state
        self.terminal = terminal
        self.theme = theme
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
            for effect in reduce(&state, action) { perform(effect) }
            needsDraw = state != before || action == .resize(terminal.size)
        }
        return state
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .quit: state.running = false
        }
    }
}
