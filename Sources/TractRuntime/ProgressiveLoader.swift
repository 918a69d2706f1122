import Foundation
import TractCore

/// Opens a large library fast: the reader's first frame shows stand-ins (titles, and the opening of a
/// big article), and `BackgroundParser` reads the whole files afterwards. Small libraries are read whole
/// at once, as that is quicker than two passes.
public struct ProgressiveLoader {
    /// Below this many bytes in all, everything is parsed before the first frame (at ~15 MB/s, a
    /// quarter of a megabyte is about the first frame's own cost; 1 MB made a 0.5 MB article's first
    /// frame take 69 ms).
    public static let eagerBytes = 256 * 1024
    /// How much of a big article is parsed for the first frame: a few screens of text (the parse,
    /// topics included, runs at ~15 MB/s cold: 64 KB took 5 ms of the first frame, 16 KB ~2.9 ms).
    static let openingBytes = 8 * 1024
    /// Files smaller than this are only glanced at for a title before the first frame.
    static let glancedBelowBytes = 64 * 1024
    /// Files whose openings are glanced at for a title before the first frame: the first screens of
    /// the list. Later ones are titled from their names until they are read (opening 20,000 files
    /// first took most of a second).
    static let glancedFiles = 300
    /// The most files a large library stands in for from its summaries: reading and checking 2,000
    /// summaries fits the first frame (2,000 papers: 131 ms), 20,000 did not (+250 ms, 674 ms in all).
    static let summarisedFiles = 5_000

    public let loader: LibraryLoader

    public init(loader: LibraryLoader) {
        self.loader = loader
    }

    /// A library of complete articles and stand-ins, and the stand-ins still to read (index → path).
    public struct Result {
        public var library: Library
        public var pending: [(index: Int, path: String)]
        /// True when the stand-ins come from summaries and look as the read articles will in the
        /// library list: their reading is not shown as progress.
        public var fromSummaries = false
        /// The summaries of a small library read whole, for `saveSummaries`.
        var summaries: (cache: SummaryCache, entries: [SummaryCache.Entry])?
        /// Where a large library's summaries are kept, for `saveSummaries(of:stamps:)`.
        var largeCache: SummaryCache?

        /// Keeps the summaries of a library read whole for the next run (in the data folder).
        public func saveSummaries() {
            if let summaries { summaries.cache.save(summaries.entries) }
        }

        /// Keeps the summaries of the articles of a large library read in the background this session
        /// (`stamps`: each file's stamp taken before it was read), with those kept before for the rest.
        public func saveSummaries(of library: Library, stamps: [Int: FileProbe.Stamp]) {
            guard let largeCache else { return saveSummaries() }
            let entries = stamps.compactMap { index, stamp -> SummaryCache.Entry? in
                guard library.articles.indices.contains(index) else { return nil }
                let article = library.articles[index]
                guard article.isComplete, !article.topicsPending else { return nil }
                return SummaryCache.Entry(path: article.path, stamp: stamp, summary: ArticleSummary(article, topicSet: library.topicSet))
            }
            largeCache.merge(entries, files: library.articles.map(\.path))
        }
    }

    /// Opens `paths`; with a `dataFolder`, a small library of several articles whose files are unchanged
    /// since the last run opens from its summaries (see `SummaryCache`). `opening`, a file among them
    /// the reader opens first, must be readable: its error is thrown, not listed as skipped.
    public func load(paths: [String], dataFolder: String? = nil, opening: String? = nil) throws -> Result {
        var result = try load(paths, dataFolder: dataFolder, opening: opening)
        if let opening, let skipped = result.library.skipped.first(where: { $0.path == opening }) {
            throw TractError("\(Sanitizer.clean(opening)): \(skipped.reason)")
        }
        // The paper opened (or named alone) stands in as its kept reading, if it has one: its text is
        // the first frame, its topics come just after; alone, nothing else is announced as coming.
        let paper = opening ?? (paths.count == 1 ? paths[0] : nil)
        if let paper, ArticlePath.format(of: paper) == .pdf,
           let index = result.library.articles.firstIndex(where: { $0.path == paper && !$0.isComplete }),
           let kept = loader.pdfConverter.keptArticle(path: paper) {
            result.library.articles[index] = kept
            if result.pending.count == 1 { result.fromSummaries = true }
        }
        return result
    }

