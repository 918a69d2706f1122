import Foundation
import GRDB
import Testing
import TractCore
@testable import TractRuntime

/// The SQLite store: round trips, migrations, newer and damaged databases.
@Suite struct StoreTests {
    private func folder() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tract-store-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func sample(_ note: String = "note") -> Bookmark {
        Bookmark(path: "/a.txt", contentHash: "abc", quote: "Quoted text.", before: "before", after: "after", ordinal: 3,
                 paragraphCount: 1, line: 7, section: "Risks", topic: "safety", note: note)
    }

    @Test func roundTripEditDeleteRestore() throws {
        let store = try TractStore(directory: folder())
        let saved = try store.add(sample())
        let id = try #require(saved.id)
        #expect(!saved.created.isEmpty)
        #expect(try store.bookmarks() == [saved])
        try store.updateNote(id: id, note: "changed")
        #expect(try store.bookmark(id: id)?.note == "changed")
        let removed = try #require(try store.remove(id: id))
        #expect(try store.bookmarks().isEmpty)
        #expect(try store.remove(id: id) == nil)
        try store.restore(removed)
        #expect(try store.bookmarks() == [removed])
        var moved = sample()
        moved.line = 99
        try store.reattach(id: id, to: moved)
        let reattached = try #require(try store.bookmark(id: id))
        #expect(reattached.line == 99 && reattached.note == "changed" && reattached.created == removed.created)
    }

    @Test func newestFirstAndPositions() throws {
        let store = try TractStore(directory: folder())
        _ = try store.add(sample("first"))
        _ = try store.add(sample("second"))
        #expect(try store.bookmarks().map(\.note) == ["second", "first"])
        try store.savePosition(path: "/a.txt", block: 4, row: 2)
        try store.savePosition(path: "/a.txt", block: 5, row: 0)
        #expect(try store.positions()["/a.txt"].map { [$0.block, $0.row] } == [5, 0])
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func migratesAVersionOneDatabase() throws {
        let directory = folder()
        let path = directory + "/tract.sqlite"
        // A database exactly as Tract's first schema left it, with one bookmark.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE bookmark (id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, contentHash TEXT NOT NULL,
                  quote TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL, ordinal INTEGER NOT NULL,
                  paragraphCount INTEGER NOT NULL, line INTEGER NOT NULL, section TEXT, note TEXT NOT NULL, created TEXT NOT NULL);
                CREATE INDEX bookmark_on_path ON bookmark(path);
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1');
                INSERT INTO bookmark (path, contentHash, quote, before, after, ordinal, paragraphCount, line, section, note, created)
                  VALUES ('/old.txt', 'h', 'Old quote.', '', '', 0, 1, 1, NULL, 'kept', '2025-01-01T00:00:00Z');
                """)
        }
        try queue.close()
        let store = try TractStore(directory: directory)
        let bookmarks = try store.bookmarks()
        #expect(bookmarks.count == 1)
        #expect(bookmarks.first?.note == "kept" && bookmarks.first?.topic == nil)
        try store.savePosition(path: "/old.txt", block: 1, row: 0)  // v2's table exists
        #expect(store.readOnlyReason == nil)
    }

    @Test func databaseFromANewerTractOpensReadOnly() throws {
        let directory = folder()
        do {
            let store = try TractStore(directory: directory)
            _ = try store.add(sample())
        }
        let queue = try DatabaseQueue(path: directory + "/tract.sqlite")
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')") }
        try queue.close()
        let store = try TractStore(directory: directory)
        #expect(store.readOnlyReason?.contains("newer Tract") == true)
        #expect(try store.bookmarks().count == 1)
        #expect(throws: TractError.self) { try store.add(sample()) }
    }

    @Test func damagedFileIsSetAsideNotReplacedSilently() throws {
        let directory = folder()
        let path = directory + "/tract.sqlite"
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: path))
        let store = try TractStore(directory: directory)
        let notice = try #require(store.setAsideNotice)
        #expect(notice.contains("moved to"))
        let files = try FileManager.default.contentsOfDirectory(atPath: directory)
        let aside = try #require(files.first { $0.hasPrefix("tract.sqlite.corrupt-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") })
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + aside)) == Data(repeating: 0x42, count: 4096))
        _ = try store.add(sample())
        #expect(try store.bookmarks().count == 1)
    }

    @Test func damagedPagesBehindASoundHeaderAreFoundOnOpen() throws {
        let directory = folder()
        do {
            let store = try TractStore(directory: directory)
            for _ in 0..<200 {
                var long = sample()
                long.quote = String(repeating: "A long quoted passage about side effects. ", count: 40)
                _ = try store.add(long)
            }
        }
        // Keep the first page (the header) and spoil the pages after it.
        let path = directory + "/tract.sqlite"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        try #require(bytes.count > 8192)
        for index in (bytes.count - 8192)..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try TractStore(directory: directory)
        #expect(store.setAsideNotice?.contains("was damaged") == true)
        #expect(try store.bookmarks().isEmpty)
        _ = try store.add(sample())
        #expect(try store.bookmarks().count == 1)
    }

    @Test func dataDirectoryPrecedence() {
        #expect(TractStore.directory(override: "/x", environment: ["TRACT_DATA_DIR": "/y"]) == "/x")
        #expect(TractStore.directory(override: nil, environment: ["TRACT_DATA_DIR": "/y", "XDG_DATA_HOME": "/z"]) == "/y")
        #expect(TractStore.directory(override: nil, environment: ["XDG_DATA_HOME": "/z"]) == "/z/tract")
        #expect(TractStore.directory(override: nil, environment: ["HOME": "/h"]) == "/h/.local/share/tract")
    }
}

/// What the reader keeps between runs beyond bookmarks: the article read last, prompt history.
/// SQLite's failure codes in the user's words.
@Suite struct StoreFailureTests {
    @Test func aFullDiskIsCalledThat() {
        #expect(StoreFailure.describe(DatabaseError(resultCode: .SQLITE_FULL)) == "disk full (free some space and try again)")
        #expect(StoreFailure.describe(DatabaseError(resultCode: .SQLITE_READONLY)) == "the data folder is read-only")
        #expect(StoreFailure.describe(DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked")) == "database is locked")
    }
}

@Suite struct StoreMemoryTests {
    @Test func lastReadAndHistorySurviveReopening() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tract-memory-\(UUID().uuidString)").path
        do {
            let store = try TractStore(directory: folder)
            try store.savePosition(path: "/a.txt", block: 3, row: 1)
            try store.savePosition(path: "/b.txt", block: 1, row: 0)
            try store.savePosition(path: "/a.txt", block: 4, row: 0)
            try store.addHistory(kind: "search", entry: "serotonin")
            try store.addHistory(kind: "search", entry: "dopamine")
            try store.addHistory(kind: "search", entry: "serotonin")
            try store.addHistory(kind: "note", entry: "check dose")
        }
        let reopened = try TractStore(directory: folder)
        #expect(try reopened.lastRead() == "/a.txt")
        #expect(try reopened.history() == ["search": ["dopamine", "serotonin"], "note": ["check dose"]])
        for number in 0..<(TractStore.historyLimit + 5) { try reopened.addHistory(kind: "filter", entry: "f\(number)") }
        #expect(try reopened.history()["filter"]?.count == TractStore.historyLimit)
    }
}
