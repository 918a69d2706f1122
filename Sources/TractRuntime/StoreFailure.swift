import Foundation
import GRDB

/// What a failed database write or open means for the user, in words rather than SQLite's codes.
public enum StoreFailure {
    /// `folder` (the data folder) lets an I/O failure on a disk with no room left be called what it is.
    public static func describe(_ error: DatabaseError, folder: String? = nil) -> String {
        switch error.resultCode {
        case .SQLITE_FULL: return "disk full (free some space and try again)"
        case .SQLITE_IOERR where folder.map(hasNoRoom) ?? false: return "disk full (free some space and try again)"
        case .SQLITE_READONLY: return "the data folder is read-only"
        case .SQLITE_IOERR where fileSizeLimited: return "the file size limit (ulimit -f) was reached"
        default: return error.message ?? error.resultCode.description
        }
    }

    /// Words for a database failure that reached a command without being handled (nil for any other
    /// error): one plain line rather than SQLite's code and statement.
    public static func words(for error: Error) -> String? {
        (error as? DatabaseError).map { "the data folder's database failed: " + describe($0) }
    }

    /// True when the file system holding `folder` has no block left for this user.
    static func hasNoRoom(_ folder: String) -> Bool {
        var info = statvfs()
        return statvfs(folder, &info) == 0 && info.f_bavail == 0
    }

    /// True when this process may not grow files past a limit (`ulimit -f`): a write past it fails.
    static var fileSizeLimited: Bool {
        var limit = rlimit()
        return getrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0 && limit.rlim_cur != rlim_t.max
    }
}
