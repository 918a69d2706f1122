/// One view on the stack, whatever its type; equal to another holding an equal view of the same type.
public struct AnyView: Equatable, Sendable {
    public private(set) var base: any View

    public init(_ base: some View) {
        self.base = base
    }

    public static func == (lhs: AnyView, rhs: AnyView) -> Bool {
        lhs.base.isEqual(to: rhs.base)
    }

    public var keyContexts: [KeyContext] { base.keyContexts }
    public var isOverlay: Bool { type(of: base).isOverlay }

    /// The view as `type`, if it is one.
    public func `as`<V: View>(_ type: V.Type) -> V? { base as? V }

    mutating func reduce(_ action: Action, context: ViewContext) -> [Command] { base.reduce(action, context: context) }
    mutating func resize(context: ViewContext) -> [Command] { base.resize(context: context) }
    mutating func handle(_ event: Event, context: ViewContext) -> [Command] { base.handle(event, context: context) }
    mutating func pendingEffects() -> [Effect] { base.pendingEffects() }
    func status(over below: ViewStatus?, context: ViewContext) -> ViewStatus {
        below.map { base.status(over: $0, context: context) } ?? base.status(context: context)
    }
}
