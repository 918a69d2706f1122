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
        if FileName.withCString(path, { stat($0, &info) }) != 0 {
            if errno == ELOOP { return .linkLoop }
            var linkInfo = stat()
            return FileName.withCString(path, { lstat($0, &linkInfo) }) == 0 ? .brokenLink : .missing
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regular
        default: return .other
        }
    }

    /// Why the system would not follow `path` (ELOOP means either): a loop, or a chain of links longer
    /// than the 40 Linux follows, told apart by following the links one at a time.
    static func linkLoopReason(_ path: String) -> String {
        var seen = Set<String>()
        var current = path
        for hops in 0..<256 {
            guard seen.insert(current).inserted else { return "symbolic link loop" }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = FileName.withCString(current) { readlink($0, &buffer, buffer.count - 1) }
            guard count > 0 else { return "a chain of \(hops) symbolic links, more than the 40 the system follows" }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : folder(of: current) + "/" + target
        }
        return "symbolic link loop"
    }

    /// The largest article Tract reads: past it a file is refused at once, not read for seconds first.
    public static let maximumSize = 512 * 1_048_576

    /// The bytes of a regular file; a clear error for anything else.
    public static func readRegularFile(_ path: String) throws -> [UInt8] {
        try readRegular(path, with: asBytes).bytes
    }

    /// A cache entry's bytes: nil unless it is a regular file of at most `limit` bytes that reads whole
    /// (a damaged or planted entry is a miss, and a huge one is never read).
    public static func readCacheEntry(_ path: String, limit: Int) -> [UInt8]? {
        guard kind(of: path) == .regular, size(of: path) <= limit else { return nil }
        return try? readRegularFile(path)
    }

    /// Reads a file given the capacity to read into and what fills a buffer of it with the file.
    private typealias Reader = (Int, (UnsafeMutableBufferPointer<UInt8>) throws -> Int) throws -> ArticleDecoder.Adopted

    /// Reads a file as plain bytes.
    private static func asBytes(_ capacity: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) throws -> Int) throws -> ArticleDecoder.Adopted {
        .bytes(try [UInt8](unsafeUninitializedCapacity: capacity) { $1 = try fill($0) })
    }

    /// A regular text or Markdown file, read straight into the String that will hold its text when it
    /// needs no decoding (see `ArticleDecoder.adopt`); a clear error for anything that is no file.
    public static func readArticle(_ path: String) throws -> ArticleDecoder.Adopted {
        try readRegular(path) { capacity, fill in try ArticleDecoder.adopt(capacity: capacity, fill: fill) }
    }

    /// A regular file of at most `maximumSize` bytes, read by `read`.
    private static func readRegular(
        _ path: String,
        with read: Reader
    ) throws -> ArticleDecoder.Adopted {
        switch kind(of: path) {
        case .missing: throw TractError("\(path): no such file or folder")
        case .brokenLink: throw TractError("\(path): broken symbolic link")
        case .linkLoop: throw TractError("\(path): \(linkLoopReason(path))")
        case .directory: throw TractError("\(path): is a folder, not an article")
        case .other: throw TractError("\(path): not a regular file")
        case .regular: break
        }
        let bytes = size(of: path)
        guard bytes <= maximumSize else {
            throw TractError("\(path): too large (\(bytes / 1_048_576) MB; Tract reads articles up to \(maximumSize / 1_048_576) MB)")
        }
        let file = try readBounded(path, expected: bytes, limit: maximumSize + 1, with: read)
        guard file.count <= maximumSize else {
            throw TractError("\(path): too large (more than \(maximumSize / 1_048_576) MB; Tract reads articles up to that)")
        }
        return file
    }

    /// Reads at most `limit` bytes without ever waiting: kernel files such as /proc/kmsg look
    /// regular and empty but block a plain read until something happens, and /proc files are longer than
    /// their size says.
    private static func readBounded(
        _ path: String, expected: Int, limit: Int,
        with read: Reader
    ) throws -> ArticleDecoder.Adopted {
        let descriptor = FileName.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else {
            throw TractError("\(path): cannot read (\(errno == EACCES ? "permission denied" : String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        // The size the file says (and a byte more, to see it end) is read straight into its buffer, in
        // one call for a usual file: no chunk copied over and no second buffer of a 50 MB file.
        var failure: Int32 = 0
        var file = try read(min(expected + 1, limit)) { buffer in fill(buffer, from: descriptor, failure: &failure) }
        if failure == 0, file.count > expected, file.count < limit {
            // A file longer than it said (/proc files) goes on in chunks, as bytes.
            var out = file.bytes
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while failure == 0, out.count < limit {
                let count = chunk.withUnsafeMutableBufferPointer {
                    fill(UnsafeMutableBufferPointer(rebasing: $0[..<min($0.count, limit - out.count)]), from: descriptor, failure: &failure)
                }
                if count == 0 { break }
                out.append(contentsOf: chunk[..<count])
            }
            file = .bytes(out)
        }
        if failure == EAGAIN { throw TractError("\(path): has nothing to read now (a device or kernel file, not an article)") }
        if failure != 0 { throw TractError("\(path): cannot read (\(String(cString: strerror(failure))))") }
        return file
    }

    /// Reads into `buffer` until it is full or the file ends; how many bytes it holds. A failed read
    /// leaves its errno in `failure`.
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32, failure: inout Int32) -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            filled += count
        }
        return filled
    }

    /// Size in bytes of a regular file (0 when unknown).
    public static func size(of path: String) -> Int {
        stamp(of: path).map { Int($0.size) } ?? 0
    }

    /// What says a file changed: its size, modification time (seconds since 1970) and inode (a file
    /// replaced by a rename keeps neither).
    public struct Stamp: Equatable, Sendable {
        public var size: Int64
        public var mtime: Double
        public var inode: UInt64
    }

    /// The file's stamp (following links), nil when it cannot be examined.
    public static func stamp(of path: String) -> Stamp? {
        var info = stat()
        guard FileName.withCString(path, { stat($0, &info) }) == 0 else { return nil }
        return Stamp(size: Int64(info.st_size), mtime: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9,
                     inode: UInt64(info.st_ino))
    }

    /// The names in a folder, sorted, each as `FileName.string` makes it (names that are not UTF-8
    /// keep their bytes); empty when the folder cannot be read.
    public static func names(in folder: String) -> [String] {
        entries(in: folder).map(\.name)
    }

    /// The entries of a folder, sorted by name, each with whether the folder listing says it is a
    /// regular file (nil when it cannot say: a link, or a file system that does not tell), so a large
    /// folder's files need not each be examined again.
    public static func entries(in folder: String) -> [(name: String, isRegular: Bool?)] {
        guard let directory = FileName.withCString(folder, { opendir($0) }) else { return [] }
        defer { closedir(directory) }
        var entries: [(name: String, isRegular: Bool?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                FileName.string(Array(raw.prefix { $0 != 0 }))
            }
            guard name != "." && name != ".." else { continue }
            let type = Int(entry.pointee.d_type)
            entries.append((name, type == Int(DT_UNKNOWN) || type == Int(DT_LNK) ? nil : type == Int(DT_REG)))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// `name` inside `folder`.
    public static func path(_ name: String, in folder: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder holding `path`: "/" for a top-level entry, "." for a bare name.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The first `count` bytes of a regular file (less for a short file).
    public static func readPrefix(_ path: String, count: Int) throws -> [UInt8] {
        guard kind(of: path) == .regular else { return try readRegularFile(path) }  // the same clear errors
        return try readBounded(path, expected: count, limit: count, with: asBytes).bytes
    }
}
