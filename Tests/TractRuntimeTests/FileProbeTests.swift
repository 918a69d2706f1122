import Foundation
import Testing
import TractCore
@testable import TractRuntime

/// Reading an article file: straight into its text when it needs no decoding, as bytes otherwise, and
/// whole even when the file is longer than its size says.
@Suite struct FileProbeTests {
    private func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tract-probe-\(UUID().uuidString).txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func cleanTextIsReadAsTextAndTheRestAsBytes() throws {
        let clean = try file(Array("Title\n\nA paragraph.\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: clean) }
        guard case .text(let text) = try FileProbe.readArticle(clean) else { Issue.record("clean text read as bytes"); return }
        #expect(text == "Title\n\nA paragraph.\n")
        let tabbed = try file(Array("Title\n\n\tA paragraph.\r\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: tabbed) }
        guard case .bytes(let bytes) = try FileProbe.readArticle(tabbed) else { Issue.record("text to decode adopted"); return }
        #expect(bytes == Array("Title\n\n\tA paragraph.\r\n".utf8))
        // Both give the article a parse of the bytes gives, hash and line count included.
        let loader = LibraryLoader()
        for path in [clean, tabbed] {
            let read = try loader.loadStructure(path: path)
            let parsed = ArticleParser.structure(bytes: try FileProbe.readRegularFile(path), path: path, format: .text)
            #expect(read == parsed)
            let hash = ContentHash.of(try FileProbe.readRegularFile(path))
            #expect(read.lineCount == 3 && read.contentHash == hash)
        }
    }

    @Test func aFileLongerThanItsSizeIsReadWhole() throws {
        // /proc files say they are empty.
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("tract-probe-\(UUID().uuidString).txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/proc/self/limits")
        defer { try? FileManager.default.removeItem(atPath: link) }
        #expect(FileProbe.size(of: link) == 0)
        let read = try FileProbe.readArticle(link).bytes
        #expect(read.count > 100 && String(decoding: read, as: UTF8.self).contains("Max open files"))
    }

    @Test func whatIsNoFileGetsAClearError() {
        #expect(throws: TractError.self) { try FileProbe.readArticle("/nonexistent/tract.txt") }
        #expect(throws: TractError.self) { try FileProbe.readArticle(FileManager.default.temporaryDirectory.path) }
    }
}
