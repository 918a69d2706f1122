import ArgumentParser
import Foundation
import TractCore
import TractRuntime

/// Where the database lives: `--data-dir`, else `TRACT_DATA_DIR`, else the XDG data folder.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Data folder for bookmarks and reading positions (default: $TRACT_DATA_DIR, else $XDG_DATA_HOME/tract).", valueName: "dir"))
    var dataDir: String?

    /// The store; a damaged database moved aside, or one opened read-only, is said on stderr in one
    /// line, and the command goes on. A command about to write (`forWriting`) fails on a read-only store
    /// with that one line instead.
    func open(forWriting: Bool = false) throws -> TractStore {
        let store = try TractStore(directory: TractStore.directory(override: dataDir))
        if forWriting, let reason = store.readOnlyReason { throw TractError(reason) }
        if let notice = store.setAsideNotice ?? store.readOnlyReason { Output.error(notice) }
        return store
    }

    /// `--data-dir` is the data folder for everything Tract keeps, the PDF cache included: it is made
    /// the process's `TRACT_DATA_DIR`, which every part reads.
    func validate() throws {
        if let dataDir { setenv("TRACT_DATA_DIR", dataDir, 1) }
    }
}

/// Absolute, standardised form of an article path: how bookmarks and positions name articles.
func absolutePath(_ path: String) -> String {
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
func absolutePaths(_ paths: [String]) -> [String] {
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