    private func load(_ paths: [String], dataFolder: String?, opening: String?) throws -> Result {
        let files = try files(in: paths)
        // Converted formats (a PDF runs a program) start as stand-ins whatever their size.
        let converted = files.contains { [.pdf, .epub].contains(ArticlePath.format(of: $0)) }
        guard !converted && !Self.exceeds(Self.eagerBytes, files) else {
            return try loadLarge(paths, files: files, opening: opening, dataFolder: dataFolder)
        }
        return try loadSmall(paths, files: files, dataFolder: dataFolder)
    }

    /// Stand-ins for the first frame — from the summaries kept for the files that have not changed,
    /// else glanced at or named — and every file read after it.
    private func loadLarge(_ paths: [String], files: [String], opening: String?, dataFolder: String?) throws -> Result {
        let topicSet = try loader.topics(forFirstFolderIn: paths)
        let classifier = TopicClassifier(topicSet: topicSet)
        let cache = dataFolder.map { SummaryCache(dataFolder: $0, library: paths, topicSet: topicSet) }
        let kept = files.count <= Self.summarisedFiles ? cache?.current(files) ?? [] : []
        var articles: [Article] = []
        var skipped: [Library.Skipped] = []
        var pending: [(Int, String)] = []
        for (position, path) in files.enumerated() {
            do {
                let summary = kept.indices.contains(position) ? kept[position] : nil
                let standIn = try summary?.standIn(path: path, topicSet: topicSet)
                    ?? (position < Self.glancedFiles ? try self.standIn(path, classifier: classifier) : Self.namedStandIn(path))
                articles.append(loader.corrected(standIn))
                pending.append((articles.count - 1, path))
            } catch let error as TractError {
                if paths.contains(path) || path == opening { throw error }  // a file named on the command line must be readable
                skipped.append(.init(path: path, reason: error.message.replacingOccurrences(of: Sanitizer.clean(path) + ": ", with: "")))
            }
        }
        let root = Self.root(of: paths)
        // Read in full all the same; when every one stands in from its summary, that reading is quiet.
        let summarised = !kept.isEmpty && !kept.contains { $0 == nil }
        return Result(library: Library(root: root, articles: articles, skipped: skipped, topicSet: topicSet), pending: pending,
                      fromSummaries: summarised, largeCache: files.count <= Self.summarisedFiles ? cache : nil)
    }

    /// A small library: from its summaries when they are all there and current (a single article is
    /// read at once, as its text is the first frame), else read whole and summarised for next time.
    private func loadSmall(_ paths: [String], files: [String], dataFolder: String?) throws -> Result {
        guard let dataFolder, files.count > 1 else { return Result(library: try loader.load(paths: paths), pending: []) }
        let topicSet = try loader.topics(forFirstFolderIn: paths)
        let cache = SummaryCache(dataFolder: dataFolder, library: paths, topicSet: topicSet)
        let root = Self.root(of: paths)
        if let summaries = cache.summaries(of: files) {
            let articles = zip(files, summaries).map { loader.corrected($1.standIn(path: $0, topicSet: topicSet)) }
            return Result(library: Library(root: root, articles: articles, topicSet: topicSet),
                          pending: Array(files.enumerated().map { ($0.offset, $0.element) }), fromSummaries: true)
        }
        // Stamped before reading: a file changed meanwhile is summarised under its old stamp, a miss next time.
        let stamps = Dictionary(files.compactMap { path in FileProbe.stamp(of: path).map { (path, $0) } }) { first, _ in first }
        let library = try loader.load(paths: paths, topicSet: topicSet)
        let entries = library.articles.compactMap { article in
            stamps[article.path].map { SummaryCache.Entry(path: article.path, stamp: $0, summary: ArticleSummary(article, topicSet: topicSet)) }
        }
        return Result(library: library, pending: [], summaries: (cache, entries))
    }

    /// The library's folder: the first folder among `paths`, if any.
    private static func root(of paths: [String]) -> String? {
        paths.first { FileProbe.kind(of: $0) == .directory }
    }

