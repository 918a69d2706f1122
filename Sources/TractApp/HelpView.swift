import ScreenKit

/// The `?` overlay: the key table, scrolled on small terminals. Scrolling keys scroll; any other closes.
public struct HelpView: Equatable, Sendable {
    /// First line shown.
    public internal(set) var scroll = 0

    public init() {}

    public var keyContexts: [KeyContext] { [.help, .views, .global] }

    public mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        switch action {
        case .scrollLines(let count): scroll = max(0, scroll + count)
        case .scrollPages(let count), .scrollHalfPages(let count): scroll = max(0, scroll + count * 10)
        default: return [.navigate(.close)]
        }
        return []
    }
}
