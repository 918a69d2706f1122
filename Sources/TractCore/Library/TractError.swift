/// An error meant for the user: one line, already sanitised, saying what went wrong and where.
public struct TractError: Error, Equatable, CustomStringConvertible, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = Sanitizer.clean(message)
    }

    public var description: String { message }
}
