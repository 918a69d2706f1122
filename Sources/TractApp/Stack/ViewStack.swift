/// The views on screen, bottom first: the reading view, and over it what was pushed (compare, digest,
/// map, bookmarks, library search, the picker, help). The top view takes the keys; Esc or `q` pops
/// it. Opening a passage from a pushed view lifts the reader over that view for as long as it stays
/// in that article, and Esc (or `''`, ctrl-o) puts it back beneath — so the way back is the stack.
/// This is the only place that knows one kind of view from another.
public struct ViewStack: Equatable, Sendable {
    public private(set) var views: [AnyView]
    /// While the reader is lifted over the views that opened an article in it: that article.
    public private(set) var liftedFor: Int?

    public init(reader: ReadingView = ReadingView()) {
        views = [AnyView(reader)]
    }

    private var readerIndex: Int { views.firstIndex { $0.base is ReadingView } ?? 0 }

    /// The reading view, wherever it is on the stack (it keeps its place while others are shown).
    public var reader: ReadingView {
        get { views[readerIndex].as(ReadingView.self) ?? ReadingView() }
        set { views[readerIndex] = AnyView(newValue) }
    }

    public var top: AnyView { views[views.count - 1] }
    /// The top view, if it is a `type`.
    public func shown<V: View>(_ type: V.Type) -> V? { top.as(type) }
    public var readerOnTop: Bool { top.base is ReadingView }

    /// What is drawn, in drawing order: the topmost view that fills the screen and the overlays on it.
    public var visible: ArraySlice<AnyView> {
        views[(views.lastIndex { !$0.isOverlay } ?? 0)...]
    }

    public var keyContexts: [KeyContext] { top.keyContexts }

    /// The status line's parts: the view that fills the screen speaks, each overlay over it amends.
    public func status(context: ViewContext) -> ViewStatus {
        var status: ViewStatus?
        for view in visible { status = view.status(over: status, context: context) }
        var result = status ?? ViewStatus(place: "", mode: "")
        // A reader lifted over the view that opened the article says the way back, naming that view by
        // its own mode ("COMPARE · safety" → compare).
        if liftedFor != nil, readerOnTop, views.count > 1 {
            let below = views[views.count - 2].status(over: nil, context: context).mode
            let name = below.split(separator: " ").first.map { $0.lowercased() } ?? "the view"
            result.back = "\(context.keyMap.keyLabel(for: .back, in: keyContexts)):back to \(name)"
        }
        return result
    }

    mutating func reduceTop(_ action: Action, context: ViewContext) -> [Command] {
        views[views.count - 1].reduce(action, context: context)
    }

    /// Every view lays out again, hidden ones too, so each is right when it comes back. A view that
    /// no longer fits may give way to another (`.show` from its resize): that one takes its place.
    mutating func resize(context: ViewContext) -> [Command] {
        var commands: [Command] = []
        for index in views.indices {
            for command in views[index].resize(context: context) {
                if case .navigate(.show(let replacement)) = command { views[index] = replacement } else { commands.append(command) }
            }
        }
        return commands
    }

    mutating func handle(_ event: Event, context: ViewContext) -> [Command] {
        views.indices.flatMap { views[$0].handle(event, context: context) }
    }

    mutating func pendingEffects() -> [Effect] {
        views.indices.flatMap { views[$0].pendingEffects() }
    }
}

extension ViewStack {
    mutating func push(_ view: AnyView) {
        views.append(view)
    }

    /// `view` in place of the one on top; over the reader when it is on top (and no longer lifted).
    mutating func show(_ view: AnyView) {
        if readerOnTop {
            dropToReader()
            views.append(view)
        } else {
            views[views.count - 1] = view
        }
    }

    /// Closes the top view; a lifted reader goes back beneath the views it was lifted over.
    mutating func pop() {
        if readerOnTop {
            if liftedFor != nil { lower() }
        } else {
            views.removeLast()
        }
    }

    /// Only the reader is left.
    mutating func dropToReader() {
        views = [views[readerIndex]]
        liftedFor = nil
    }

    /// The reader goes on top of the views that opened `article` in it.
    mutating func liftReader(for article: Int) {
        let reader = views.remove(at: readerIndex)
        views.append(reader)
        liftedFor = article
    }

    /// A lifted reader back at the bottom, under the views it was lifted over.
    mutating func lower() {
        guard readerOnTop, liftedFor != nil else { return }
        views.insert(views.removeLast(), at: 0)
        liftedFor = nil
    }

    /// A lifted reader that is asked to go back (Esc, `q`, ctrl-o, a second `'`, no prompt open).
    func asksToLower(_ action: Action) -> Bool {
        guard liftedFor != nil, readerOnTop, reader.prompt == nil else { return false }
        // `q` too: only the reader at the bottom quits.
        return action == .back || action == .quit || action == .jumpBack || (action == .quotePrefix && reader.pendingQuote)
    }

    /// Once a lifted reader has left the article it was lifted for, the views beneath are forgotten.
    mutating func forgetIfLeft() {
        if let article = liftedFor, readerOnTop, reader.openIndex != article { dropToReader() }
    }
}
