import Foundation
import Testing
import TractCore
import ScreenKit
import TractApp
import TractView
@testable import TractRuntime

/// Large libraries open with stand-ins; whole articles follow from a background thread.
@Suite struct ProgressiveLoaderTests {
    static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Articles")

    private func folder(bigBytes: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tract-progressive-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let source = try String(contentsOf: Self.bundled.appendingPathComponent("mdma-pain-relief.txt"), encoding: .utf8)
        try String(repeating: source, count: bigBytes / source.utf8.count + 1).write(toFile: path + "/big.txt", atomically: true, encoding: .utf8)
        try "Small Things Considered Here Today\nA line of text.\n".write(toFile: path + "/small.txt", atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 0, 0, 0, 3, 0, 0, 0]).write(to: URL(fileURLWithPath: path + "/blob.txt"))
        return path
    }

    /// A paper whose reading is kept opens whole before the first frame, its topics to come; one
    /// without waits for the converter behind a stand-in. Neither needs pdftohtml here: the kept reading is all there is.
    @Test func aPaperWithAKeptReadingOpensWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tract-kept-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/cache", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = Array("%PDF-1.4 a made-up paper".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/paper.pdf"))
        let converter = PDFConverter(cacheDirectory: folder + "/cache")
        let loader = ProgressiveLoader(loader: LibraryLoader(pdfConverter: converter))
        let waiting = try loader.load(paths: [folder + "/paper.pdf"])
        #expect(converter.keptArticle(path: folder + "/paper.pdf") == nil)
        #expect(waiting.pending.count == 1 && !waiting.library.articles[0].isComplete)

        let sections = [Section(heading: "1. Methods", level: 1, line: 1001, paragraphs: [Paragraph(line: 1002, text: "We slept.")])]
        let paper = Article(path: "paper.pdf", title: "Sleep at Work", format: .pdf, sections: sections, contentHash: "")
        let reading = "build \(BuildStamp.current)\n" + ArticleReading.encode(paper, untitled: "Paper")
        let file = folder + "/cache/\(ContentHash.of(bytes)).reading"
        try reading.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(converter.keptArticle(path: folder + "/paper.pdf") != nil)
        let opened = try loader.load(paths: [folder + "/paper.pdf"])
        #expect(opened.pending.map(\.index) == [0] && opened.fromSummaries)  // labelled after the first frame, quietly
        let article = try #require(opened.library.articles.first)
        #expect(article.isComplete && article.topicsPending && article.title == "Sleep at Work" && article.headings == ["1. Methods"])
        #expect(article.contentHash == ContentHash.of(bytes))

        // Made by another build: not kept.
        try reading.replacingOccurrences(of: BuildStamp.current, with: "0 0 0").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(converter.keptArticle(path: folder + "/paper.pdf") == nil)
    }

    /// An opening ends after a line that plainly ends a paragraph, never on a heading cut from its text.
    @Test func anOpeningIsCutAfterAParagraph() {
        let long = String(repeating: "word ", count: 30)  // 150 bytes
        let cut = { (text: String) in String(decoding: Array(text.utf8)[..<ProgressiveLoader.openingCut(Array(text.utf8))], as: UTF8.self) }
        // One line per paragraph: after the last long line, not after the heading below it.
        #expect(cut("Title\n" + long + "\nA Heading\n" + long.prefix(40)) == "Title\n" + long + "\n")
        // Hard-wrapped: after the blank line that ends a block of several short lines.
        let wrapped = "The first line of a paragraph hard-wrapped at about seventy bytes,\nwhich goes on over a second line of much the same length, and\nends here each one.\n\nHeading\n\nhalf"
        #expect(cut(wrapped).hasSuffix("each one.\n\n"))
        #expect(cut(wrapped.replacingOccurrences(of: "\n", with: "\r\n")).hasSuffix("each one.\r\n\r\n"))
        // Nothing that plainly ends a paragraph: the last line break.
        #expect(cut("a\nb\nc") == "a\nb\n")
    }

    @Test func smallLibrariesAreReadWhole() throws {
        let result = try ProgressiveLoader(loader: LibraryLoader()).load(paths: [Self.bundled.path])
        #expect(result.pending.isEmpty)
        #expect(result.library.articles.count == 5 && result.library.articles.allSatisfy(\.isComplete))
    }

    @Test func largeLibrariesStartWithStandInsAndFillIn() throws {
        let path = try folder(bigBytes: 1_500_000)
        let result = try ProgressiveLoader(loader: LibraryLoader()).load(paths: [path])
        let articles = result.library.articles
        #expect(articles.map(\.stem) == ["big", "small"])
        #expect(articles.allSatisfy { !$0.isComplete })
        #expect(result.library.skipped.map { ($0.path as NSString).lastPathComponent } == ["blob.txt"])
        #expect(articles[0].headings.first == "Efficacy")          // the opening of the big file is parsed
        #expect(articles[0].wordCount < 20_000)
        #expect(articles[1].title == "Small Things Considered Here Today" && articles[1].sections.isEmpty)
        #expect(result.pending.map(\.index) == [0, 1])

        let parser = BackgroundParser(pending: result.pending, loader: LibraryLoader(), topicSet: .builtIn)
        parser.start()
        var arrived: [(Int, Article)] = []
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let news = parser.drain()
            arrived += news.articles
            if news.remaining == 0 { break }
            usleep(20_000)
        }
        // The big file comes twice: its structure (the whole outline), then with its topics.
        #expect(arrived.map(\.0) == [0, 0, 1])
        #expect(arrived.map(\.1.topicsPending) == [true, false, false])
        #expect(arrived[0].1.headings == arrived[1].1.headings)
        #expect(arrived.allSatisfy { $0.1.isComplete })
        #expect(arrived[1].1.wordCount > 200_000)
        // The stand-in's blocks are the whole article's first blocks, so a reading position carries over.
        let standInTexts = articles[0].sections.flatMap(\.paragraphs).map(\.text)
        #expect(Array(arrived[1].1.sections.flatMap(\.paragraphs).map(\.text).prefix(standInTexts.count)) == standInTexts)
    }

    @Test func aFileGoneBeforeItIsReadIsReportedNotDropped() throws {
        let path = try folder(bigBytes: 1_500_000)
        let result = try ProgressiveLoader(loader: LibraryLoader()).load(paths: [path])
        try FileManager.default.removeItem(atPath: path + "/big.txt")  // gone between the stand-in and the whole read
        let parser = BackgroundParser(pending: result.pending, loader: LibraryLoader(), topicSet: .builtIn)
        parser.start()
        var arrived: [Int] = []
        var failed: [(Int, String)] = []
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let news = parser.drain()
            arrived += news.articles.map(\.0)
            failed += news.failed
            if news.remaining == 0 { break }
            usleep(20_000)
        }
        #expect(arrived == [1])
        #expect(failed.map(\.0) == [0])
        #expect(failed.first?.1.contains("big.txt") == true, "\(failed)")
    }
}

