import ScreenKit
import TractCore
import Yams

extension KeyMap {
    /// Applies the `keys:` section of a config file to this key map.
    ///
    /// Each entry names a row of the key table and the keys for it (`quit: [q, Q]`); they replace that
    /// row's default keys, in the row's own context. A bad entry is reported with its line and skipped,
    /// keeping the defaults.
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
            guard let name = nameNode.string, map.bindings.contains(where: { $0.name == name }) else {
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
            _ = map.rebind(name, to: keys.compactMap(\.1))
        }
        return (map, problems + map.unreachableRows(origin: origin))
    }

    /// One line for each row whose keys all do something else now (rebinding `}` to next-section
    /// leaves next-paragraph without a key).
    func unreachableRows(origin: String) -> [String] {
        bindings.compactMap { row in
            guard let key = row.keys.first, !row.keys.contains(where: { action(for: $0, in: [row.context]) == row.action }) else {
                return nil
            }
            let taker = bindings.first { $0.context == row.context && $0.keys.contains(key) && $0.action != row.action }
            return "\(origin): \(row.name) has no key left ('\(key.name)' now does \(taker?.name ?? "something else"))"
        }
    }
}
