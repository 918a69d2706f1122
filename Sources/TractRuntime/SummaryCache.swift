import Foundation
import TractCore

/// The library list's summaries of a small library's articles, kept in the data folder between runs
/// (one file per library, never in the library). When every file still has the stamp it had when it
/// was summarised, the reader draws its first frame from the summaries and reads the files after it:
/// reading and labelling even five short articles was half of the first frame.
///
/// A summary is trusted only under the same binary (a new build may parse differently) and the same
/// topic set; anything unexpected in the file makes it a miss, never an error.
public struct SummaryCache: Sendable {
    /// The cache file for this library.
    public let file: String
    /// The first line: the format, the binary's stamp and the topic set's fingerprint.
    let header: String
    /// The working folder, asked once: relative paths are named against it.
    private let folder: String

    /// One article's summary and the stamp its file had when it was read.
    public struct Entry: Equatable, Sendable {
        public var path: String
        public var stamp: FileProbe.Stamp
        public var summary: ArticleSummary

        public init(path: String, stamp: FileProbe.Stamp, summary: ArticleSummary) {
            self.path = path
            self.stamp = stamp
            self.summary = summary
        }
    }

    /// The cache of the library opened on `paths` under `topicSet`, in `dataFolder`.
    public init(dataFolder: String, library paths: [String], topicSet: TopicSet, binary: String = "/proc/self/exe") {
        let folder = FileManager.default.currentDirectoryPath
        self.folder = folder
        let roots = paths.map { Self.absolute($0, in: folder) }.joined(separator: "\n")
        file = FileProbe.path("summaries/\(ContentHash.of(Array(roots.utf8))).tsv", in: dataFolder)
        let build = BuildStamp.of(binary)
        let topics = topicSet.origin == TopicSet.builtIn.origin ? "built-in" : ContentHash.of(Array(topicSet.yaml.utf8))
        header = "tract summaries 3\t\(build)\t\(topics)"
    }

    /// The summaries of `files` (as listed), or nil unless every one is there with its file's stamp.
    public func summaries(of files: [String]) -> [ArticleSummary]? {
        guard !files.isEmpty else { return nil }
        let found = current(files)
        return found.contains { $0 == nil } ? nil : found.compactMap { $0 }
    }

    /// Each file's summary where it is kept under the file's current stamp, else nil: a large library
    /// stands in from what it has, and reads every file after.
    public func current(_ files: [String]) -> [ArticleSummary?] {
        let byPath = entries()
        return files.map { path in
            guard let entry = byPath[Self.absolute(path, in: folder)], FileProbe.stamp(of: path) == entry.stamp else { return nil }
            return entry.summary
        }
    }

    /// `path` as the cache names it.
    func absolute(_ path: String) -> String { Self.absolute(path, in: folder) }

    /// The kept entries by absolute path (see `absolute`); none when the file is missing, from another
    /// binary or topic set, or damaged anywhere.
    func entries() -> [String: Entry] {
        guard let bytes = FileProbe.readCacheEntry(file, limit: Self.largest) else { return [:] }
        return Self.entries(parsing: bytes, header: header)
    }

    /// The largest cache file read: 20,000 articles' summaries take ~4 MB, so anything past this is not
    /// one Tract wrote and is made again rather than read whole.
    static let largest = 64 << 20

    /// The entries `bytes` holds under `header`; none when any line is not one `line` writes.
    public static func entries(parsing bytes: [UInt8], header: String) -> [String: Entry] {
        // Split by bytes: by Characters, splitting 2,000 lines was a tenth of a warm `list`.
        var lines = String(decoding: bytes, as: UTF8.self).utf8.split(separator: 0x0A).map(Substring.init)
        guard lines.first.map(String.init) == header else { return [:] }
        lines.removeFirst()
        var byPath: [String: Entry] = [:]
        for line in lines {
            guard let entry = Self.entry(line) else { return [:] }
            byPath[entry.path] = entry
        }
        return byPath
    }

