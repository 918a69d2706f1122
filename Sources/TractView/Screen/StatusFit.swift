import ScreenKit
import TractApp

/// Fits the status line's parts into its width, giving way in order of importance: the place is
/// shortened first, then "q:quit" goes, then the message's trailing hints, the mode's details, and
/// last the message itself is cut. The position, "?:help" and the way back always stay.
struct StatusFit {
    struct Parts {
        /// Empty when the view says where it is itself (compare's column titles).
        var place: String
        var position: String?
        var mode: String
        var message: String?
        var loading: String?
    }

    private var parts: Parts
    private var help: String?
    private var quit: String?

    /// The way back, when what is shown was opened from another view: kept like help.
    private var back: String?

    init(parts: Parts, keys: KeyMap, chain: [KeyContext], back: String? = nil) {
        self.parts = parts
        help = keys.hint(.toggleHelp, in: chain, separator: ":")
        quit = back == nil ? keys.hint(.quit, in: chain, separator: ":") : nil
        self.back = back
    }

    /// The text from the left edge: " place │ position │ mode │ message │ loading".
    var left: String {
        let details = [parts.position, parts.mode, parts.message, parts.loading].compactMap { $0 }
        return " " + (parts.place.isEmpty ? "" : parts.place + " │ ") + details.joined(separator: " │ ")
    }

    /// The key hints at the right edge.
    var hints: String {
        let shown = [back, help, quit].compactMap { $0 }
        return shown.isEmpty ? "" : " " + shown.joined(separator: " ") + " "
    }

    private func overflow(_ width: Int) -> Int {
        DisplayWidth.of(left) + DisplayWidth.of(hints) - width
    }

    mutating func fit(width: Int) {
        var excess = overflow(width)
        guard excess > 0 else { return }
        let placeWidth = DisplayWidth.of(parts.place)
        parts.place = TextWrapper.truncate(parts.place, width: max(placeWidth - excess, min(placeWidth, 8)))
        if overflow(width) > 0 { quit = nil }
        while overflow(width) > 0, let message = parts.message, let cut = message.range(of: " · ", options: .backwards) {
            parts.message = String(message[..<cut.lowerBound])
        }
        while overflow(width) > 0, let cut = parts.mode.range(of: " · ", options: .backwards) {
            parts.mode = String(parts.mode[..<cut.lowerBound])
        }
        excess = overflow(width)
        if excess > 0, let message = parts.message {
            parts.message = TextWrapper.truncate(message, width: max(DisplayWidth.of(message) - excess, 1))
        }
    }
}
