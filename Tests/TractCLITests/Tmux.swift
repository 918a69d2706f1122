import Foundation
import Testing

/// Drives the real binary inside tmux, the way a user sees it. tmux is started with posix_spawn and
/// its output goes to a file: Foundation's Process can hang on the tmux server's inherited descriptors.
/// All sessions live on a server of this test process's own, kept up by a keeper session until the
/// process ends: when a test killed the last session, tmux's server shut down and the next test's
/// new session could land on the dying server and vanish (CI saw an empty pane for 30 s).
struct Tmux {
    let session: String

    private static let socket = "/tmp/tract-e2e-\(getpid()).tmux"
    private static let keeper: Void = {
        let watch = "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; rm -f \(socket)"
        _ = try? run(["new-session", "-d", "-s", "keeper", watch])
    }()

    init(command: String, width: Int = 100, height: Int = 30) throws {
        Self.keeper
        session = "tract-e2e-\(UUID().uuidString.prefix(8))"
        let wrapped = "S=$(stty -g); \(command); echo \"[exit $?]\"; [ \"$(stty -g)\" = \"$S\" ] && echo '[tty restored]'; sleep 60"
        _ = try Self.run(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", wrapped])
    }

    /// Runs tmux with arguments and returns what it printed.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv = (["tmux", "-S", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, argv, environ)
        guard spawned == 0 else { throw TmuxError(message: "cannot start tmux (\(spawned))") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    func send(_ keys: String...) throws {
        try Self.run(["send-keys", "-t", session] + keys)
    }

    func screen() throws -> String {
        try Self.run(["capture-pane", "-p", "-t", session])
    }

    /// Polls the pane until `predicate` holds on a settled screen (no fixed sleeps); returns that screen.
    /// Settled means a second capture a moment later is the same: a frame bigger than one write can be
    /// caught half drawn (new panes above, the old status line below), and a test reading another part
    /// of the screen than the one it waited for must see the whole frame.
    /// The generous default is for a CI machine busy with other suites: a passing wait returns at once.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 30, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) {
                usleep(20_000)
                if try screen() == last { return last }
                continue
            }
            usleep(50_000)
        }
        let alive = (try? Self.run(["list-sessions", "-F", "#{session_name}"]))?.contains(session) == true
        throw TmuxError(message: "timed out waiting for \(what) (session \(alive ? "alive" : "gone")); screen was:\n\(last)")
    }

    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 30) throws -> String {
        try waitFor("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    func resize(width: Int, height: Int) throws {
        try Self.run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    func kill() { _ = try? Self.run(["kill-session", "-t", session]) }

    /// The status line (last non-empty row) of a screen.
    static func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n").last.map(String.init) ?? ""
    }

    struct TmuxError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
