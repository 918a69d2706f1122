/// What names this build of Tract: its binary's size, modification time and inode. Anything kept
/// between runs that a new build might make differently (summaries, readings) is trusted only under
/// the stamp it was made with.
public enum BuildStamp {
    /// The running binary's stamp, asked once.
    public static let current = of("/proc/self/exe")

    /// The stamp of the binary at `path`; "unknown" when it cannot be asked (nothing then matches
    /// another run's "unknown" any worse than a build that cannot be told apart).
    public static func of(_ path: String) -> String {
        FileProbe.stamp(of: path).map { "\($0.size) \($0.mtime) \($0.inode)" } ?? "unknown"
    }
}
