import Foundation
import TractApp

/// Reads the user's key bindings from `$XDG_CONFIG_HOME/tract/config.yml` (default `~/.config`).
public enum ConfigLoader {
    /// The key map with the config applied, and any problems (each one line naming the file and line).
    public static func keyMap(environment: [String: String] = ProcessInfo.processInfo.environment) -> (KeyMap, [String]) {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        let path = base + "/tract/config.yml"
        guard FileProbe.kind(of: path) == .regular else { return (.defaults, []) }
        guard let bytes = try? FileProbe.readRegularFile(path) else { return (.defaults, ["\(path): cannot read"]) }
        return KeyMap.defaults.applying(configYAML: String(decoding: bytes, as: UTF8.self), origin: path)
    }
}
