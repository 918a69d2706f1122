import ScreenKit

/// Where a key is pressed: a pane of the reading view, or one of the full-screen views.
public enum KeyContext: String, Equatable, Hashable, Sendable {
    case library, outline, article, compare, map, bookmarks
}

/// Which key does what, per context, with global bindings as the fallback.
public struct KeyMap: Equatable, Sendable {
    /// Bindings that apply in every pane unless the pane binds the key itself.
    public var global: [Key: Action]
    /// Bindings for one context (a pane, or the compare and map views).
    public var contexts: [KeyContext: [Key: Action]]

    public init(global: [Key: Action], contexts: [KeyContext: [Key: Action]]) {
        self.global = global
        self.contexts = contexts
    }

    /// The action for `key` in `context`.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        contexts[context]?[key] ?? global[key]
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
        bind(.startCompare, keys("c"))
        bind(.showMap, keys("M"))
        bind(.nextParagraph, keys("}"))
        bind(.previousParagraph, keys("{"))
        bind(.toggleSelection, keys("v"))
        bind(.bookmark, keys("m"))
        bind(.showBookmarks, keys("B"))
        bind(.startLibrarySearch, keys("S"))
        var compare: [Key: Action] = [:]
        for number in 1...9 { compare[.character(Character("\(number)"))] = .compareTopic(number) }
        compare[.character("x")] = .swapSides
        compare[.character("s")] = .toggleLinkedScroll
        compare[.tab] = .switchSide
        compare[.backTab] = .switchSide
        let map: [Key: Action] = [.character("h"): .mapMove(-1), .left: .mapMove(-1), .character("l"): .mapMove(1),
                                  .right: .mapMove(1), .tab: .mapMove(1), .backTab: .mapMove(-1)]
        let bookmarks: [Key: Action] = [.character("e"): .editNote, .character("d"): .deleteBookmark,
                                        .character("u"): .undoDelete, .character("a"): .reattachBookmark,
                                        .character("/"): .startFilter]
        let library: [Key: Action] = [.character("/"): .startLibrarySearch]
        return KeyMap(global: global, contexts: [.compare: compare, .map: map, .bookmarks: bookmarks, .library: library])
    }()

    /// For the help overlay: each bindable action with the keys bound to it anywhere.
    public var helpLines: [(keys: String, help: String)] {
        let all = [global] + contexts.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { contexts[$0] }
        return Action.bindable.compactMap { item in
            let bound = Set(all.flatMap { $0.filter { $0.value == item.action }.map(\.key.name) }).sorted(by: Self.keyOrder)
            guard !bound.isEmpty else { return nil }
            return (bound.joined(separator: " "), item.help)
        }
    }

    /// Single characters first, then named keys, each alphabetically.
    private static func keyOrder(_ a: String, _ b: String) -> Bool {
        (a.count == 1) != (b.count == 1) ? a.count == 1 : a < b
    }
}
