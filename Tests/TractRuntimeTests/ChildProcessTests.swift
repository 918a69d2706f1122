import Foundation
import Testing
import TractCore
@testable import TractRuntime

/// The PDF converter can always be stopped: its whole process group goes on the time limit, whatever
/// it ignores; its output file is private and removed; a PDF that cannot be converted is not tried again.
@Suite struct ChildProcessTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tract-child-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/scratch", withIntermediateDirectories: true)
        return path
    }

    /// A shell script run by /bin/sh (not executed itself: a file just written can be "busy" while
    /// another test's thread forks).
    private func script(_ body: String, in folder: String) throws -> String {
        let path = folder + "/helper.sh"
        try body.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Whether a process is still running (a killed one may linger as a zombie until it is reaped).
    private func running(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }

    @Test func aConverterPastItsTimeIsKilledWithEverythingItStarted() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // Ignores the polite signals, starts a process of its own, and never ends.
        let helper = try script("""
            mode=$(stat -L -c %a /proc/$$/fd/1)
            echo "$mode" > "$1/mode"
            sleep 60 &
            echo $! > "$1/grandchild"
            trap '' TERM INT HUP
            sleep 60
            """, in: root)
        let started = Date()
        #expect(throws: ChildProcess.Failure.self) {
            _ = try ChildProcess.run("/bin/sh", [helper, root], in: root + "/scratch", seconds: 1, cap: 1 << 20)
        }
        #expect(Date().timeIntervalSince(started) < 10)
        let grandchild = try #require(Int32(try String(contentsOfFile: root + "/grandchild", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        usleep(100_000)
        #expect(!running(grandchild))
        let mode = try String(contentsOfFile: root + "/mode", encoding: .utf8)
        #expect(mode.hasPrefix("600"), "\(mode)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/scratch").isEmpty)
    }

    @Test func aConverterThatEndsGivesItsOutputAndStatus() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let helper = try script("echo \"<pdf2xml>$1</pdf2xml>\"\necho complaint >&2\nexit 3\n", in: root)
        let outcome = try ChildProcess.run("/bin/sh", [helper, "text"], in: root + "/scratch", seconds: 10, cap: 1 << 20)
        #expect(outcome.status == 3 && String(decoding: outcome.output, as: UTF8.self) == "<pdf2xml>text</pdf2xml>\n")
        #expect(outcome.errors == "complaint\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/scratch").isEmpty)
    }

    /// A converter that writes past the cap is stopped there and its first `cap` bytes are the outcome;
    /// a layout cut so is ended after its last whole page (or text run) and marked as cut.
    @Test func aLayoutPastTheCapIsCutAtAPageAndSaysSo() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let helper = try script("while :; do echo '<page number=\"1\"><text top=\"1\">word</text></page>'; done\n", in: root)
        let outcome = try ChildProcess.run("/bin/sh", [helper], in: root + "/scratch", seconds: 10, cap: 64 << 10)
        #expect(outcome.cut && outcome.output.count == 64 << 10)
        let cut = String(decoding: PDFConverter.cutAtPage(Array("<pdf2xml><page><text>a</text></page><page><text>b</te".utf8)), as: UTF8.self)
        #expect(cut == "<pdf2xml><page><text>a</text></page>\n\(PDFConverter.cutMark)\n</pdf2xml>\n")
        let first = String(decoding: PDFConverter.cutAtPage(Array("<pdf2xml><page><text>a</text><text>b".utf8)), as: UTF8.self)
        #expect(first == "<pdf2xml><page><text>a</text>\n</page>\n\(PDFConverter.cutMark)\n</pdf2xml>\n")
    }

    /// A damaged PDF's reason is kept by its content hash; the next open says it again at once.
    @Test func aPDFThatCannotBeConvertedIsNotTriedAgain() throws {
        guard PDFConverter.locate("pdftohtml") != nil else { return }  // scripts/setup installs it
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let bytes = Array("%PDF-1.4 not really a PDF".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: root + "/junk.pdf"))
        let converter = PDFConverter(cacheDirectory: root + "/cache")
        var first = ""
        do { _ = try converter.article(path: root + "/junk.pdf", bytes: bytes) } catch let error as TractError { first = error.message }
        #expect(first.contains("damaged or not a PDF"))
        let failed = root + "/cache/\(ContentHash.of(bytes)).failed"
        #expect(FileManager.default.fileExists(atPath: failed))
        try Data("kept reason".utf8).write(to: URL(fileURLWithPath: failed))  // what the next open says comes from here
        do { _ = try converter.article(path: root + "/junk.pdf", bytes: bytes) } catch let error as TractError {
            #expect(error.message == root + "/junk.pdf: kept reason")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/cache").allSatisfy { !$0.hasPrefix(".run-") })
    }
}
