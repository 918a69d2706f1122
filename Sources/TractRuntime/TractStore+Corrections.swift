import Foundation
import GRDB
import TractCore

/// Corrections of articles' metadata (`tract meta --set`), by absolute path and field.
extension TractStore {
    /// Sets (or with nil, removes) one field of one article.
    public func setCorrection(path: String, field: MetadataField, value: String?) throws {
        try write { db in
            if let value {
                try db.execute(sql: """
                    INSERT INTO metadataCorrection (path, field, value) VALUES (?, ?, ?)
                    ON CONFLICT(path, field) DO UPDATE SET value = excluded.value
                    """, arguments: [path, field.rawValue, value])
            } else {
                try db.execute(sql: "DELETE FROM metadataCorrection WHERE path = ? AND field = ?", arguments: [path, field.rawValue])
            }
        }
    }

    /// Every correction: field to value, by absolute path.
    public func corrections() throws -> [String: [String: String]] {
        try read { db in try Self.corrections(db) }
    }

    static func corrections(_ db: Database) throws -> [String: [String: String]] {
        var out: [String: [String: String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT path, field, value FROM metadataCorrection") {
            out[row["path"], default: [:]][row["field"]] = row["value"]
        }
        return out
    }

    /// The corrections kept in `directory`'s database, read without creating, locking or migrating it:
    /// every command that reads articles asks, and most data folders have none. Empty when there is
    /// no database, it predates corrections, or it cannot be read.
    public static func savedCorrections(directory: String) -> [String: [String: String]] {
        let file = (directory as NSString).appendingPathComponent("tract.sqlite")
        guard FileManager.default.fileExists(atPath: file) else { return [:] }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: file, configuration: configuration) else { return [:] }
        return (try? queue.read { db in
            try db.tableExists("metadataCorrection") ? try corrections(db) : [:]
        }) ?? [:]
    }
}
