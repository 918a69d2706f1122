import Foundation
import Testing
import TractCore
@testable import TractRuntime

/// A library too large to read before the first frame keeps its summaries too: the next run stands in
/// from them for every unchanged file, the background reads with a thread per core where files are
/// converted, and `list` reads no file whose summary is current.
@Suite struct LargeLibrarySummaryTests {
    /// Reads everything pending with `parser`; the articles in the order they arrived.
    private func drainAll(_ parser: BackgroundParser) -> [(Int, Article)] {
        parser.start()
        var arrived: [(Int, Article)] = []
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let news = parser.drain()
            arrived += news.articles
            if news.remaining == 0 { break }
            usleep(10_000)
        }
        return arrived
    }

    /// The bundled articles with one big enough to make the library large.
    private func largeCopy() throws -> BundledCopy {
        let copy = try BundledCopy("large-summaries")
        let text = try String(contentsOfFile: copy.library + "/mdma-pain-relief.txt", encoding: .utf8)
        try String(repeating: text, count: 40).write(toFile: copy.library + "/zz-big.txt", atomically: true, encoding: .utf8)
        return copy
    }

    @Test func aLargeLibraryStandsInFromTheSummariesOfTheLastSession() throws {
        let copy = try largeCopy()
        let loader = ProgressiveLoader(loader: LibraryLoader())
        let first = try loader.load(paths: [copy.library], dataFolder: copy.data)
        #expect(!first.fromSummaries && first.pending.count == 6)
        let parser = BackgroundParser(pending: first.pending, loader: LibraryLoader(), topicSet: .builtIn)
        var library = first.library
        for (index, article) in drainAll(parser) { library.articles[index] = article }
        #expect(parser.readStamps.count == 6)
        first.saveSummaries(of: library, stamps: parser.readStamps)

        let second = try loader.load(paths: [copy.library], dataFolder: copy.data)
        #expect(second.fromSummaries && second.pending.count == 6)
        #expect(second.library.articles.map(\.title) == library.articles.map(\.title))
        #expect(second.library.articles.map(\.wordCount) == library.articles.map(\.wordCount))

        // One file changed: it alone stands in without its summary; the rest keep theirs.
        try "Changed Title\n\nNew text here.\n".write(toFile: copy.library + "/mdma-pain-relief.txt", atomically: true, encoding: .utf8)
        let third = try loader.load(paths: [copy.library], dataFolder: copy.data)
        #expect(!third.fromSummaries)
        let changed = try #require(third.library.articles.firstIndex { $0.path.hasSuffix("mdma-pain-relief.txt") })
        #expect(third.library.articles[changed].wordCount == 0)
        #expect(third.library.articles.indices.filter { $0 != changed }.allSatisfy { third.library.articles[$0].wordCount > 0 })
    }

    @Test func papersAreReadByAThreadPerCoreTextByOne() throws {
        let copy = try largeCopy()
        let pending = try FileManager.default.contentsOfDirectory(atPath: copy.library).sorted().enumerated()
            .map { (index: $0.offset, path: copy.library + "/" + $0.element) }
        let arrived = drainAll(BackgroundParser(pending: pending, loader: LibraryLoader(), topicSet: .builtIn, workers: 3))
        // Every file arrives once whole (the big one twice: its structure, then its topics), whatever the order.
        #expect(Set(arrived.filter { !$0.1.topicsPending }.map(\.0)) == Set(pending.map(\.index)))
        #expect(arrived.filter { !$0.1.topicsPending }.count == pending.count)
    }

    @Test func aListingReadsOnlyFilesWhoseSummariesAreNotCurrent() throws {
        let copy = try BundledCopy("ledger")
        let first = SummaryLedger(dataFolder: copy.data, library: [copy.library], topicSet: .builtIn)
        var loader = LibraryLoader()
        loader.summaries = first
        let read = try loader.load(paths: [copy.library], topicSet: .builtIn)
        // What a listing shows is what the whole articles show.
        let whole = try LibraryLoader().load(paths: [copy.library], topicSet: .builtIn)
        #expect(read.articles.map(\.title) == whole.articles.map(\.title) && read.articles.map(\.wordCount) == whole.articles.map(\.wordCount))
        first.save(read)

        // Same size, same time, other words: a listing that trusts its summary shows the old title,
        // which is how it is seen not to read the file.
        let path = copy.library + "/mdma-pain-relief.txt"
        var before = stat()
        #expect(stat(path, &before) == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.write(contentsOf: Data(("X y z" + text.dropFirst(5)).utf8))  // two more words, same size
        try handle.close()
        var times = [before.st_atim, before.st_mtim]  // to the nanosecond, as the stamp compares it
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        loader.summaries = SummaryLedger(dataFolder: copy.data, library: [copy.library], topicSet: .builtIn)
        let listed = try loader.load(paths: [copy.library], topicSet: .builtIn)
        #expect(listed.articles.map(\.title) == read.articles.map(\.title))
        // Touched: read again.
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
        loader.summaries = SummaryLedger(dataFolder: copy.data, library: [copy.library], topicSet: .builtIn)
        let again = try loader.load(paths: [copy.library], topicSet: .builtIn)
        let index = try #require(again.articles.firstIndex { $0.path == path })
        #expect(again.articles[index].wordCount == listed.articles[index].wordCount + 2)  // read again
    }
}
