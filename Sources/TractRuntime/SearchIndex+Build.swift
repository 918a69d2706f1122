import Foundation
import GRDB
import TractCore

/// One file as the index keeps it: its rows made ready (text folded, topics spelled as words) on a
/// reading thread, so the one thread that writes SQLite does nothing else.
struct IndexRows: Sendable {
    struct Passage: Sendable {
        let section: Int
        let paragraph: Int
        let line: Int
        let heading: String?
        let topics: String
        let text: String
        let words: String
    }

    let path: String
    let size: Int64
    let mtime: Double
    let hash: String
    let title: String
    /// The authors' family names and the year, as one line of words.
    let about: String
    let passages: [Passage]

    init(_ article: Article, file: SearchIndex.Candidate) {
        (path, size, mtime) = (file.path, file.size, file.mtime)
        (hash, title) = (article.contentHash, article.title)
        let record = BibliographicRecord(article: article)
        about = SearchFold.compatible((record.authors.map(\.family) + [record.year.map(String.init)].compactMap { $0 }).joined(separator: " "))
        var passages: [Passage] = []
        for (sectionIndex, section) in article.sections.enumerated() {
            let sectionTopics = section.topics.map(\.id)
            let heading = section.heading.map(SearchFold.compatible)
            for (paragraphIndex, paragraph) in section.paragraphs.enumerated() {
                let topics = Array(Set(sectionTopics + paragraph.topics.map(\.id))).sorted()
                passages.append(Passage(section: sectionIndex, paragraph: paragraphIndex, line: paragraph.line, heading: heading,
                                        topics: " " + topics.joined(separator: " ") + " ",
                                        text: SearchFold.compatible(String(paragraph.text)),
                                        words: topics.map(SearchIndex.topicWord).joined(separator: " ")))
            }
        }
        self.passages = passages
    }
}

extension SearchIndex {
    /// A file to (re)index, with the size and time it had when listed.
    typealias Candidate = (path: String, size: Int64, mtime: Double)

    /// Files are read and written a chunk at a time: the next chunk is read on the other cores while
    /// this one is written, so neither waits for the other, and only two chunks are ever held.
    static let chunk = 256

    /// Reads `candidates` with `load` on all cores and writes them, overlapping the two. A file whose
    /// content hash is what the index holds only has its size and time brought up to date.
    func build(_ candidates: [Candidate], knownHashes: [String: String], stats: inout UpdateStats,
               progress: @Sendable (Int, Int) -> Void, load: @Sendable (String, Vocabulary) throws -> Article?) throws {
        let counter = ProgressCounter()
        nonisolated(unsafe) let vocabularies = (0..<ParallelMap.cores).map { _ in Vocabulary() }
        var written: [IndexRows?] = []
        nonisolated(unsafe) var failure: (any Error)?
        let chunks = stride(from: 0, to: candidates.count, by: Self.chunk).map { candidates[$0..<min($0 + Self.chunk, candidates.count)] }
        for next in chunks.map(Optional.some) + [nil] {
            var read = [IndexRows?](repeating: nil, count: next?.count ?? 0)
            let taken = ProgressCounter()
            read.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let output = buffer
                let writing = written
                // Slot 0 writes the chunk read before; the others take this chunk's files one by one.
                DispatchQueue.concurrentPerform(iterations: 1 + vocabularies.count) { slot in
                    if slot == 0 {
                        do { try write(writing, knownHashes: knownHashes) } catch { failure = error }
                        return
                    }
                    guard let next else { return }
                    while case let index = taken.increment() - 1, index < next.count {
                        let file = next[next.startIndex + index]
                        output[index] = ((try? load(file.path, vocabularies[slot - 1])) ?? nil).map { IndexRows($0, file: file) }
                        progress(counter.increment(), candidates.count)
                    }
                }
            }
            if let failure { throw failure }
            for rows in written.compactMap({ $0 }) {
                if knownHashes[rows.path] == rows.hash { stats.unchanged += 1 } else { stats.indexed += 1 }
            }
            written = read
        }
    }

    /// Writes one chunk in one transaction: a transaction per file would spend the time on commits.
    private func write(_ chunk: [IndexRows?], knownHashes: [String: String]) throws {
        let files = chunk.compactMap { $0 }
        guard !files.isEmpty else { return }
        try pool.write { db in
            for rows in files {
                switch knownHashes[rows.path] {
                case rows.hash?:
                    try db.execute(sql: "UPDATE document SET size = ?, mtime = ? WHERE path = ?", arguments: [rows.size, rows.mtime, rows.path])
                    continue
                case .some:
                    try Self.remove(rows.path, db)
                case nil:
                    break
                }
                try Self.insert(rows, db)
            }
        }
    }

    private static func insert(_ rows: IndexRows, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO document (path, size, mtime, hash, title) VALUES (?, ?, ?, ?, ?)",
                       arguments: [rows.path, rows.size, rows.mtime, rows.hash, rows.title])
        let passage = try db.cachedStatement(sql: """
            INSERT INTO passage (path, section, paragraph, line, heading, topics, text, topic_words, about)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let fts = try db.cachedStatement(sql: "INSERT INTO passage_fts (rowid, heading, text, topic_words, about) VALUES (?, ?, ?, ?, ?)")
        for row in rows.passages {
            try passage.execute(arguments: [rows.path, row.section, row.paragraph, row.line, row.heading, row.topics, row.text,
                                            row.words, rows.about])
            try fts.execute(arguments: [db.lastInsertedRowID, row.heading, row.text, row.words, rows.about])
        }
    }
}

/// A count shared by worker threads.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }
}
