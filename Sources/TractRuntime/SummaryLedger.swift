import Foundation
import TractCore

/// The library's summaries as a command that lists (`list`, `map`) uses them: a file whose summary
/// is kept under its current stamp is not read at all; the files read are summarised and kept for
/// the next run. Shared by the threads that read a folder.
public final class SummaryLedger: @unchecked Sendable {
    private let cache: SummaryCache
    private let kept: [String: SummaryCache.Entry]
    private let lock = NSLock()
    private var read: [SummaryCache.Entry] = []

    /// The summaries kept for the library opened on `paths` under `topicSet`, in `dataFolder`.
    public init(dataFolder: String, library paths: [String], topicSet: TopicSet) {
        cache = SummaryCache(dataFolder: dataFolder, library: paths, topicSet: topicSet)
        kept = cache.entries()
    }

    /// A stand-in for the article at `path` from its summary, when the file has not changed since.
    func standIn(for path: String, topicSet: TopicSet) -> Article? {
        guard let entry = kept[cache.absolute(path)], FileProbe.stamp(of: path) == entry.stamp else { return nil }
        return entry.summary.standIn(path: path, topicSet: topicSet)
    }

    /// Notes an article read whole, under the stamp its file had before it was read; its summary.
    func note(_ article: Article, stamp: FileProbe.Stamp?, topicSet: TopicSet) -> ArticleSummary {
        let summary = ArticleSummary(article, topicSet: topicSet)
        guard let stamp, article.isComplete else { return summary }
        lock.lock()
        read.append(SummaryCache.Entry(path: article.path, stamp: stamp, summary: summary))
        lock.unlock()
        return summary
    }

    /// Keeps what was read with what was kept, for the articles of `library`; nothing is written when
    /// nothing was read.
    public func save(_ library: Library) {
        lock.lock()
        let entries = read
        lock.unlock()
        guard !entries.isEmpty else { return }
        cache.merge(entries, files: library.articles.map(\.path))
    }
}
