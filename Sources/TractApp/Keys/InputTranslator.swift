import ScreenKit

/// Turns terminal input into actions: a key through the key map in the contexts of the view shown
/// (characters typed into a prompt when one is open), a click as itself. Resizes are events.
public enum InputTranslator {
    public static func action(for key: Key, in state: AppState) -> Action? {
        let chain = state.keyContexts
        // In a prompt every printable character is text, whatever it is bound to elsewhere.
        if chain.contains(.prompt), case .character(let character) = key { return .edit(.insert(character)) }
        return state.keyMap.action(for: key, in: chain)
    }
}