    /// The article files among `paths` (folders listed, explicit files kept), in library order.
    private func files(in paths: [String]) throws -> [String] {
        try paths.flatMap { path -> [String] in
            switch FileProbe.kind(of: path) {
            case .directory: return loader.articlePaths(in: [path])
            case .regular: return [path]
            default: _ = try FileProbe.readRegularFile(path); return []  // throws the clear error
            }
        }
    }

    /// Whether the files hold more than `bytes` in all; only as many are looked at as it takes.
    private static func exceeds(_ bytes: Int, _ files: [String]) -> Bool {
        var total = 0
        for file in files {
            total += FileProbe.size(of: file)
            if total > bytes { return true }
        }
        return false
    }

    /// Where an opening is cut: after the last line that plainly ends a paragraph — a line of 120 bytes
    /// or more, or a blank line after a block that long (hard-wrapped text) — so no paragraph is parsed
    /// half and a heading is never the last line (cut from the text below it, it read as a paragraph,
    /// and the stand-in's blocks were no longer the article's first ones); else after the last line break.
    static func openingCut(_ bytes: [UInt8]) -> Int {
        var (cut, lineStart, block) = (0, 0, 0)
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            let line = index - lineStart
            if line == 0 || (line == 1 && bytes[lineStart] == 0x0D) {
                if block >= 120 { cut = index + 1 }
                block = 0
            } else {
                if line >= 120 { cut = index + 1 }
                block += line + 1
            }
            lineStart = index + 1
        }
        return cut > 0 ? cut : bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
    }

    /// A stand-in titled from its file name, nothing read.
    private static func namedStandIn(_ path: String) -> Article {
        var article = Article(path: path, title: Sanitizer.clean(ArticlePath.words(fromStem: ArticlePath.stem(of: path))),
                              format: ArticlePath.format(of: path) ?? .text, sections: [], contentHash: "")
        article.isComplete = false
        return article
    }

    /// A stand-in for the first frame. A big file gets its opening parsed as if it were the whole (a
    /// title and a first screen); a small one only a glance at its first line for the title, since
    /// reading thousands of small files whole is what makes a large library slow to open.
    private func standIn(_ path: String, classifier: TopicClassifier) throws -> Article {
        let format = ArticlePath.format(of: path) ?? .text
        // No opening to show before the whole file is read: the title from the file name meanwhile.
        guard format == .text || format == .markdown else { return Self.namedStandIn(path) }
        let small = FileProbe.size(of: path) < Self.glancedBelowBytes
        let prefix = try FileProbe.readPrefix(path, count: small ? 4096 : Self.openingBytes)
        let bytes = UnicodeBOM.utf8(prefix) ?? prefix
        if ArticleParser.looksBinary(bytes) { throw TractError("\(path): binary file, not an article") }
        if small {
            let firstLine = ArticleDecoder.decode(Array(bytes.prefix { $0 != 0x0A }))
            let title = HeadingRules.match(Substring(firstLine)).map(\.text)
                ?? Sanitizer.clean(ArticlePath.words(fromStem: ArticlePath.stem(of: path), casingFrom: String(decoding: bytes.prefix(1024), as: UTF8.self)))
            var article = Article(path: path, title: title, format: format, sections: [], contentHash: "")
            article.isComplete = false
            return article
        }
        let cut = prefix.count == Self.openingBytes ? Self.openingCut(bytes) : bytes.count
        var article = ArticleParser.parse(bytes: Array(bytes[..<cut]), path: path, format: format, classifier: classifier)
        article.isComplete = false
        return article
    }
}

/// Reads whole articles on background threads and hands them over in batches.
public final class BackgroundParser: @unchecked Sendable {
    private let lock = NSLock()
    private var ready: [(Int, Article)] = []
    private var failed: [(Int, String)] = []
    private var remaining: Int
    private let total: Int

    /// Files from this size on are handed over twice: their structure first, so the whole outline is
    /// on screen soon, then with their topics (labelling is about half of a parse).
    static let twoStepBytes = 1_000_000

