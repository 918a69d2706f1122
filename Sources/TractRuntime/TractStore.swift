import Foundation
import GRDB
import TractCore

/// Tract's one database: bookmarks and reading positions, in SQLite through GRDB (WAL, append-only
/// migrations). Every write is one transaction; a method returns only after it has committed.
public final class TractStore: @unchecked Sendable {
    /// The database file.
    public let path: String
    /// Set when the store is read-only, with the reason to show the user.
    public private(set) var readOnlyReason: String?
    /// Set when a damaged file was moved aside on open, with where it went.
    public private(set) var setAsideNotice: String?
    private let pool: DatabasePool

    /// Opens (creating when needed) `tract.sqlite` in `directory`.
    public init(directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw TractError("cannot create the data folder \(directory)")
        }
        let file = (directory as NSString).appendingPathComponent("tract.sqlite")
        path = file
        if !Self.canWrite(directory: directory, file: file) {
            (pool, snapshot) = try Self.openSnapshot(of: file)
            readOnlyReason = "\(directory) is read-only: bookmarks are shown but cannot be changed"
            return
        }
        do {
            (pool, readOnlyReason, setAsideNotice) = try FileLock.holding(file + ".lock") { try Self.openMigrated(path: file) }
        } catch let failure as Unwritable {
            // A full disk cannot take the files SQLite writes beside the database even to read it: the
            // bookmarks are read from a private copy elsewhere (the temporary folder), and shown as such.
            guard let (pool, copy) = try? Self.openSnapshot(of: file) else {
                throw TractError("cannot open \(file): \(failure.reason)")
            }
            (self.pool, snapshot) = (pool, copy)
            readOnlyReason = "\(failure.reason): bookmarks are shown but cannot be changed"
        }
    }

    /// The database could not be opened for writing although it is there (disk full, I/O failure).
    struct Unwritable: Error {
        let reason: String
    }

    /// The database opened from a private copy (see `snapshot(of:)`), and the copy's folder.
    private static func openSnapshot(of file: String) throws -> (DatabasePool, String) {
        let copy = try snapshot(of: file)
        do {
            return (try openMigrated(path: copy + "/tract.sqlite").0, copy)
        } catch {
            try? FileManager.default.removeItem(atPath: copy)
            throw error
        }
    }

    /// A copy made to read a store in a folder Tract cannot write to (SQLite's WAL needs to write beside
    /// the file even to read it); removed when the store goes.
    private var snapshot: String?

    deinit {
        if let snapshot { try? FileManager.default.removeItem(atPath: snapshot) }
    }

    private static func canWrite(directory: String, file: String) -> Bool {
        access(directory, W_OK) == 0 && (access(file, F_OK) != 0 || access(file, W_OK) == 0)
    }

    /// Copies the database (and its write-ahead log) into a private temporary folder.
    private static func snapshot(of file: String) throws -> String {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("tract-read-only-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: file + suffix) {
                try FileManager.default.copyItem(atPath: file + suffix, toPath: folder + "/tract.sqlite" + suffix)
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder + "/tract.sqlite" + suffix)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw TractError("cannot read \(file): \(error.localizedDescription)")
        }
        return folder
    }

    /// Opens and migrates the database. A database from a newer Tract opens read-only; a damaged file
    /// is moved aside (never deleted) and a new one started, with a notice saying where it went.
    private static func openMigrated(path: String) throws -> (DatabasePool, String?, String?) {
        do {
            let pool = try openPool(path: path, readonly: false)
            // A file with a sound header but damaged pages opens, and fails later on some reads while
            // writes still go in: the quick check finds it now, and it is moved aside like any other.
            if try pool.read({ try String.fetchOne($0, sql: "PRAGMA quick_check") }) != "ok" {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "quick_check failed")
            }
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                return (try openPool(path: path, readonly: true), "\(path) was written by a newer Tract; bookmarks are read-only", nil)
            }
            try migrator.migrate(pool)
            return (pool, nil, nil)
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            let aside = path + ".corrupt-\(Int(Date().timeIntervalSince1970))"
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
            }
            let pool = try openPool(path: path, readonly: false)
            try migrator.migrate(pool)
            return (pool, nil, "\(path) was damaged and was moved to \(aside); started a new database")
        } catch let error as DatabaseError where [.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_CANTOPEN].contains(error.resultCode) {
            throw Unwritable(reason: StoreFailure.describe(error, folder: (path as NSString).deletingLastPathComponent))
        } catch let error as DatabaseError {
            throw TractError("cannot open \(path): \(StoreFailure.describe(error))")
        }
    }

    private static func openPool(path: String, readonly: Bool) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .timeout(10)  // two Tract processes wait for each other, never lose a write
        return try DatabasePool(path: path, configuration: configuration)
    }

    /// Append-only: never edit a shipped migration, add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "bookmark") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("path", .text).notNull().indexed()
                table.column("contentHash", .text).notNull()
                table.column("quote", .text).notNull()
                table.column("before", .text).notNull()
                table.column("after", .text).notNull()
                table.column("ordinal", .integer).notNull()
                table.column("paragraphCount", .integer).notNull()
                table.column("line", .integer).notNull()
                table.column("section", .text)
                table.column("note", .text).notNull()
                table.column("created", .text).notNull()
            }
        }
        migrator.registerMigration("v2") { db in
            try db.alter(table: "bookmark") { table in table.add(column: "topic", .text) }
            try db.create(table: "readingPosition") { table in
                table.primaryKey("path", .text)
                table.column("block", .integer).notNull()
                table.column("row", .integer).notNull()
            }
        }
        migrator.registerMigration("v3") { db in
            // Which article was read last (the reader reopens it), and what was typed into each prompt.
            try db.alter(table: "readingPosition") { table in table.add(column: "readOrder", .integer).notNull().defaults(to: 0) }
            try db.create(table: "promptHistory") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("kind", .text).notNull().indexed()
                table.column("entry", .text).notNull()
            }
        }
        migrator.registerMigration("v4") { db in
            // A user's corrections of an article's metadata, by absolute path (`tract meta`).
            try db.create(table: "metadataCorrection") { table in
                table.column("path", .text).notNull()
                table.column("field", .text).notNull()
                table.column("value", .text).notNull()
                table.primaryKey(["path", "field"])
            }
        }
        return migrator
    }

    // MARK: Bookmarks

    /// Saves a new bookmark; returns it with its id and creation time once committed. An imported
    /// bookmark keeps the time it was made (`keepCreated`).
    public func add(_ draft: Bookmark, keepCreated: Bool = false) throws -> Bookmark {
        try write { db in
            var bookmark = draft
            if !keepCreated || bookmark.created.isEmpty { bookmark.created = ISO8601DateFormatter().string(from: Date()) }
            try bookmark.insert(db)
            return bookmark
        }
    }

    /// All bookmarks, newest first.
    public func bookmarks() throws -> [Bookmark] {
        try pool.read { db in
            try Bookmark.order(Column("id").desc).fetchAll(db)
        }
    }

    /// The bookmark with this id, if any.
    public func bookmark(id: Int64) throws -> Bookmark? {
        try pool.read { db in try Bookmark.fetchOne(db, key: id) }
    }

    /// Deletes a bookmark; returns what was deleted (for undo), nil if there was none.
    @discardableResult
    public func remove(id: Int64) throws -> Bookmark? {
        try write { db in
            guard let bookmark = try Bookmark.fetchOne(db, key: id) else { return nil }
            try bookmark.delete(db)
            return bookmark
        }
    }

    /// Puts a deleted bookmark back with its id (undo).
    public func restore(_ bookmark: Bookmark) throws {
        try write { db in
            var restored = bookmark
            try restored.insert(db)
        }
    }

    /// Replaces a bookmark's note.
    public func updateNote(id: Int64, note: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE bookmark SET note = ? WHERE id = ?", arguments: [note, id])
        }
    }

    /// Moves a bookmark to a new passage (re-attaching an orphan), keeping its id, note and date.
    public func reattach(id: Int64, to passage: Bookmark) throws {
        try write { db in
            guard let old = try Bookmark.fetchOne(db, key: id) else { return }
            var moved = passage
            (moved.id, moved.note, moved.created) = (id, old.note, old.created)
            try moved.update(db)
        }
    }

    // MARK: Reading positions

    /// Saves where an article was being read; it becomes the article read last.
    public func savePosition(path: String, block: Int, row: Int) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO readingPosition (path, block, row, readOrder)
                VALUES (?, ?, ?, (SELECT COALESCE(MAX(readOrder), 0) + 1 FROM readingPosition))
                ON CONFLICT(path) DO UPDATE SET block = excluded.block, row = excluded.row, readOrder = excluded.readOrder
                """, arguments: [path, block, row])
        }
    }

    /// The absolute path of the article whose position was saved last.
    public func lastRead() throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT path FROM readingPosition ORDER BY readOrder DESC LIMIT 1")
        }
    }

    // MARK: Prompt history

    /// How many entries each prompt keeps.
    public static let historyLimit = 100

    /// Adds an entry to a prompt's history (moving it to the end if it was there), keeping the newest.
    public func addHistory(kind: String, entry: String) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM promptHistory WHERE kind = ? AND entry = ?", arguments: [kind, entry])
            try db.execute(sql: "INSERT INTO promptHistory (kind, entry) VALUES (?, ?)", arguments: [kind, entry])
            try db.execute(sql: """
                DELETE FROM promptHistory WHERE kind = ? AND id NOT IN
                (SELECT id FROM promptHistory WHERE kind = ? ORDER BY id DESC LIMIT ?)
                """, arguments: [kind, kind, Self.historyLimit])
        }
    }

    /// Each prompt's history, oldest first.
    public func history() throws -> [String: [String]] {
        try pool.read { db in
            var out: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT kind, entry FROM promptHistory ORDER BY id") {
                out[row["kind"], default: []].append(row["entry"])
            }
            return out
        }
    }

    /// Saved reading positions by absolute path.
    public func positions() throws -> [String: (block: Int, row: Int)] {
        try pool.read { db in
            var out: [String: (Int, Int)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, block, row FROM readingPosition") {
                out[row["path"]] = (row["block"], row["row"])
            }
            return out
        }
    }

    /// When each article was last read: absolute path to a count that grows with each save.
    public func readOrders() throws -> [String: Int] {
        try pool.read { db in
            var out: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, readOrder FROM readingPosition") { out[row["path"]] = row["readOrder"] }
            return out
        }
    }

    /// `PRAGMA integrity_check`'s verdict ("ok" when sound).
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read(body)
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        if let readOnlyReason { throw TractError(readOnlyReason) }
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw TractError("cannot write \(path): \(StoreFailure.describe(error))")
        }
    }

    /// The data folder: `--data-dir`, else `TRACT_DATA_DIR`, else `$XDG_DATA_HOME/tract`, else `~/.local/share/tract`.
    public static func directory(override: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let override, !override.isEmpty { return override }
        if let dir = environment["TRACT_DATA_DIR"], !dir.isEmpty { return dir }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/tract" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/tract"
    }
}

/// A bookmark is stored as it is: its Codable fields are the `bookmark` table's columns.
extension Bookmark: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "bookmark"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
