import Foundation
import TractCore

/// Reads articles and library folders from disk. The only code that touches article files; it only
/// ever reads them.
public struct LibraryLoader: @unchecked Sendable {
    /// An explicit topic file (`--topics`), overriding any `topics.yml` in the library.
    public var topicsFile: String?
    /// Converts PDFs, and keeps their layouts and readings (in the data folder).
    public var pdfConverter: PDFConverter
    /// Users' corrections of articles' metadata (`tract meta`), by absolute path, laid over every
    /// article this loader reads.
    public var corrections = LibraryLoader.savedCorrections
    /// Summaries that stand in for unchanged files instead of reading them (`list`, `map`), and keep
    /// what is read for the next run.
    public var summaries: SummaryLedger?
    /// The data folder's corrections, read once a process.
    static let savedCorrections = TractStore.savedCorrections(directory: TractStore.directory(override: nil))
    /// Shared by the articles this loader reads, so each word's term lookups are done once.
    private let vocabulary = Vocabulary()

    public init(topicsFile: String? = nil, pdfConverter: PDFConverter = PDFConverter()) {
        self.topicsFile = topicsFile
        self.pdfConverter = pdfConverter
    }

    /// Reads the folders and files in `paths` into one library (under `known` topics when the caller
    /// has them). A folder's non-articles are listed as skipped; an explicit file that cannot be read is an error.
    public func load(paths: [String], topicSet known: TopicSet? = nil) throws -> Library {
        let topicSet = try known ?? topics(forFirstFolderIn: paths)
        let classifier = TopicClassifier(topicSet: topicSet)
        var articles: [Article] = []
        var skipped: [Library.Skipped] = []
        var root: String?
        for path in paths {
            switch FileProbe.kind(of: path) {
            case .directory:
                root = root ?? path
                let folder = readFolder(path, classifier: classifier)
                articles += folder.articles
                skipped += folder.skipped
            default:
                articles.append(try loadArticle(path: path, classifier: classifier))
            }
        }
        return Library(root: root, articles: articles, skipped: skipped, topicSet: topicSet)
    }

    /// Reads one article file, with a clear error when it is missing, not a file, or binary.
    /// Pass a `vocabulary` of its own to each thread that loads articles at the same time.
    public func loadArticle(path: String, classifier: TopicClassifier, vocabulary: Vocabulary? = nil,
                            parallel: Bool = true) throws -> Article {
        ArticleParser.label(try loadStructure(path: path), classifier: classifier, vocabulary: vocabulary ?? self.vocabulary,
                            parallel: parallel)
    }

    /// Reads one article file's structure, its topics still to come (see `ArticleParser.structure`),
    /// with the same clear errors as `loadArticle`.
    public func loadStructure(path: String) throws -> Article {
        corrected(try readStructure(path: path))
    }

    /// `article` with the user's corrections of its metadata, if there are any.
    public func corrected(_ article: Article) -> Article {
        guard !corrections.isEmpty, let fields = corrections[absolutePath(article.path)] else { return article }
        return article.corrected(fields)
    }

    private func readStructure(path: String) throws -> Article {
        let format = ArticlePath.format(of: path) ?? .text
        var bytes: [UInt8]
        if format == .text || format == .markdown {
            switch try FileProbe.readArticle(path) {
            case .text(let text): return ArticleParser.structure(adopted: text, path: path, format: format)
            case .bytes(let read): bytes = read
            }
        } else {
            bytes = try FileProbe.readRegularFile(path)
        }
        // UTF-16 and UTF-32 text with a byte-order mark is read as the text it is.
        if format == .text || format == .markdown, let converted = UnicodeBOM.utf8(bytes) { bytes = converted }
        if let missing = format.missingLibrary { throw TractError("\(path): \(missing)") }
        switch format {
        case .pdf:
            return try pdfConverter.article(path: path, bytes: bytes)
        case .epub:
            // Read once: a book that cannot be read says why rather than opening empty.
            do { return ArticleParser.structure(parsed: try EPUBReader.read(bytes), of: bytes, path: path, format: .epub) } catch {
                throw TractError("\(path): \(error)")
            }
        case .html:
            break
        case .text, .markdown:
            if ArticleParser.looksBinary(bytes) { throw TractError("\(path): binary file, not an article") }
        }
        // Handed over, not shared: the parser lets the file's bytes go once they are decoded.
        return ArticleParser.structure(bytes: consume bytes, path: path, format: format)
    }

