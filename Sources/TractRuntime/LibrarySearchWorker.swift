import Foundation
import TractApp
import TractCore

/// Library search off the key loop. The index is opened, brought up to date and queried on a thread of
/// its own, so the reader keeps answering keys (q, Esc, typing) while a first index of thousands of
/// articles is built; what it finds is picked up by the run loop with `drain()`.
final class LibrarySearchWorker: @unchecked Sendable {
    private let index: LazySearchIndex
    private let queue = DispatchQueue(label: "tract.library-search")
    private let lock = NSLock()
    private var answers: [Event] = []
    private var progress: LoadProgress?
    private var pending = 0
    /// The newest query asked: queries typed over while the index was busy are skipped, not run.
    private var newest: (query: String, topic: String?)?

    init(index: LazySearchIndex) {
        self.index = index
    }

    /// True while a query is queued or running.
    var isBusy: Bool { locked { pending > 0 } }

    /// Queues a query; its answer (or the indexing progress before it) comes out of `drain()`.
    func ask(_ query: String, topic: String?) {
        locked {
            newest = (query, topic)
            pending += 1
        }
        queue.async { [self] in
            defer { locked { pending -= 1 } }
            guard locked({ newest.map { $0.query == query && $0.topic == topic } ?? false }) else { return }
            let answer: Event
            do {
                let opened = try index.index { done, total in self.locked { self.progress = LoadProgress(done: done, total: total) } }
                answer = .libraryResults(query: query, topic: topic, hits: try opened.search(query, topic: topic))
            } catch {
                answer = .storeFailed("search failed: " + (StoreFailure.words(for: error) ?? "\(error)"))
            }
            locked {
                progress = nil
                answers.append(answer)
            }
        }
    }

    /// The indexing progress since the last call, then the answers that arrived, in order.
    func drain() -> [Event] {
        locked {
            defer { answers = [] }
            return progress.map { [.libraryIndexing($0)] + answers } ?? answers
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