    /// The reading threads, until `start` sets them going.
    private var threads: [Thread] = []
    /// The files still to start, first ones first, and each file's stamp taken before it was read.
    private var queue: ArraySlice<(position: Int, item: (index: Int, path: String))>
    private var stamps: [Int: FileProbe.Stamp] = [:]

    /// Made ready to read `pending` (first ones first) with `loader` and the library's topic set; the
    /// reading begins with `start`, which the reader calls once its first frame is on screen (on two
    /// cores, reading a big file beside the first frame made it a third slower). Papers and books are
    /// read by a thread per core, as most of their time is the converter's, a process of its own;
    /// text by one thread, so two big files are never in memory at once.
    public init(pending: [(index: Int, path: String)], loader: LibraryLoader, topicSet: TopicSet, workers: Int? = nil) {
        remaining = pending.count
        total = pending.count
        queue = ArraySlice(pending.enumerated().map { (position: $0.offset, item: $0.element) })
        let converted = pending.contains { [.pdf, .epub].contains(ArticlePath.format(of: $0.path)) }
        let count = max(1, min(workers ?? (converted ? ParallelMap.cores : 1), pending.count))
        threads = (0..<count).map { _ in
            Thread { [weak self] in self?.work(loader: loader, topicSet: topicSet) }
        }
    }

    /// One reading thread: takes the next file until none is left.
    private func work(loader: LibraryLoader, topicSet: TopicSet) {
        // Made here, not before the first frame that does not need it; one of each per thread.
        let classifier = TopicClassifier(topicSet: topicSet)
        let vocabulary = Vocabulary()
        while let (position, item) = next() {
            let outcome = Result { () throws -> Article in
                guard FileProbe.size(of: item.path) >= Self.twoStepBytes else {
                    Self.yieldToTheReader()
                    return try loader.loadArticle(path: item.path, classifier: classifier, vocabulary: vocabulary, parallel: false)
                }
                // The first article's outline (a short read) is what the reader waits for; the
                // rest, below the reader in priority.
                if position > 0 { Self.yieldToTheReader() }
                let structure = try loader.loadStructure(path: item.path)
                hand(item.index, .success(structure), done: false)
                FreedMemory.release()
                Self.yieldToTheReader()
                defer { FreedMemory.release() }
                return ArticleParser.label(structure, classifier: classifier, vocabulary: vocabulary, parallel: false)
            }
            hand(item.index, outcome, done: true)
        }
    }

    /// The next file to read, its stamp noted first (a file changed while it is read is summarised
    /// under the old stamp: a miss next time, never a stale summary).
    private func next() -> (Int, (index: Int, path: String))? {
        lock.lock()
        defer { lock.unlock() }
        guard let next = queue.popFirst() else { return nil }
        if let stamp = FileProbe.stamp(of: next.item.path) { stamps[next.item.index] = stamp }
        return (next.position, next.item)
    }

    /// Each file's stamp as it was before it was read, by library index: what its summary is kept under.
    public var readStamps: [Int: FileProbe.Stamp] {
        lock.lock()
        defer { lock.unlock() }
        return stamps
    }

    /// Begins reading; later calls do nothing.
    public func start() {
        FreedMemory.returnBigBlocks()
        lock.lock()
        let threads = self.threads
        self.threads = []
        lock.unlock()
        threads.forEach { $0.start() }
    }

    /// Lowers this thread below the reader, so keys stay quick while the rest of the library is read.
    /// (On Linux this applies to the calling thread only; a thread cannot raise itself back.)
    private static func yieldToTheReader() {
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
    }

    /// Queues an article (or why it could not be read) for the next `drain`.
    private func hand(_ index: Int, _ outcome: Result<Article, Error>, done: Bool) {
        lock.lock()
        defer { lock.unlock() }
        switch outcome {
        case .success(let article): ready.append((index, article))
        case .failure(let error): failed.append((index, Sanitizer.clean("\(error)")))
        }
        if done { remaining -= 1 }
    }

    /// Articles read since the last call, those that could not be read (with why), and how many
    /// are still to come.
    public func drain() -> (articles: [(Int, Article)], failed: [(Int, String)], remaining: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let out = (ready, failed, remaining, total)
        ready = []
        failed = []
        return out
    }
}
