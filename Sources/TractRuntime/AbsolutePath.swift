import Foundation
import TractCore

/// Absolute, standardised form of an article path: how bookmarks and positions name articles.
public func absolutePath(_ path: String) -> String {
    // realpath on the name's own bytes, so a name that is not UTF-8 resolves too.
    if let resolved = FileName.withCString(path, { realpath($0, nil) }) {
        defer { free(resolved) }
        return FileName.string(cString: resolved)
    }
    return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
}

/// `absolutePath` of many articles at once. Files of one folder share its resolution: realpath walks
/// every component of every path (20,000 files took ~0.2 s), so only a file that is itself a link
/// is resolved whole.
public func absolutePaths(_ paths: [String]) -> [String] {
    var folders: [String: String] = [:]
    return paths.map { path in
        guard let slash = path.lastIndex(of: "/"), !isLink(path) else { return absolutePath(path) }
        let folder = FileProbe.folder(of: path)
        let resolved = folders[folder] ?? absolutePath(folder)
        folders[folder] = resolved
        return FileProbe.path(String(path[path.index(after: slash)...]), in: resolved)
    }
}

private func isLink(_ path: String) -> Bool {
    var info = stat()
    return FileName.withCString(path, { lstat($0, &info) }) != 0 || info.st_mode & S_IFMT == S_IFLNK
}
