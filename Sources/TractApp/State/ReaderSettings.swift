import TractCore
import Yams

/// How the reader lays text out and starts, from the `reader:` section of config.yml (and `--width`).
public struct ReaderSettings: Equatable, Sendable {
    /// The widest a line of article text gets, however wide the terminal.
    public var maxWidth = 100
    /// Text narrower than its pane is centred in it (else it starts at the left edge).
    public var centred = true
    /// Start in the article read last, at its saved place.
    public var reopenLast = true

    public init(maxWidth: Int = 100, centred: Bool = true, reopenLast: Bool = true) {
        self.maxWidth = maxWidth
        self.centred = centred
        self.reopenLast = reopenLast
    }

    /// The narrowest `--width` or `width:` accepted.
    public static let minimumWidth = 20

    /// These settings with the config file's `reader:` section applied; bad entries are reported and
    /// keep their defaults.
    public func applying(configYAML yaml: String, origin: String) -> (ReaderSettings, [String]) {
        guard let root = try? Yams.compose(yaml: yaml), let node = root.mapping?["reader"] else { return (self, []) }
        guard let entries = node.mapping else { return (self, ["\(origin): line \(node.mark?.line ?? 1): 'reader' must be a mapping"]) }
        var settings = self
        var problems: [String] = []
        for (key, value) in entries {
            let line = value.mark?.line ?? key.mark?.line ?? 1
            switch key.string {
            case "width":
                guard let width = value.int, width >= Self.minimumWidth else {
                    problems.append("\(origin): line \(line): width must be a number of columns, at least \(Self.minimumWidth)")
                    continue
                }
                settings.maxWidth = width
            case "align":
                guard let align = value.string, ["centre", "center", "left"].contains(align) else {
                    problems.append("\(origin): line \(line): align must be centre or left")
                    continue
                }
                settings.centred = align != "left"
            case "reopen-last":
                guard let flag = value.bool else {
                    problems.append("\(origin): line \(line): reopen-last must be true or false")
                    continue
                }
                settings.reopenLast = flag
            default:
                problems.append("\(origin): line \(key.mark?.line ?? line): unknown reader setting '\(key.string ?? "?")'")
            }
        }
        return (settings, problems)
    }
}
