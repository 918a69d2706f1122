/// What the reader knows of the open article's file since it was read: unchanged, changed or gone.
/// The run loop watches the file (OpenFileWatch); this says what the reader is told.
public struct FileWatch: Equatable, Sendable {
    /// The file changed on disk since it was read (until it is reloaded or another opens).
    public internal(set) var changedOnDisk = false

    /// The file of `title` changed or went away; `reload` is the key that reads it again.
    mutating func changed(title: String, gone: Bool, reload: String) -> String {
        changedOnDisk = true
        return gone ? "\(title) is gone from disk: the copy read before stays on screen" : "changed on disk — \(reload) to reload"
    }

    /// The status line's note while the file is changed.
    func statusNote(reload: String) -> String? {
        changedOnDisk ? "changed on disk: \(reload) reloads" : nil
    }

    /// A fresh read (reload, or another article opened).
    mutating func read() {
        changedOnDisk = false
    }
}
