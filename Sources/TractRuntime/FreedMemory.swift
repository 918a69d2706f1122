import Foundation

/// Hands memory the process has freed back to the system. glibc keeps what a thread frees in that
/// thread's arena for its next allocations; after the background reader has parsed a big article the
/// transient copies it made (lines, candidates, the outline's first version) would otherwise stay
/// resident beside everything the reader allocates afterwards on its own thread.
public enum FreedMemory {
    /// `malloc_trim` and `mallopt` of the C library, looked up once (Glibc's Swift module leaves out
    /// malloc.h); nil where there are none.
    private static let trim = function("malloc_trim", as: (@convention(c) (Int) -> Int32).self)
    private static let mallopt = function("mallopt", as: (@convention(c) (Int32, Int32) -> Int32).self)

    private static func function<Function>(_ name: String, as type: Function.Type) -> Function? {
        dlsym(nil, name).map { unsafeBitCast($0, to: type) }
    }

    public static func release() {
        _ = trim?(0)
    }

    /// Blocks of 128 KB or more come from and go back to the system directly, and a free top of the
    /// heap over 1 MB is given back, always. glibc otherwise raises both limits after a big block is
    /// freed (up to 32 and 64 MB), so the 10 MB texts a big article's parse makes and drops stayed
    /// resident for the rest of the run, beside what came after.
    public static func returnBigBlocks() {
        _ = mallopt?(-3, 128 * 1024)  // M_MMAP_THRESHOLD
        _ = mallopt?(-1, 1 << 20)  // M_TRIM_THRESHOLD
    }
}
