import Foundation

/// Runs a helper program (pdftohtml) so that it can always be stopped: started with default signal
/// dispositions and an empty signal mask (a reader blocks signals a child must not inherit), in a
/// process group of its own that is killed whole — on a time limit, an output cap, or when Tract
/// exits — and, where util-linux's `setpriv` is installed, killed by the kernel if Tract itself dies.
/// Its output goes to a private file (0600) that is always removed.
enum ChildProcess {
    struct Outcome {
        var status: Int32
        var output: [UInt8]
        var errors: String
        /// The program was stopped at the output cap: `output` is its first `cap` bytes.
        var cut = false
    }

    enum Failure: Error {
        case timedOut
        case cannotStart(String)
    }

    /// Runs `program` with `arguments`, its output written into `folder`, at most `seconds` long; past
    /// `cap` bytes of output it is stopped and what it wrote up to the cap is its outcome.
    static func run(_ program: String, _ arguments: [String], in folder: String, seconds: Double, cap: Int) throws -> Outcome {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let stem = "\(folder)/.run-\(getpid())-\(UUID().uuidString)"
        let (outputPath, errorPath) = (stem + ".out", stem + ".err")
        defer { unlink(outputPath); unlink(errorPath) }
        let output = open(outputPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        let errors = open(errorPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard output >= 0, errors >= 0 else {
            if output >= 0 { close(output) }
            if errors >= 0 { close(errors) }
            throw Failure.cannotStart("cannot write in \(folder) (\(String(cString: strerror(errno))))")
        }
        let pid = try spawn(program, arguments, output: output, errors: errors)
        close(output)
        close(errors)
        Running.shared.add(pid)
        defer { Running.shared.remove(pid) }
        let status = try wait(for: pid, outputPath: outputPath, seconds: seconds, cap: cap)
        let bytes = (try? Data(contentsOf: URL(fileURLWithPath: outputPath))).map { [UInt8]($0) } ?? []
        let message = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        guard let status else { return Outcome(status: 0, output: Array(bytes.prefix(cap)), errors: message, cut: true) }
        return Outcome(status: status, output: bytes, errors: message)
    }

    /// Starts the program in a new process group with default signals, behind `setpriv --pdeathsig`
    /// when there is one.
    private static func spawn(_ program: String, _ arguments: [String], output: Int32, errors: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, errors, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        let guardian = "/usr/bin/setpriv"
        let argv = FileManager.default.isExecutableFile(atPath: guardian)
            ? [guardian, "--pdeathsig", "KILL", "--", program] + arguments : [program] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, environ)
        guard result == 0 else { throw Failure.cannotStart(String(cString: strerror(result))) }
        return pid
    }

    /// Waits for the child and gives its exit status, or nil when it was stopped at the output cap;
    /// past the time limit or the cap its whole group is killed.
    private static func wait(for pid: pid_t, outputPath: String, seconds: Double, cap: Int) throws -> Int32? {
        let started = Date()
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date().timeIntervalSince(started) > seconds { stop(pid); throw Failure.timedOut }
            if FileProbe.size(of: outputPath) > cap { stop(pid); return nil }
            usleep(10_000)
        }
        // Anything the program left running in its group goes with it.
        kill(-pid, SIGKILL)
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Kills the child's whole group and reaps it.
    private static func stop(_ pid: pid_t) {
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// The process groups started and not yet ended, killed when Tract exits however it returns.
    final class Running: @unchecked Sendable {
        static let shared = Running()
        private let lock = NSLock()
        private var groups: Set<pid_t> = []

        private init() {
            atexit { ChildProcess.Running.shared.killAll() }
        }

        func add(_ pid: pid_t) { lock.lock(); groups.insert(pid); lock.unlock() }
        func remove(_ pid: pid_t) { lock.lock(); groups.remove(pid); lock.unlock() }

        func killAll() {
            lock.lock()
            let all = groups
            lock.unlock()
            for group in all { kill(-group, SIGKILL) }
        }
    }
}
