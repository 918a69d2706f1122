import ScreenKit

/// The key table as bound now: the rows of `Binding.table` with their current keys, and a lookup from
/// (context, key) to action built from them.
public struct KeyMap: Equatable, Sendable {
    public private(set) var bindings: [Binding]
    private var lookup: [KeyContext: [Key: Action]] = [:]

    public init(bindings: [Binding]) {
        self.bindings = bindings
        rebuildLookup()
    }

    /// The defaults: less and vim conventions (the README's key table).
    public static let defaults = KeyMap(bindings: Binding.table)

    /// The action for `key` in the first context of `chain` that binds it.
    public func action(for key: Key, in chain: [KeyContext]) -> Action? {
        for context in chain {
            if let action = lookup[context]?[key] { return action }
        }
        return nil
    }

    /// The keys that do `action` in the first context of `chain` that has it.
    public func keys(for action: Action, in chain: [KeyContext]) -> [Key] {
        for context in chain {
            let keys = bindings.filter { $0.context == context && $0.action == action }.flatMap(\.keys)
            // A key only counts where nothing earlier in the chain takes it over.
            let live = keys.filter { self.action(for: $0, in: chain) == action }
            if !live.isEmpty { return live }
        }
        return []
    }

    /// The config name of the first live key for `action` (`m`, `ctrl-o`), for messages; "?" when unbound.
    public func keyName(for action: Action, in chain: [KeyContext]) -> String {
        keys(for: action, in: chain).first?.name ?? "?"
    }

    /// How the first live key for `action` is shown in hints (`Tab`, `Esc`, `x`); "?" when unbound.
    public func keyLabel(for action: Action, in chain: [KeyContext]) -> String {
        keys(for: action, in: chain).first?.label ?? "?"
    }

    /// "x swap": the first live key for `action` and its label; nil when no key reaches it.
    public func hint(_ action: Action, in chain: [KeyContext], separator: String = " ") -> String? {
        guard let key = keys(for: action, in: chain).first,
              let row = bindings.first(where: { $0.action == action && chain.contains($0.context) }) else { return nil }
        return key.label + separator + row.label
    }

    /// "1–6 topic": the keys of the first and last of `count` numbered topics and their row's label.
    public func topicHint(count: Int, in chain: [KeyContext]) -> String? {
        guard count > 0, let first = keys(for: .compareTopic(1), in: chain).first,
              let last = keys(for: .compareTopic(count), in: chain).first,
              let row = bindings.first(where: { $0.action == .compareTopic(1) && chain.contains($0.context) }) else { return nil }
        return (count == 1 ? first.label : "\(first.label)–\(last.label)") + " " + row.label
    }

    /// What n / N say before any search: the key that starts one.
    public func noSearchYet(in chain: [KeyContext]) -> String {
        "no search yet: press \(keyName(for: .startSearch, in: chain)) to search"
    }

    /// Hints for several actions joined with " · ", skipping those without a key.
    public func hints(_ actions: [Action], in chain: [KeyContext]) -> String {
        actions.compactMap { hint($0, in: chain) }.joined(separator: " · ")
    }

    /// Replaces the keys of the row called `name`; false when there is no such row.
    public mutating func rebind(_ name: String, to keys: [Key]) -> Bool {
        guard let index = bindings.firstIndex(where: { $0.name == name }) else { return false }
        bindings[index].keys = keys
        rebuildLookup()
        return true
    }

    /// For the help overlay: groups in order, each with its rows' keys and help text.
    public var helpSections: [(group: BindingGroup, lines: [(keys: String, help: String)])] {
        BindingGroup.allCases.compactMap { group -> (group: BindingGroup, lines: [(keys: String, help: String)])? in
            let rows = bindings.filter { $0.group == group && !$0.help.isEmpty && !$0.keys.isEmpty }
            let lines = rows.map { (keys: $0.keys.map(\.name).joined(separator: " "), help: $0.help) }
            return lines.isEmpty ? nil : (group: group, lines: lines)
        }
    }

    /// Earlier rows win when two rows of one context claim a key.
    private mutating func rebuildLookup() {
        var lookup: [KeyContext: [Key: Action]] = [:]
        for row in bindings.reversed() {
            for key in row.keys { lookup[row.context, default: [:]][key] = row.action }
        }
        self.lookup = lookup
    }
}
