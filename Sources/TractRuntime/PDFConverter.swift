import Foundation
import TractCore

/// Gets a PDF's text layout from poppler's `pdftohtml -xml`, run as a separate program (poppler is GPL
/// and stays out of Tract's binary) with a time limit and an output cap (`ChildProcess`). The layout,
/// the paper read from it, or why it could not be converted is kept in the data folder by the PDF's
/// content hash, so a library of papers is converted once; the cache is safe to delete.
public struct PDFConverter: Sendable {
    public static let timeoutSeconds = 60.0
    /// The most layout read (~15 KB a page: some 500 pages); past it the first pages are read and the
    /// paper says so. A 72 KB PDF laid out as 56 MB cost 17 s and 1.4 GB to read whole.
    public static let outputCap = 8 * 1024 * 1024
    /// Ends a layout cut at the cap, so a kept one is known to be cut.
    static let cutMark = "<!-- tract: cut at the cap -->"

    /// Where converted layouts are kept (`<data folder>/cache/pdf`); nil keeps none.
    public let cacheDirectory: String?

    public init(cacheDirectory: String? = PDFConverter.defaultCache) {
        self.cacheDirectory = cacheDirectory
    }

    public static var defaultCache: String? {
        TractStore.directory(override: nil) + "/cache/pdf"
    }

    /// The article in the PDF at `path` (whose bytes are `bytes`), its topics still to come, or a
    /// one-line reason it has none. The reading is cached beside the layout, under this build: opening a
    /// paper again reads neither the PDF's layout nor libxml2.
    public func article(path: String, bytes: [UInt8]) throws -> Article {
        let hash = ContentHash.of(bytes)
        if let article = kept(path: path, hash: hash) { return article }
        let xml = try layout(path: path, bytes: bytes, hash: hash)
        var parsed = PDFLayoutReader.parse(xml)
        if String(decoding: xml.suffix(80), as: UTF8.self).contains(Self.cutMark) {
            let pages = ByteFind.count(Array("</page>".utf8), in: xml)
            parsed.sections = HTMLReader.saying("[Tract: this PDF runs past \(Self.outputCap >> 20) MB of layout; "
                                                + "only its first \(pages) pages were read.]", after: parsed.sections)
        }
        var article = ArticleParser.structure(parsed: parsed, of: xml, path: path, format: .pdf)
        article.contentHash = hash  // bookmarks name the PDF, not its converted text
        if let folder = cacheDirectory {
            store(Array((Self.stampLine + ArticleReading.encode(article, untitled: ArticleParser.untitled(path))).utf8),
                  at: "\(folder)/\(hash).reading")
        }
        return article
    }

    /// The paper at `path` read back from its kept reading, its topics still to come; nil when it has
    /// none under this build (it then needs the converter or its layout).
    public func keptArticle(path: String) -> Article? {
        guard cacheDirectory != nil, let bytes = try? FileProbe.readRegularFile(path) else { return nil }
        return kept(path: path, hash: ContentHash.of(bytes))
    }

    private func kept(path: String, hash: String) -> Article? {
        guard let folder = cacheDirectory, let bytes = FileProbe.readCacheEntry("\(folder)/\(hash).reading", limit: Self.outputCap),
              bytes.starts(with: Self.stampLine.utf8) else { return nil }
        return ArticleReading.decode(String(decoding: bytes.dropFirst(Self.stampLine.utf8.count), as: UTF8.self), path: path,
                                     format: .pdf, contentHash: hash, untitled: ArticleParser.untitled(path))
    }

    /// The first line of a reading: the build that made it.
    private static let stampLine = "build " + BuildStamp.current + "\n"

