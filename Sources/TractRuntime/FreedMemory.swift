import Foundation

/// Hands memory the process has freed back to the system. glibc keeps what a thread frees in that
/// thread's arena for its next allocations; after the background reader has parsed a big article the
/// transient copies it made (lines, candidates, the outline's first version) would otherwise stay
/// resident beside everything the reader allocates afterwards on its own thread.
public enum FreedMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    /// `malloc_trim` of the C library, looked up once (Glibc's Swift module leaves out malloc.h); nil
    /// where there is none.
    private static let trim: Trim? = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }

    public static func release() {
        _ = trim?(0)
    }
}
