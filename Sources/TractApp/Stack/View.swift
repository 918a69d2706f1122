/// A screen of the reader as the app state's stack holds it: the reading view at the bottom, and
/// compare, digest, map, bookmarks, library search, the picker and help pushed over it. Each is a
/// value with its own state; it reads what it shares with the others from `ViewContext` and asks
/// for anything beyond itself with `Command`s. How it is drawn is `Drawable`, in TractView.
///
/// Adding a view is one type that conforms (plus its drawing) and the binding rows for its keys;
/// nothing else in the app names the kinds of view.
public protocol View: Equatable, Sendable {
    /// Where keys are looked up while the view is on top, most specific first.
    var keyContexts: [KeyContext] { get }
    /// A key's or click's action, while the view is on top.
    mutating func reduce(_ action: Action, context: ViewContext) -> [Command]
    /// The terminal's size, or what the context holds (bookmarks, articles), changed: lay out again.
    mutating func resize(context: ViewContext) -> [Command]
    /// What the run loop reported (loaded articles, points found, search results), offered to every
    /// view on the stack after the app state has taken its part.
    mutating func handle(_ event: Event, context: ViewContext) -> [Command]
    /// Work the view wants done off the key loop now that it is shown (points still to be found);
    /// asked after every action and event, so a view must ask once only.
    mutating func pendingEffects() -> [Effect]
    /// The status line's parts while the view is on top.
    func status(context: ViewContext) -> ViewStatus
    /// The status line while the view is on top of `below` (an overlay may keep what is beneath it).
    func status(over below: ViewStatus, context: ViewContext) -> ViewStatus
    /// Drawn over the view beneath it (the picker, help) rather than instead of it.
    static var isOverlay: Bool { get }
}

extension View {
    public mutating func resize(context: ViewContext) -> [Command] { [] }
    public mutating func handle(_ event: Event, context: ViewContext) -> [Command] { [] }
    public mutating func pendingEffects() -> [Effect] { [] }
    public func status(over below: ViewStatus, context: ViewContext) -> ViewStatus { status(context: context) }
    public static var isOverlay: Bool { false }

    /// Equality across the stack's mixed views: equal only to a view of the same type and value.
    func isEqual(to other: any View) -> Bool {
        (other as? Self) == self
    }
}

/// What a view puts on the status line: where the reader is, how far down, the mode (with its key
/// hints), or instead a prompt being typed. The app adds the message and loading progress.
public struct ViewStatus: Equatable, Sendable {
    public var place: String
    public var position: String?
    public var mode: String
    /// A prompt open on the status line (its text with the caret), shown instead of the rest.
    public var prompt: String?
    /// The way back to the view that opened what is shown ("Esc:back to compare"), in place of the
    /// quit hint: there `q` goes back too.
    public var back: String?

    public init(place: String, position: String? = nil, mode: String, prompt: String? = nil) {
        self.place = place
        self.position = position
        self.mode = mode
        self.prompt = prompt
    }
}

extension ViewStatus {
    /// "0%" at the top, "END" when the last row is on screen, else how far down the top is (1–99 %),
    /// measured by `measure` (by default the top block; compare counts rows, see `RowMath.rowsAbove`).
    public static func percent(_ position: Position, end: Position, measure: (Position) -> Int = \.block) -> String {
        position >= end ? "END" : "\(percentRead(position, end: end, measure: measure))%"
    }

    /// The same figure as a number: 0 at the top, 100 at the end.
    public static func percentRead(_ position: Position, end: Position, measure: (Position) -> Int = \.block) -> Int {
        if position >= end { return 100 }
        if position == Position() { return 0 }
        return max(1, min(99, measure(position) * 100 / max(measure(end), 1)))
    }
}
