import Foundation
import TractCore

/// Finds the bundled `Articles/` folder when no library is named, from any working directory.
public enum LibraryLocator {
    /// `TRACT_LIBRARY`, else an installed copy (`PREFIX/share/tract/Articles` beside `PREFIX/bin/tract`),
    /// else an `Articles/` beside a `Package.swift` above the executable or the working directory, else
    /// the one this source file was built from.
    public static func defaultLibrary(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let path = environment["TRACT_LIBRARY"], !path.isEmpty { return path }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let installed = executable.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share/tract/Articles").path
            if FileProbe.kind(of: installed) == .directory { return installed }
        }
        var starts: [URL] = []
        if let executable = Bundle.main.executableURL { starts.append(executable.resolvingSymlinksInPath().deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        starts.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        for start in starts {
            if let found = searchUpward(from: start) { return found }
        }
        return nil
    }

    private static func searchUpward(from start: URL) -> String? {
        var directory = start.standardizedFileURL
        while true {
            let articles = directory.appendingPathComponent("Articles")
            let package = directory.appendingPathComponent("Package.swift")
            if FileManager.default.fileExists(atPath: package.path), FileProbe.kind(of: articles.path) == .directory {
                return relativeIfInside(articles.path)
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }

    /// Paths under the working directory are shown relative, as the user would type them.
    private static func relativeIfInside(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
