/// Where the reader has been: each article's last reading place this session (or saved before), and
/// the place `''` or ctrl-o goes back to.
public struct JumpList: Equatable, Sendable {
    /// Reading positions of articles opened earlier in this session (or saved before), by path.
    public internal(set) var positions: [String: Position] = [:]
    /// Where `''` (or ctrl-o) returns to.
    public internal(set) var back: JumpTarget?
    /// True after a first `'`, waiting for the second.
    public internal(set) var pendingQuote = false

    /// A place to come back to, before a jump.
    mutating func remember(article: Int?, at position: Position) {
        if let article { back = JumpTarget(article: article, position: position) }
    }

    /// `'`: the first waits for a second; true when this one completes the pair.
    mutating func quote() -> Bool {
        pendingQuote.toggle()
        return !pendingQuote
    }

    /// Saved places taken up for articles that have none yet this session.
    mutating func adopt(_ saved: [String: Position], articlePaths: [(absolute: String, path: String)]) {
        for paths in articlePaths {
            if let place = saved[paths.absolute], positions[paths.path] == nil { positions[paths.path] = place }
        }
    }
}
