import ScreenKit

/// Which key does what, per pane, with global bindings as the fallback.
public struct KeyMap: Equatable, Sendable {
    /// Bindings that apply in every pane unless the pane binds the key itself.
    public var global: [Key: Action]
    /// Bindings for one pane.
    public var panes: [Pane: [Key: Action]]

    public init(global: [Key: Action], panes: [Pane: [Key: Action]]) {
        self.global = global
        self.panes = panes
    }

    /// The action for `key` when `pane` has the focus.
    public func action(for key: Key, in pane: Pane) -> Action? {
        panes[pane]?[key] ?? global[key]
    }

    /// less/vim conventions (DESIGN.md §4).
    public static let defaults: KeyMap = {
        func keys(_ names: String...) -> [Key] { names.compactMap(Key.init(name:)) }
        var global: [Key: Action] = [:]
        func bind(_ action: Action, _ names: [Key]) { for key in names { global[key] = action } }
        bind(.scrollLines(1), keys("j", "down"))
        bind(.scrollLines(-1), keys("k", "up"))
        bind(.scrollPages(1), keys("space", "pgdn", "f", "ctrl-f"))
        bind(.scrollPages(-1), keys("b", "pgup", "ctrl-b"))
        bind(.scrollHalfPages(1), keys("d", "ctrl-d"))
        bind(.scrollHalfPages(-1), keys("u", "ctrl-u"))
        bind(.top, keys("g", "home"))
        bind(.bottom, keys("G", "end"))
        bind(.nextSection, keys("]"))
        bind(.previousSection, keys("["))
        bind(.nextPane, keys("tab"))
        bind(.previousPane, keys("shift-tab"))
        bind(.open, keys("enter"))
        bind(.startSearch, keys("/"))
        bind(.searchNext, keys("n"))
        bind(.searchPrevious, keys("N"))
        bind(.cycleTopicHighlight, keys("t"))
        bind(.jumpBack, keys("ctrl-o"))
        bind(.quotePrefix, keys("'"))
        bind(.toggleHelp, keys("?"))
        bind(.back, keys("esc"))
        bind(.quit, keys("q", "ctrl-c"))
        return KeyMap(global: global, panes: [:])
    }()

    /// For the help overlay: each bindable action with the keys bound to it anywhere.
    public var helpLines: [(keys: String, help: String)] {
        Action.bindable.compactMap { item in
            let bound = global.filter { $0.value == item.action }.map(\.key.name).sorted(by: Self.keyOrder)
            guard !bound.isEmpty else { return nil }
            return (bound.joined(separator: " "), item.help)
        }
    }

    /// Single characters first, then named keys, each alphabetically.
    private static func keyOrder(_ a: String, _ b: String) -> Bool {
        (a.count == 1) != (b.count == 1) ? a.count == 1 : a < b
    }
}
