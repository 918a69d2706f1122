import Foundation
import GRDB
import TractCore

/// A full-text index of the library's paragraphs: SQLite FTS5 through GRDB, in the data folder,
/// updated incrementally (size and modification time, then content hash) when files change.
public final class SearchIndex: @unchecked Sendable {
    let pool: any DatabaseWriter
    private let path: String
    /// Whether opening read every page to look for damage (`PRAGMA quick_check`).
    public let checkedOnOpen: Bool
    /// Why the index is kept in memory for this run only (a read-only or full data folder); nil when it
    /// is the data folder's file.
    public let unkept: String?

    /// Opens (creating when needed) `index.sqlite` in `directory`. The index is a cache: a damaged one
    /// is deleted and rebuilt. Its pages are checked unless the file is as this class left it when it
    /// last closed it (`index.sqlite.closed` holds its size, time and inode then): the check reads the
    /// whole file, ~0.3–0.8 s of every warm open of a 20,000-article index (311 MB).
    public convenience init(directory: String) throws {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = FileProbe.path("index.sqlite", in: directory)
        let unchanged = Self.closedStamp(of: path).map { $0 == FileProbe.stamp(of: path) } ?? false
        try? FileManager.default.removeItem(atPath: path + ".closed")  // open now: a crash leaves no stamp
        // SQLite writes beside its file even to read it (WAL): a folder it cannot write gets an index in
        // memory, built for this run, rather than an error.
        if access(directory, W_OK) != 0 || (FileProbe.kind(of: path) == .regular && access(path, W_OK) != 0) {
            try self.init(inMemory: "the data folder \(directory) cannot be written")
            return
        }
        let pool: DatabasePool
        do {
            pool = try FileLock.holding(path + ".lock") { try Self.openMigrated(path: path, check: !unchanged) }
        } catch let error as DatabaseError where Self.unwritable.contains(error.resultCode) {
            try self.init(inMemory: StoreFailure.describe(error))
            return
        }
        self.init(pool: pool, path: path, checkedOnOpen: !unchanged, unkept: nil)
    }

    /// An index in memory, for when the data folder cannot keep one (`reason` says why).
    public convenience init(inMemory reason: String) throws {
        let queue = try DatabaseQueue()
        try Self.migrator.migrate(queue)
        self.init(pool: queue, path: "", checkedOnOpen: false, unkept: reason)
    }

    private init(pool: any DatabaseWriter, path: String, checkedOnOpen: Bool, unkept: String?) {
        (self.pool, self.path, self.checkedOnOpen, self.unkept) = (pool, path, checkedOnOpen, unkept)
    }

    /// The index in `directory` brought up to date with `paths`. When the data folder fills or turns
    /// read-only while it is written, the kept index is left as it was and one in memory, built now,
    /// answers instead (`unkept` says why).
    public static func updated(directory: String, paths: [String], progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
                               load: @Sendable (String, Vocabulary) throws -> Article?) throws -> SearchIndex {
        let index = try SearchIndex(directory: directory)
        do {
            _ = try index.update(paths: paths, progress: progress, load: load)
            return index
        } catch let error as DatabaseError where unwritable.contains(error.resultCode) {
            let memory = try SearchIndex(inMemory: "cannot update the index: " + StoreFailure.describe(error, folder: directory))
            _ = try memory.update(paths: paths, progress: progress, load: load)
            return memory
        }
    }

    /// The failures that mean the data folder cannot keep an index now (full, read-only, not there).
    public static let unwritable: [ResultCode] = [.SQLITE_READONLY, .SQLITE_FULL, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR]

    /// Closes the database, then writes down how the file looks, so the next open can skip its check.
    deinit {
        guard unkept == nil, (try? pool.close()) != nil, let stamp = FileProbe.stamp(of: path) else { return }
        try? "\(stamp.size) \(stamp.mtime) \(stamp.inode)".write(toFile: path + ".closed", atomically: true, encoding: .utf8)
    }

