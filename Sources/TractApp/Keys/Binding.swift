import ScreenKit

/// One row of the key table: what a key does, where, how it is called in config files, and what the
/// help overlay and status-line hints say about it (tig's request table; bubbles' `key.WithHelp`).
public struct Binding: Equatable, Sendable {
    /// Name in the config file's `keys:` section; unique.
    public var name: String
    public var action: Action
    public var context: KeyContext
    public var group: BindingGroup
    /// The keys bound now (defaults, or the config's).
    public var keys: [Key]
    /// A line for the help overlay.
    public var help: String
    /// One or two words for status-line hints ("swap", "back").
    public var label: String

    public init(_ name: String, _ action: Action, _ context: KeyContext, _ group: BindingGroup, _ keys: [String],
         _ label: String, _ help: String) {
        self.name = name
        self.action = action
        self.context = context
        self.group = group
        self.keys = keys.map { name in
            guard let key = Key(name: name) else { preconditionFailure("bad default key \(name)") }
            return key
        }
        self.label = label
        self.help = help
    }
}
