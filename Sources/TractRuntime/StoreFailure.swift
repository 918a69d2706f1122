import Foundation
import GRDB

/// What a failed database write or open means for the user, in words rather than SQLite's codes.
enum StoreFailure {
    static func describe(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_FULL: return "disk full (free some space and try again)"
        case .SQLITE_READONLY: return "the data folder is read-only"
        case .SQLITE_IOERR where fileSizeLimited: return "the file size limit (ulimit -f) was reached"
        default: return error.message ?? error.resultCode.description
        }
    }

    /// True when this process may not grow files past a limit (`ulimit -f`): a write past it fails.
    static var fileSizeLimited: Bool {
        var limit = rlimit()
        return getrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0 && limit.rlim_cur != rlim_t.max
    }
}