/// A library too large to read before the first frame: stand-ins titled from file names past the
/// first screens, and keys answered while the rest is read.
@Suite struct LargeLibraryTests {
    private func library(files: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tract-large-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let source = try String(contentsOf: ProgressiveLoaderTests.bundled.appendingPathComponent("mdma-pain-relief.txt"), encoding: .utf8)
        for index in 0..<files {
            try ("Article number \(index) on its own\n\n" + source).write(toFile: path + String(format: "/a%05d.txt", index),
                                                                          atomically: false, encoding: .utf8)
        }
        return path
    }

    @Test func onlyTheFirstScreensAreGlancedAt() throws {
        let path = try library(files: ProgressiveLoader.glancedFiles + 20)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try ProgressiveLoader(loader: LibraryLoader()).load(paths: [path])
        let titles = result.library.articles.map(\.title)
        #expect(titles.first == "Article number 0 on its own")
        #expect(titles.last == "A\(String(format: "%05d", ProgressiveLoader.glancedFiles + 19))")
        #expect(result.pending.count == ProgressiveLoader.glancedFiles + 20)
    }

    /// `q` while thousands of articles are still arriving ends the reader at once.
    @Test func keysAreReadWhileArticlesArrive() throws {
        let path = try library(files: 3_000)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try ProgressiveLoader(loader: LibraryLoader()).load(paths: [path])
        let background = BackgroundParser(pending: loaded.pending, loader: LibraryLoader(), topicSet: .builtIn)
        background.start()
        usleep(300_000)  // batches are waiting when the loop starts
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30), events: [.key(.character("q"))])
        let state = AppState(library: loaded.library, size: terminal.size,
                             loading: LoadProgress(done: 0, total: loaded.pending.count))
        let start = Date()
        let end = ReaderLoop(state: state, terminal: terminal, theme: Theme(monochrome: true), background: background).run()
        #expect(!end.running)
        #expect(Date().timeIntervalSince(start) < 1.0)
        #expect(end.loading != nil)  // quit long before the 3,000 articles were all read
    }
}
