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

    /// The file beside the database that every reading of articles consults: a copy of the corrections
    /// as JSON, rewritten on each change (`writeCorrectionsCopy`). Opening the database itself cost
    /// ~10 ms of every command and of the reader's first frame, for a table most users leave empty.
    static func correctionsCopy(in directory: String) -> String {
        (directory as NSString).appendingPathComponent("corrections.json")
    }

    /// Rewrites the copy of the corrections beside the database (removed when there are none).
    public func writeCorrectionsCopy() throws {
        let copy = Self.correctionsCopy(in: (path as NSString).deletingLastPathComponent)
        let all = try corrections()
        guard !all.isEmpty else { try? FileManager.default.removeItem(atPath: copy); return }
        let data = try JSONSerialization.data(withJSONObject: all, options: [.sortedKeys])
        do {
            try data.write(to: URL(fileURLWithPath: copy), options: .atomic)
        } catch {
            throw TractError("cannot write \(copy): \(error.localizedDescription)")
        }
    }

    /// The corrections kept in `directory`, read from their copy: empty when there is none or it is
    /// not what `writeCorrectionsCopy` writes.
    public static func savedCorrections(directory: String) -> [String: [String: String]] {
        guard let bytes = try? FileProbe.readRegularFile(correctionsCopy(in: directory)),
              let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: [String: String]] else { return [:] }
        return object
    }
}
