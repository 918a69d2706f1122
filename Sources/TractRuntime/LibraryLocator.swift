#if canImport(Glibc)
import Glibc
#endif
import TractCore

/// Finds the bundled `Articles/` folder when no library is named, from any working directory.
///
/// Plain paths and system calls, no URL or Bundle: this runs on the way to every first frame of
/// `tract` without arguments, where Foundation's path objects cost about a millisecond.
public enum LibraryLocator {
    /// `TRACT_LIBRARY`, else an installed copy (`PREFIX/share/tract/Articles` beside `PREFIX/bin/tract`),
    /// else an `Articles/` beside a `Package.swift` above the executable or the working directory, else
    /// the one this source file was built from.
    public static func defaultLibrary(environment: [String: String]? = nil) -> String? {
        let named = environment.map { $0["TRACT_LIBRARY"] } ?? getenv("TRACT_LIBRARY").map { String(cString: $0) }
        if let named, !named.isEmpty { return named }
        let executableFolder = resolved("/proc/self/exe").map(FileProbe.folder)
        if let executableFolder {
            let installed = FileProbe.path("share/tract/Articles", in: FileProbe.folder(of: executableFolder))
            if FileProbe.kind(of: installed) == .directory { return installed }
        }
        let workingFolder = currentDirectory()
        let starts = [executableFolder, workingFolder, FileProbe.folder(of: #filePath)].compactMap { $0 }
        for start in starts {
            if let found = searchUpward(from: start, workingFolder: workingFolder) { return found }
        }
        return nil
    }

    private static func searchUpward(from start: String, workingFolder: String?) -> String? {
        var folder = resolved(start) ?? start
        while true {
            let articles = FileProbe.path("Articles", in: folder)
            let package = FileProbe.path("Package.swift", in: folder)
            if FileProbe.kind(of: package) == .regular, FileProbe.kind(of: articles) == .directory {
                return relative(articles, inside: workingFolder)
            }
            if folder == "/" { return nil }
            folder = FileProbe.folder(of: folder)
        }
    }

    /// `path` with links and dots resolved, or nil when it does not exist.
    private static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return FileName.string(cString: real)
    }

    private static func currentDirectory() -> String? {
        guard let cwd = getcwd(nil, 0) else { return nil }
        defer { free(cwd) }
        return FileName.string(cString: cwd)
    }

    /// Paths under the working directory are shown relative, as the user would type them.
    private static func relative(_ path: String, inside workingFolder: String?) -> String {
        guard let workingFolder else { return path }
        let prefix = workingFolder.hasSuffix("/") ? workingFolder : workingFolder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
