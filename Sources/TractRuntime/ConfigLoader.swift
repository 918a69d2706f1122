import Foundation
import TractApp

/// Reads the user's settings from `$XDG_CONFIG_HOME/tract/config.yml` (default `~/.config`): key
/// bindings (`keys:`) and reader settings (`reader:`).
public enum ConfigLoader {
    /// The key map and settings with the config applied, and any problems (each one line naming the
    /// file and line).
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> (KeyMap, ReaderSettings, [String]) {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        let path = base + "/tract/config.yml"
        guard FileProbe.kind(of: path) == .regular else { return (.defaults, ReaderSettings(), []) }
        guard let bytes = try? FileProbe.readRegularFile(path) else { return (.defaults, ReaderSettings(), ["\(path): cannot read"]) }
        let yaml = String(decoding: bytes, as: UTF8.self)
        let (keys, keyProblems) = KeyMap.defaults.applying(configYAML: yaml, origin: path)
        let (settings, settingProblems) = ReaderSettings().applying(configYAML: yaml, origin: path)
        return (keys, settings, keyProblems + settingProblems)
    }
}
