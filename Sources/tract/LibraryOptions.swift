import ArgumentParser
import Foundation
import TractCore
import TractRuntime

/// Options every command shares: which library to read and which topic set to use.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Library folder (default: $TRACT_LIBRARY, else the bundled Articles/).", valueName: "dir"))
    var library: String?

    @Option(name: .long, help: ArgumentHelp("Topic set YAML file (default: <library>/topics.yml, else built-in).", valueName: "file"))
    var topics: String?

    /// The library folder in force.
    func libraryPath() throws -> String {
        if let library { return library }
        guard let found = LibraryLocator.defaultLibrary() else {
            throw TractError("no library found: pass a folder, use --library DIR or set TRACT_LIBRARY")
        }
        return found
    }

    /// Reads the library, or the given arguments: each a folder, a file, or an article name that is
    /// looked up in the library.
    func loadLibrary(paths: [String] = []) throws -> Library {
        guard !paths.isEmpty else { return try LibraryLoader(topicsFile: topics).load(paths: [try libraryPath()]) }
        var targets: [String] = []
        var named: Library?
        for path in paths {
            if FileProbe.kind(of: path) != .missing || path.contains("/") {
                targets.append(path)
            } else {
                if named == nil { named = try LibraryLoader(topicsFile: topics).load(paths: [try libraryPath()]) }
                targets.append(try named?.article(named: path).path ?? path)
            }
        }
        return try LibraryLoader(topicsFile: topics).load(paths: targets)
    }

    /// The article an ARTICLE argument names: an existing path, else a stem or part of one.
    func resolveArticle(_ argument: String) throws -> Article {
        let kind = FileProbe.kind(of: argument)
        if kind != .missing || argument.contains("/") {
            if kind == .directory { throw TractError("\(argument): is a folder; name an article in it") }
            let loader = LibraryLoader(topicsFile: topics)
            let folder = (argument as NSString).deletingLastPathComponent
            let topicSet = try loader.topics(forFirstFolderIn: [folder.isEmpty ? "." : folder])
            return try loader.loadArticle(path: argument, classifier: TopicClassifier(topicSet: topicSet))
        }
        return try loadLibrary().article(named: argument)
    }
}

/// Runs a command body, turning a `TractError` into one line on stderr and exit status 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as TractError {
        Output.error(error.message)
        throw ExitCode(1)
    }
}
