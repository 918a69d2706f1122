/// What the run loop needs from a terminal: its size, drawing a screen, and reading input.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Makes the terminal show `screen`.
    func draw(_ screen: Screen)
    /// The next input event, waiting at most `timeoutMilliseconds`; nil on timeout.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Input already waiting (typed or pasted ahead of the screen), without waiting for any.
    func typedAhead() -> InputEvent?
    /// True once the terminal is gone or a stop signal (SIGINT, SIGTERM, SIGHUP) arrived.
    var shouldStop: Bool { get }
}

/// A terminal in memory for tests: scripted input, the last screen drawn kept for inspection.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var screens: [Screen] = []
    private var events: [InputEvent]

    /// Whether queued input counts as typed ahead of the screen (a paste) rather than arriving one
    /// event per frame.
    public var queuedIsTypedAhead = false

    public init(size: Size, events: [InputEvent] = []) {
        self.size = size
        self.events = events
    }

    /// The last screen drawn.
    public var lastScreen: Screen? { screens.last }

    /// Queues more input.
    public func send(_ more: [InputEvent]) { events += more }

    /// Queues one character key press per character of `text` (`"jj"` is two presses of `j`); named
    /// keys such as Enter go through `send`.
    public func type(_ text: String) { events += text.map { .key(.character($0)) } }

    public func draw(_ screen: Screen) { screens.append(screen) }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !events.isEmpty else { return nil }
        let event = events.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    /// By default none: scripted input arrives one event per frame, so every event's frame is drawn.
    public func typedAhead() -> InputEvent? { queuedIsTypedAhead ? nextEvent(timeoutMilliseconds: 0) : nil }

    /// Stops once the scripted input is used up, so a test session always ends.
    public var shouldStop: Bool { events.isEmpty }
}
