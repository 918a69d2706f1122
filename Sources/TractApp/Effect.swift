/// Work the run loop performs for the reducer; data, so reducer tests can check it.
public enum Effect: Equatable, Sendable {
    /// Leave the reader and restore the terminal.
    case quit
}