    private static func closedStamp(of path: String) -> FileProbe.Stamp? {
        guard let text = try? String(contentsOfFile: path + ".closed", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count == 3, let size = Int64(fields[0]), let mtime = Double(fields[1]), let inode = UInt64(fields[2]) else {
            return nil
        }
        return FileProbe.Stamp(size: size, mtime: mtime, inode: inode)
    }

    private static func openMigrated(path: String, check: Bool) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            // Damaged pages behind a sound header would fail every later search: found now, rebuilt.
            if check, try pool.read({ try String.fetchOne($0, sql: "PRAGMA quick_check") }) != "ok" {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "quick_check failed")
            }
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
        // Topics indexed with the words (weight 0 in the ranking), each id one token (`futureresearch`),
        // so narrowing to a topic happens inside FTS5, with no passage row read per match. The index
        // is a cache: it is emptied here and filled again by the next update.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                DROP TABLE passage_fts;
                DELETE FROM passage;
                DELETE FROM document;
                ALTER TABLE passage ADD COLUMN topic_words TEXT NOT NULL DEFAULT '';
                CREATE VIRTUAL TABLE passage_fts USING fts5(heading, text, topic_words, content='passage', content_rowid='id',
                                                            tokenize='unicode61 remove_diacritics 2');
                """)
        }
        // Passages are kept with compatibility forms as their letters (NFKC), so "first" finds the
        // "ﬁrst" of a PDF; indexes made before are emptied and filled again.
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                DROP TABLE passage_fts;
                DELETE FROM passage;
                DELETE FROM document;
                CREATE VIRTUAL TABLE passage_fts USING fts5(heading, text, topic_words, content='passage', content_rowid='id',
                                                            tokenize='unicode61 remove_diacritics 2');
                """)
        }
        // Each passage carries its article's authors' surnames and year (`about`), so "Keeper 2016" or
        // "Keeper sleep" finds that article's passages.
        migrator.registerMigration("v4") { db in
            try db.execute(sql: """
                DROP TABLE passage_fts;
                DELETE FROM passage;
                DELETE FROM document;
                ALTER TABLE passage ADD COLUMN about TEXT NOT NULL DEFAULT '';
                CREATE VIRTUAL TABLE passage_fts USING fts5(heading, text, topic_words, about, content='passage', content_rowid='id',
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
    /// `load` runs on all cores, each worker with its own vocabulary; `progress` hears (read, to read)
    /// as files are read, from those workers.
    @discardableResult
    public func update(paths: [String], progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
                       load: @Sendable (String, Vocabulary) throws -> Article?) throws -> UpdateStats {
        var stats = UpdateStats()
        let known = try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT path, size, mtime, hash FROM document").reduce(into: [String: (Int64, Double, String)]()) {
                $0[$1["path"]] = ($1["size"], $1["mtime"], $1["hash"])
            }
        }
        var candidates: [Candidate] = []
        for path in paths {
            let stamp = FileProbe.stamp(of: path)
            let (size, mtime) = (stamp?.size ?? -1, stamp?.mtime ?? 0)
            if let entry = known[path], entry.0 == size, entry.1 == mtime { stats.unchanged += 1 } else { candidates.append((path, size, mtime)) }
        }
        try build(candidates, knownHashes: known.mapValues(\.2), stats: &stats, progress: progress, load: load)
        let wanted = Set(paths)
        let gone = known.keys.filter { !wanted.contains($0) }
        if !gone.isEmpty {
            try pool.write { db in for path in gone { try Self.remove(path, db) } }
            stats.removed = gone.count
        }
        return stats
    }

    static func remove(_ path: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO passage_fts(passage_fts, rowid, heading, text, topic_words, about)
              SELECT 'delete', id, heading, text, topic_words, about FROM passage WHERE path = ?;
            DELETE FROM passage WHERE path = ?;
            DELETE FROM document WHERE path = ?;
            """, arguments: [path, path, path])
    }

    /// Forgets `path`, so the next update reads it again (its metadata was corrected).
    public func forget(_ path: String) throws {
        try pool.write { db in try Self.remove(path, db) }
    }
}