    /// Adds `entries` to those kept (a newer entry for a file replacing its old one), keeping only
    /// files among `files`: a session that read part of a library keeps what it had for the rest.
    public func merge(_ entries: [Entry], files: [String]) {
        var byPath = self.entries()
        for var entry in entries {
            entry.path = Self.absolute(entry.path, in: folder)
            byPath[entry.path] = entry
        }
        let listed = files.map { Self.absolute($0, in: folder) }
        save(listed.compactMap { byPath[$0] })
    }

    /// Replaces the cache with `entries`; quietly does nothing when the data folder cannot be written
    /// or an entry cannot be written on one line.
    public func save(_ entries: [Entry]) {
        var text = header + "\n"
        for var entry in entries {
            entry.path = Self.absolute(entry.path, in: folder)
            guard let line = Self.line(entry) else { return }
            text += line + "\n"
        }
        let folder = FileProbe.folder(of: file)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
    }

    /// `path` made absolute against `folder`, as the cache names files.
    private static func absolute(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") ? path : FileProbe.path(path, in: folder)
    }

    /// `path size mtime inode format titleLine headings words lines topicWords byline authors site doi
    /// date source title`, tab-separated (the entry's path absolute, authors joined by "; ", an unknown
    /// field empty); nil when a text field holds a tab or a line break.
    static func line(_ entry: Entry) -> String? {
        let summary = entry.summary
        let about = summary.about
        let texts = [about.byline ?? "", about.authors.joined(separator: "; "), about.siteName ?? "", about.doi ?? "",
                     summary.date ?? "", summary.source ?? "", summary.title]
        guard !(texts + [entry.path]).joined().contains(where: { $0 == "\t" || $0.isNewline }),
              !about.authors.contains(where: { $0.contains("; ") }) else { return nil }
        let fields = [entry.path, "\(entry.stamp.size)", "\(entry.stamp.mtime)", "\(entry.stamp.inode)", summary.format.rawValue,
                      summary.titleLine.map(String.init) ?? "-", "\(summary.headingCount)", "\(summary.wordCount)",
                      "\(summary.lineCount)", summary.topicWords.map(String.init).joined(separator: ",")] + texts
        return fields.joined(separator: "\t")
    }

    /// The entry a line holds, nil when it is not one `line` writes.
    static func entry(_ line: Substring) -> Entry? {
        let fields = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map(Substring.init)
        guard fields.count == 17, let size = Int64(fields[1]), let mtime = Double(fields[2]), let inode = UInt64(fields[3]),
              let format = Article.Format(rawValue: String(fields[4])), let headings = Int(fields[6]),
              let words = Int(fields[7]), let lines = Int(fields[8]) else { return nil }
        let titleLine = fields[5] == "-" ? nil : Int(fields[5])
        let topicWords = fields[9].split(separator: ",").compactMap { Int($0) }
        guard fields[5] == "-" || titleLine != nil, topicWords.count == fields[9].split(separator: ",").count else { return nil }
        // A cache file is hostile input like any file: its texts are cleaned as a parse cleans them.
        let known = { (field: Substring) in field.isEmpty ? nil : Sanitizer.clean(String(field)) }
        let about = ArticleMetadata(byline: known(fields[10]), authors: fields[11].isEmpty ? [] : fields[11].components(separatedBy: "; ").map(Sanitizer.clean),
                                    siteName: known(fields[12]), doi: known(fields[13]))
        let summary = ArticleSummary(title: Sanitizer.clean(String(fields[16])), format: format, titleLine: titleLine, headingCount: headings,
                                     wordCount: words, lineCount: lines, topicWords: topicWords, about: about,
                                     date: known(fields[14]), source: known(fields[15]))
        return Entry(path: String(fields[0]), stamp: FileProbe.Stamp(size: size, mtime: mtime, inode: inode), summary: summary)
    }
}