    /// The layout XML of the PDF at `path` with content hash `hash`, or a one-line reason it has none. A
    /// cached layout without text is converted again (it may be a damaged entry, not a scanned paper).
    func layout(path: String, bytes: [UInt8], hash: String) throws -> [UInt8] {
        let cached = cacheDirectory.map { "\($0)/\(hash).xml" }
        // A layout cut at the cap ends a few bytes past it, with its mark.
        if let cached, let xml = FileProbe.readCacheEntry(cached, limit: Self.outputCap + 4096), PDFLayoutReader.hasText(xml) {
            return xml
        }
        guard let program = Self.locate("pdftohtml") else {
            throw TractError("\(path): reading PDFs needs pdftohtml; install poppler-utils (apt-get install poppler-utils)")
        }
        // A PDF that could not be converted is not tried again on every open (the same bytes fail the
        // same way): its reason is kept beside where its layout would be.
        let failed = cacheDirectory.map { "\($0)/\(hash).failed" }
        if let failed, let reason = FileProbe.readCacheEntry(failed, limit: 4096).map({ String(decoding: $0, as: UTF8.self) }),
           !reason.isEmpty {
            throw TractError("\(path): \(Sanitizer.clean(reason))")
        }
        do {
            let (converted, cut) = try run(program, path: path)
            let xml = cut ? Self.cutAtPage(converted) : converted
            guard PDFLayoutReader.hasText(xml) else { throw TractError("\(path): no text layer (scanned pages)") }
            if let cached { store(xml, at: cached) }
            return xml
        } catch let error as TractError {
            if let failed { store(Array(error.message.replacingOccurrences(of: "\(path): ", with: "").utf8), at: failed) }
            throw error
        }
    }

    /// A layout stopped at the cap, ended after its last whole page (else its last whole text run) and
    /// marked as cut.
    static func cutAtPage(_ xml: [UInt8]) -> [UInt8] {
        let page = lastEnd(of: Array("</page>".utf8), in: xml)
        let upTo = page ?? lastEnd(of: Array("</text>".utf8), in: xml) ?? 0
        let closing = upTo > 0 && page == nil ? "\n</page>" : ""
        return Array(xml[..<upTo]) + Array("\(closing)\n\(cutMark)\n</pdf2xml>\n".utf8)
    }

    /// Where the last `tag` in `bytes` ends.
    private static func lastEnd(of tag: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= tag.count else { return nil }
        var start = bytes.count - tag.count
        while start >= 0 {
            if bytes[start] == tag[0], bytes[start..<(start + tag.count)].elementsEqual(tag) { return start + tag.count }
            start -= 1
        }
        return nil
    }

    /// Writes `bytes` whole then renames, so another process never reads half an entry. A cache that
    /// cannot be written only costs the next open a conversion.
    private func store(_ bytes: [UInt8], at file: String) {
        guard let folder = cacheDirectory else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let part = file + ".\(ProcessInfo.processInfo.processIdentifier).part"
        if (try? Data(bytes).write(to: URL(fileURLWithPath: part))) != nil, rename(part, file) != 0 {
            try? FileManager.default.removeItem(atPath: part)
        }
    }

    /// Converts the PDF with pdftohtml (see `ChildProcess`: stopped whole on the time limit, the output
    /// cap or Tract's exit), or a one-line reason.
    private func run(_ program: String, path: String) throws -> (output: [UInt8], cut: Bool) {
        let scratch = cacheDirectory ?? FileManager.default.temporaryDirectory.path
        do {
            let outcome = try ChildProcess.run(program, ["-xml", "-i", "-stdout", "-nodrm", path], in: scratch,
                                               seconds: Self.timeoutSeconds, cap: Self.outputCap)
            guard outcome.status == 0 else { throw TractError("\(path): \(Self.reason(outcome.errors))") }
            return (outcome.output, outcome.cut)
        } catch ChildProcess.Failure.timedOut {
            throw TractError("\(path): the PDF converter took longer than \(Int(Self.timeoutSeconds)) s; the file may be damaged")
        } catch ChildProcess.Failure.cannotStart(let why) {
            throw TractError("\(path): the PDF converter could not start (\(why))")
        }
    }

    /// pdftohtml's complaint in Tract's words.
    static func reason(_ stderr: String) -> String {
        let lower = stderr.lowercased()
        if lower.contains("password") || lower.contains("encrypt") { return "encrypted PDF (it needs a password)" }
        let first = stderr.split(separator: "\n").first.map { Sanitizer.clean(String($0)) } ?? ""
        return "damaged or not a PDF" + (first.isEmpty ? "" : " (\(first))")
    }

    static func locate(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
