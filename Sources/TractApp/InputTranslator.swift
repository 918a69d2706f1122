import ScreenKit

/// Turns terminal input into actions, given the mode: prompt typing, help, or the key map.
public enum InputTranslator {
    public static func action(for event: InputEvent, in state: AppState) -> Action? {
        switch event {
        case .resize(let size): return .resize(size)
        case .mouse(let mouse): return .mouse(mouse)
        case .key(let key):
            if case .searchInput = state.mode {
                switch key {
                case .enter: return .searchEdit(.submit)
                case .escape, .control("c"), .control("g"): return .searchEdit(.cancel)
                case .backspace, .delete: return .searchEdit(.deleteBackward)
                case .character(let c): return .searchEdit(.insert(c))
                default: return nil
                }
            }
            return state.keyMap.action(for: key, in: state.focus)
        }
    }
}
