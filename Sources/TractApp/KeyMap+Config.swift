import ScreenKit
import TractCore
import Yams

extension KeyMap {
    /// Applies the `keys:` section of a config file to this key map.
    ///
    /// Each entry names an action and the keys for it (`quit: [q, Q]`); they replace that action's
    /// default keys. A bad entry is reported with its line and skipped, keeping the defaults.
    public func applying(configYAML yaml: String, origin: String) -> (KeyMap, [String]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return (self, ["\(origin): \(TopicSet.describe(error)); using default keys"])
        } catch {
            return (self, ["\(origin): unreadable; using default keys"])
        }
        guard let keysNode = root?.mapping?["keys"] else { return (self, []) }
        guard let entries = keysNode.mapping else {
            return (self, ["\(origin): line \(keysNode.mark?.line ?? 1): 'keys' must map actions to keys"])
        }
        var map = self
        var problems: [String] = []
        for (nameNode, value) in entries {
            let line = nameNode.mark?.line ?? 1
            guard let name = nameNode.string, let action = Action.named(name) else {
                problems.append("\(origin): line \(line): unknown action '\(nameNode.string ?? "?")'")
                continue
            }
            let names = value.sequence?.compactMap(\.string) ?? value.string.map { [$0] } ?? []
            let keys = names.map { ($0, Key(name: $0)) }
            if let bad = keys.first(where: { $0.1 == nil }) {
                problems.append("\(origin): line \(value.mark?.line ?? line): unknown key '\(bad.0)' for \(name)")
                continue
            }
            guard !keys.isEmpty else {
                problems.append("\(origin): line \(line): no keys given for \(name)")
                continue
            }
            // The action's keys move wherever they were bound: globally, or in a view's context.
            let context = map.contexts.first { $0.value.values.contains(action) }?.key
            if let context {
                map.contexts[context] = map.contexts[context]?.filter { $0.value != action }
                for case let (_, key?) in keys { map.contexts[context]?[key] = action }
            } else {
                map.global = map.global.filter { $0.value != action }
                for case let (_, key?) in keys { map.global[key] = action }
            }
        }
        return (map, problems)
    }
}
