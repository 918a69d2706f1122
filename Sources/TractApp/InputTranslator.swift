import ScreenKit

/// Turns terminal input into actions, given the mode: prompt typing, help, or the key map.
public enum InputTranslator {
    public static func action(for event: InputEvent, in state: AppState) -> Action? {
        switch event {
        case .resize(let size): return .resize(size)
        case .mouse(let mouse): return .mouse(mouse)
        case .key(let key):
            if case .searchInput = state.mode { return promptEdit(key).map(Action.searchEdit) }
            if case .noteInput = state.mode { return promptEdit(key).map(Action.noteEdit) }
            if case .librarySearch = state.view {
                switch key {
                case .up, .control("p"): return .scrollLines(-1)
                case .down, .control("n"): return .scrollLines(1)
                case .pageUp: return .scrollPages(-1)
                case .pageDown: return .scrollPages(1)
                case .tab: return .cycleSearchTopic
                default: return promptEdit(key).map(Action.pickerEdit)
                }
            }
            if case .bookmarks(let view) = state.view, view.filtering {
                switch key {
                case .up: return .scrollLines(-1)
                case .down: return .scrollLines(1)
                default: return promptEdit(key).map(Action.pickerEdit)
                }
            }
            if case .picker = state.view {
                switch key {
                case .up, .control("p"): return .scrollLines(-1)
                case .down, .control("n"): return .scrollLines(1)
                default: return promptEdit(key).map(Action.pickerEdit)
                }
            }
            return state.keyMap.action(for: key, in: state.keyContext)
        }
    }

    /// Keys of a one-line prompt: type, delete, Enter, Esc.
    private static func promptEdit(_ key: Key) -> Action.SearchEdit? {
        switch key {
        case .enter: return .submit
        case .escape, .control("c"), .control("g"): return .cancel
        case .backspace, .delete: return .deleteBackward
        case .character(let c): return .insert(c)
        default: return nil
        }
    }
}