    /// The topic set: `--topics`, else the first folder's `topics.yml`, else the built-in one.
    public func topics(forFirstFolderIn paths: [String]) throws -> TopicSet {
        if let topicsFile { return try loadTopics(topicsFile) }
        if let folder = paths.first(where: { FileProbe.kind(of: $0) == .directory }) {
            let candidate = FileProbe.path("topics.yml", in: folder)
            if FileProbe.kind(of: candidate) == .regular { return try loadTopics(candidate) }
        }
        return .builtIn
    }

    /// Reads and parses a topic file; a missing or unreadable one is a clear error.
    private func loadTopics(_ path: String) throws -> TopicSet {
        let bytes: [UInt8]
        do {
            bytes = try FileProbe.readRegularFile(path)
        } catch let error as TractError {
            throw TractError("topic file \(error.message)")
        }
        return try TopicSet.parse(yaml: ArticleDecoder.decode(bytes), origin: path)
    }

    /// The article files of the given folders and files, without reading them (for the search index).
    public func articlePaths(in paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            guard FileProbe.kind(of: path) == .directory else { return FileProbe.kind(of: path) == .regular ? [path] : [] }
            return FileProbe.entries(in: path).compactMap { entry in
                guard !entry.name.hasPrefix("."), ArticlePath.format(of: entry.name) != nil else { return nil }
                let file = FileProbe.path(entry.name, in: path)
                return entry.isRegular ?? (FileProbe.kind(of: file) == .regular) ? file : nil
            }
        }
    }

    /// What became of one file of a folder.
    private enum Outcome {
        case article(Article)
        case skipped(Library.Skipped)
    }

    /// Reads a folder's articles on all cores (each worker with its own vocabulary), in name order.
    private func readFolder(_ folder: String, classifier: TopicClassifier) -> (articles: [Article], skipped: [Library.Skipped]) {
        let all = FileProbe.names(in: folder)
        let names = all.filter { !$0.hasPrefix(".") && $0 != "topics.yml" }
        // Hidden files are never read, but `list --all` names them, so nothing in the folder goes unmentioned.
        let hidden = all.filter { $0.hasPrefix(".") }.map {
            Library.Skipped(path: FileProbe.path($0, in: folder), reason: "hidden (its name starts with a dot)", hidden: true)
        }
        var outcomes = [Outcome?](repeating: nil, count: names.count)
        // A worker per two files: starting a thread costs far less than parsing even a short article.
        let workers = max(1, min(ParallelMap.cores, names.count / 2))
        outcomes.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var loader = LibraryLoader(topicsFile: topicsFile, pdfConverter: pdfConverter)
                (loader.corrections, loader.summaries) = (corrections, summaries)
                for index in stride(from: worker, to: names.count, by: workers) {
                    output[index] = loader.outcome(for: FileProbe.path(names[index], in: folder), classifier: classifier)
                }
            }
        }
        var articles: [Article] = []
        var skipped = hidden
        for case let outcome? in outcomes {
            switch outcome {
            case .article(let article): articles.append(article)
            case .skipped(let item): skipped.append(item)
            }
        }
        return (articles, skipped)
    }

    private func outcome(for path: String, classifier: TopicClassifier) -> Outcome {
        guard ArticlePath.format(of: path) != nil else { return .skipped(.init(path: path, reason: reasonNotArticle(path))) }
        if let kept = summaries?.standIn(for: path, topicSet: classifier.topicSet) { return .article(corrected(kept)) }
        let stamp = summaries.flatMap { _ in FileProbe.stamp(of: path) }
        do {
            let article = try loadArticle(path: path, classifier: classifier)
            guard let summaries else { return .article(article) }
            // A listing keeps only what it shows: 2,000 papers held whole took over 200 MB.
            let summary = summaries.note(article, stamp: stamp, topicSet: classifier.topicSet)
            return .article(corrected(summary.standIn(path: path, topicSet: classifier.topicSet)))
        } catch let error as TractError {
            return .skipped(.init(path: path, reason: reason(from: error, path: path)))
        } catch {
            return .skipped(.init(path: path, reason: "cannot read"))
        }
    }

    private func reasonNotArticle(_ path: String) -> String {
        if FileProbe.kind(of: path) == .directory { return "folder" }
        let ext = (path as NSString).pathExtension
        // Named from the formats Tract reads, so the reason is right whatever else it learns to read.
        return (ext.isEmpty ? "no extension" : "not an article type (.\(ext))") + "; Tract reads \(ArticlePath.readExtensions)"
    }

    /// The error text without the path prefix, for the skipped list.
    private func reason(from error: TractError, path: String) -> String {
        let prefix = Sanitizer.clean(path) + ": "
        return error.message.hasPrefix(prefix) ? String(error.message.dropFirst(prefix.count)) : error.message
    }
}
