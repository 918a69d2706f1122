import Foundation
import TractApp
import TractCore

/// Notices when the open article's file changes on disk (appended, truncated, replaced, deleted): one
/// stat at most once a second, compared with the one taken when the article was opened or reloaded.
final class OpenFileWatch {
    struct Stamp: Equatable {
        var size: Int64
        var mtime: Double
        var inode: UInt64
    }

    private var watched: (index: Int, path: String, stamp: Stamp?)?
    private var reported = false
    private var lastCheck = Date.distantPast

    /// The change to report for the article open now (`openIndex`, its file at `path`), once per change.
    func check(openIndex: Int?, path: (Int) -> String, now: Date = Date()) -> Event? {
        guard let openIndex else {
            watched = nil
            return nil
        }
        guard let current = watched, current.index == openIndex else {
            let file = path(openIndex)
            watched = (openIndex, file, Self.stamp(file))
            reported = false
            return nil
        }
        guard !reported, now.timeIntervalSince(lastCheck) >= 1 else { return nil }
        lastCheck = now
        let stamp = Self.stamp(current.path)
        guard stamp != current.stamp else { return nil }
        reported = true
        return .articleChanged(index: openIndex, gone: stamp == nil)
    }

    /// The article was read again: what is on disk now is what is shown.
    func rearm() {
        guard let current = watched else { return }
        watched = (current.index, current.path, Self.stamp(current.path))
        reported = false
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard FileName.withCString(path, { stat($0, &info) }) == 0 else { return nil }
        return Stamp(size: Int64(info.st_size), mtime: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9,
                     inode: UInt64(info.st_ino))
    }
}
