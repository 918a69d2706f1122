import Foundation
import TractCore

/// Gets a PDF's text layout from poppler's `pdftohtml -xml`, run as a separate program (poppler is GPL
/// and stays out of Tract's binary) with a time limit and an output cap. The layout is cached in the
/// data folder by the PDF's content hash, so a library of papers is converted once; the cache is safe
/// to delete.
public struct PDFConverter: Sendable {
    public static let timeoutSeconds = 60.0
    public static let outputCap = 64 * 1024 * 1024

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
        var article = ArticleParser.structure(bytes: try layout(path: path, bytes: bytes, hash: hash), path: path, format: .pdf)
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
        if let cached, let xml = FileProbe.readCacheEntry(cached, limit: Self.outputCap), PDFLayoutReader.hasText(xml) {
            return xml
        }
        guard let program = Self.locate("pdftohtml") else {
            throw TractError("\(path): reading PDFs needs pdftohtml; install poppler-utils (apt-get install poppler-utils)")
        }
        let xml = try run(program, path: path)
        guard PDFLayoutReader.hasText(xml) else { throw TractError("\(path): no text layer (scanned pages)") }
        if let cached { store(xml, at: cached) }
        return xml
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

    private func run(_ program: String, path: String) throws -> [UInt8] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tract-pdf-\(UUID().uuidString).xml")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-xml", "-i", "-stdout", "-nodrm", path]
        process.standardOutput = try FileHandle(forWritingTo: output)
        let errors = Pipe()
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let started = Date()
        while process.isRunning {
            if Date().timeIntervalSince(started) > Self.timeoutSeconds {
                process.terminate()
                throw TractError("\(path): the PDF converter took longer than \(Int(Self.timeoutSeconds)) s; the file may be damaged")
            }
            if FileProbe.size(of: output.path) > Self.outputCap {
                process.terminate()
                throw TractError("\(path): refused: its text runs past \(Self.outputCap / 1024 / 1024) MB")
            }
            usleep(20_000)
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else { throw TractError("\(path): \(Self.reason(message))") }
        return [UInt8]((try? Data(contentsOf: output)) ?? Data())
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
