import Foundation
import GRDB
import TractCore

/// A full-text index of the library's paragraphs: SQLite FTS5 through GRDB, in the data folder,
/// updated incrementally (size and modification time, then content hash) when files change.
public final class SearchIndex: @unchecked Sendable {
    let pool: DatabasePool

    /// Opens (creating when needed) `index.sqlite` in `directory`. The index is a cache: a damaged one
    /// is deleted and rebuilt.
    public init(directory: String) throws {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent("index.sqlite")
        let lock = open(path + ".lock", O_RDWR | O_CREAT, 0o644)
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer { if lock >= 0 { flock(lock, LOCK_UN); close(lock) } }
        pool = try Self.openMigrated(path: path)
    }

    private static func openMigrated(path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try migrator.migrate(pool)
            return pool
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let pool = try DatabasePool(path: path, configuration: configuration)
            try migrator.migrate(pool)
            return pool
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE document (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL,
                                       hash TEXT NOT NULL, title TEXT NOT NULL);
                CREATE TABLE passage (id INTEGER PRIMARY KEY, path TEXT NOT NULL, section INTEGER NOT NULL,
                                      paragraph INTEGER NOT NULL, line INTEGER NOT NULL, heading TEXT,
                                      topics TEXT NOT NULL, text TEXT NOT NULL);
                CREATE INDEX passage_on_path ON passage(path);
                CREATE VIRTUAL TABLE passage_fts USING fts5(heading, text, content='passage', content_rowid='id',
                                                            tokenize='unicode61 remove_diacritics 2');
                """)
        }
        return migrator
    }

    /// What an update did.
    public struct UpdateStats: Equatable, Sendable {
        public var indexed = 0
        public var unchanged = 0
        public var removed = 0
    }

    /// Brings the index in line with `paths` (absolute): new and changed files are (re)indexed with
    /// `load`, unchanged ones skipped by size and time (or hash), files no longer listed removed.
    @discardableResult
    public func update(paths: [String], load: (String) throws -> Article?) throws -> UpdateStats {
        var stats = UpdateStats()
        let known = try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT path, size, mtime, hash FROM document").reduce(into: [String: (Int64, Double, String)]()) {
                $0[$1["path"]] = ($1["size"], $1["mtime"], $1["hash"])
            }
        }
        let wanted = Set(paths)
        for path in paths {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
            let mtime = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            if let entry = known[path], entry.0 == size, entry.1 == mtime {
                stats.unchanged += 1
                continue
            }
            guard let article = try load(path) else { continue }
            if let entry = known[path], entry.2 == article.contentHash {
                try pool.write { db in
                    try db.execute(sql: "UPDATE document SET size = ?, mtime = ? WHERE path = ?", arguments: [size, mtime, path])
                }
                stats.unchanged += 1
                continue
            }
            try pool.write { db in
                try Self.remove(path, db)
                try Self.insert(article, path: path, size: size, mtime: mtime, db)
            }
            stats.indexed += 1
        }
        for path in known.keys where !wanted.contains(path) {
            try pool.write { db in try Self.remove(path, db) }
            stats.removed += 1
        }
        return stats
    }

    private static func remove(_ path: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO passage_fts(passage_fts, rowid, heading, text)
              SELECT 'delete', id, heading, text FROM passage WHERE path = ?;
            DELETE FROM passage WHERE path = ?;
            DELETE FROM document WHERE path = ?;
            """, arguments: [path, path, path])
    }

    private static func insert(_ article: Article, path: String, size: Int64, mtime: Double, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO document (path, size, mtime, hash, title) VALUES (?, ?, ?, ?, ?)",
                       arguments: [path, size, mtime, article.contentHash, article.title])
        let passage = try db.makeStatement(sql: """
            INSERT INTO passage (path, section, paragraph, line, heading, topics, text) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let fts = try db.makeStatement(sql: "INSERT INTO passage_fts (rowid, heading, text) VALUES (?, ?, ?)")
        for (sectionIndex, section) in article.sections.enumerated() {
            let sectionTopics = section.topics.map(\.id)
            for (paragraphIndex, paragraph) in section.paragraphs.enumerated() {
                let topics = Array(Set(sectionTopics + paragraph.topics.map(\.id))).sorted()
                try passage.execute(arguments: [path, sectionIndex, paragraphIndex, paragraph.line, section.heading,
                                                " " + topics.joined(separator: " ") + " ", paragraph.text])
                try fts.execute(arguments: [db.lastInsertedRowID, section.heading, paragraph.text])
            }
        }
    }
}
