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

    /// The layout XML of the PDF at `path` (whose bytes are `bytes`), or a one-line reason it has none.
    public func layout(path: String, bytes: [UInt8]) throws -> [UInt8] {
        let cached = cacheDirectory.map { $0 + "/" + ContentHash.of(bytes) + ".xml" }
        if let cached, let data = FileManager.default.contents(atPath: cached) { return [UInt8](data) }
        guard let program = Self.locate("pdftohtml") else {
            throw TractError("\(path): reading PDFs needs pdftohtml; install poppler-utils (apt-get install poppler-utils)")
        }
        let xml = try run(program, path: path)
        if let cached, let folder = cacheDirectory {
            // Written whole then renamed, so another process never reads half a layout. A cache that
            // cannot be written only costs the next open a conversion.
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let part = cached + ".\(ProcessInfo.processInfo.processIdentifier).part"
            if (try? Data(xml).write(to: URL(fileURLWithPath: part))) != nil, rename(part, cached) != 0 {
                try? FileManager.default.removeItem(atPath: part)
            }
        }
        return xml
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
