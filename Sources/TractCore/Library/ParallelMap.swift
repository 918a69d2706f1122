import Dispatch
import Glibc

/// Per-item work of a big article (every line of 10 MB of text, every piece of 10 MB of Markdown) spread
/// over the cores in contiguous runs, the results in order. Below `minimumPerRun` items a run, it stays
/// on the calling thread: threads cost more than they save on a usual article.
public enum ParallelMap {
    /// The cores online, read once (one small file): `ProcessInfo` also weighs cgroup quotas, but making
    /// it and asking cost ~0.7 ms of every start, and a start asked a dozen times.
    public static let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    public static func map<T: Sendable>(_ count: Int, minimumPerRun: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let runs = min(cores, count / max(minimumPerRun, 1))
        guard runs > 1 else { return (0..<count).map(transform) }
        var parts = [[T]](repeating: [], count: runs)
        parts.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                output[run] = (count * run / runs..<count * (run + 1) / runs).map(transform)
            }
        }
        return parts.flatMap { $0 }
    }
}
