import Foundation
import TractCore
#if canImport(Glibc)
import Glibc
#endif

/// What is at a path, found without opening it (so a FIFO never blocks), and safe reading of files.
public enum FileProbe {
    /// The kind of file system entry at a path, following symbolic links.
    public enum Kind: Equatable, Sendable {
        case missing, brokenLink, linkLoop, directory, regular, other
    }

    /// Classifies `path` with stat/lstat.
    public static func kind(of path: String) -> Kind {
        var info = stat()
        if stat(path, &info) != 0 {
            if errno == ELOOP { return .linkLoop }
            var linkInfo = stat()
            return lstat(path, &linkInfo) == 0 ? .brokenLink : .missing
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regular
        default: return .other
        }
    }

    /// The largest article Tract reads: past it a file is refused at once, not read for seconds first.
    public static let maximumSize = 512 * 1_048_576

    /// The bytes of a regular file; a clear error for anything else.
    public static func readRegularFile(_ path: String) throws -> [UInt8] {
        switch kind(of: path) {
        case .missing: throw TractError("\(path): no such file or folder")
        case .brokenLink: throw TractError("\(path): broken symbolic link")
        case .linkLoop: throw TractError("\(path): symbolic link loop")
        case .directory: throw TractError("\(path): is a folder, not an article")
        case .other: throw TractError("\(path): not a regular file")
        case .regular: break
        }
        let bytes = size(of: path)
        guard bytes <= maximumSize else {
            throw TractError("\(path): too large (\(bytes / 1_048_576) MB; Tract reads articles up to \(maximumSize / 1_048_576) MB)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw TractError("\(path): cannot read (permission denied?)") }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw TractError("\(path): cannot read")
        }
    }

    /// Size in bytes of a regular file (0 when unknown).
    public static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// The first `count` bytes of a regular file (less for a short file).
    public static func readPrefix(_ path: String, count: Int) throws -> [UInt8] {
        guard kind(of: path) == .regular, let handle = FileHandle(forReadingAtPath: path) else {
            return try readRegularFile(path)  // the same clear errors as a full read
        }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: count)) ?? Data())
    }
}
