import Foundation

/// An exclusive lock on a file beside a database, held while it is opened and migrated, so two
/// Tract processes never create the same tables at once. The kernel drops it if the holder dies.
enum FileLock {
    static func holding<T>(_ path: String, _ body: () throws -> T) rethrows -> T {
        let descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        if descriptor >= 0 { flock(descriptor, LOCK_EX) }
        defer { if descriptor >= 0 { flock(descriptor, LOCK_UN); close(descriptor) } }
        return try body()
    }
}
