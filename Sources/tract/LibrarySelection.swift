import Foundation
import TractCore
import TractRuntime

/// Which library to read and which topic set to use (`--library`, `--topics`, or neither): the
/// reader started without arguments makes one without running the argument parser.
struct LibrarySelection {
    var library: String?
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
        try LibraryLoader(topicsFile: topics).load(paths: try readerPaths(paths))
    }

    /// The library as `loadLibrary` reads it, but with the summaries kept in the data folder standing
    /// in for files unchanged since they were read (the reader keeps them too): for commands that
    /// show counts and metadata, not text (`list`, `map`).
    func loadSummarised(paths: [String] = []) throws -> Library {
        let resolved = try readerPaths(paths)
        var loader = LibraryLoader(topicsFile: topics)
        let topicSet = try loader.topics(forFirstFolderIn: resolved)
        let ledger = SummaryLedger(dataFolder: TractStore.directory(override: nil), library: resolved, topicSet: topicSet)
        loader.summaries = ledger
        let library = try loader.load(paths: resolved, topicSet: topicSet)
        ledger.save(library)
        return library
    }

    /// The folders and files the arguments name: the library when there are none; a name that is not
    /// a path is matched against the library's file stems (without reading the articles).
    func readerPaths(_ paths: [String]) throws -> [String] {
        guard !paths.isEmpty else { return [try libraryPath()] }
        var stems: [String]?
        var files: [String] = []
        return try paths.map { path in
            if FileProbe.kind(of: path) != .missing || path.contains("/") { return path }
            if stems == nil {
                files = LibraryLoader(topicsFile: topics).articlePaths(in: [try libraryPath()])
                stems = files.map(ArticlePath.stem)
            }
            switch ArticleMatcher.match(path, stems: stems ?? []) {
            case .found(let index): return files[index]
            case .ambiguous(let candidates):
                throw TractError("'\(path)' matches several articles: \(candidates.joined(separator: ", "))")
            case .none:
                // A slip of a command's name reads as an article name here (`tract lsit`): say both.
                let command = Suggest.closest(to: path, among: Tract.commandNames).map { "; did you mean `tract \($0)`?" }
                let hint = command ?? Suggest.phrase(for: path, among: stems ?? [])
                throw TractError("no article matches '\(path)'\(hint) (articles: \((stems ?? []).joined(separator: ", ")))")
            }
        }
    }

    /// What the reader opens for `paths`: one article named alone opens inside its library — the
    /// library it was found in by name, else its file's folder — so compare, map and digest have
    /// partners; anything else is a library of exactly what was named. A file its folder would not
    /// list (no known extension, hidden) is read alone, so its own error is the one shown.
    func readerLibrary(_ paths: [String]) throws -> (paths: [String], opening: String?) {
        let resolved = try readerPaths(paths)
        guard paths.count == 1, let file = resolved.first, FileProbe.kind(of: file) == .regular else { return (resolved, nil) }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard ArticlePath.format(of: file) != nil, !name.hasPrefix(".") else { return (resolved, nil) }
        let byName = FileProbe.kind(of: paths[0]) == .missing && !paths[0].contains("/")
        return ([byName ? try libraryPath() : FileProbe.folder(of: file)], file)
    }

    /// The article an ARTICLE argument names: an existing path, else a stem or part of one.
    /// Only the named file is read: a stem is matched against the library's file names.
    func resolveArticle(_ argument: String) throws -> Article {
        let path = try articlePath(argument)
        let loader = LibraryLoader(topicsFile: topics)
        let topicSet = try loader.topics(forFirstFolderIn: [FileProbe.folder(of: path)])
        return try loader.loadArticle(path: path, classifier: TopicClassifier(topicSet: topicSet))
    }

    /// The article an ARTICLE argument names, its structure and metadata only (no topics): what
    /// `cite` and `meta` need.
    func resolveStructure(_ argument: String) throws -> Article {
        try LibraryLoader(topicsFile: topics).loadStructure(path: try articlePath(argument))
    }

    /// The file an ARTICLE argument names; an error for a folder.
    func articlePath(_ argument: String) throws -> String {
        let path = try readerPaths([argument])[0]
        if FileProbe.kind(of: path) == .directory { throw TractError("\(argument): is a folder; name an article in it") }
        return path
    }

    /// The topic set in force for the library (without reading its articles).
    func topicSet() throws -> TopicSet {
        try LibraryLoader(topicsFile: topics).topics(forFirstFolderIn: [try libraryPath()])
    }
}
