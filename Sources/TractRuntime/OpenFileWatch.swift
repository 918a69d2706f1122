import Foundation
import TractApp
import TractCore

/// Notices when the open article's file changes on disk (appended, truncated, replaced, deleted): one
/// stat at most once a second, compared with the one taken when the article was opened or reloaded.
final class OpenFileWatch {
    private var watched: (index: Int, path: String, stamp: FileProbe.Stamp?)?
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
            watched = (openIndex, file, FileProbe.stamp(of: file))
            reported = false
            return nil
        }
        guard !reported, now.timeIntervalSince(lastCheck) >= 1 else { return nil }
        lastCheck = now
        let stamp = FileProbe.stamp(of: current.path)
        guard stamp != current.stamp else { return nil }
        reported = true
        return .articleChanged(index: openIndex, gone: stamp == nil)
    }

    /// The article was read again: what is on disk now is what is shown.
    func rearm() {
        guard let current = watched else { return }
        watched = (current.index, current.path, FileProbe.stamp(of: current.path))
        reported = false
    }
}
