import Foundation
import Testing
import ScreenKit
import TractApp
import TractCore
import TractView
@testable import TractRuntime

/// A small library opened a second time draws its first frame from the summaries the first run kept.
@Suite struct SummaryCacheTests {
    /// A library of the bundled articles copied (so they can be changed) and an empty data folder.
    private struct Fixture {
        let library: String
        let data: String

        init() throws {
            let copy = try BundledCopy("summaries")
            (library, data) = (copy.library, copy.data)
        }

        func load() throws -> ProgressiveLoader.Result {
            try ProgressiveLoader(loader: LibraryLoader()).load(paths: [library], dataFolder: data)
        }

        /// Reads the library whole and keeps its summaries, as a first run of the reader does.
        func firstRun() throws -> ProgressiveLoader.Result {
            let first = try load()
            first.saveSummaries()
            return first
        }
    }

    @Test func aSecondRunOpensFromSummariesThatLookLikeTheArticles() throws {
        let fixture = try Fixture()
        let first = try fixture.firstRun()
        #expect(!first.fromSummaries && first.pending.isEmpty && first.library.articles.allSatisfy { $0.isComplete })

        let second = try fixture.load()
        #expect(second.fromSummaries)
        #expect(second.pending.map(\.index) == [0, 1, 2, 3, 4])
        let whole = first.library.articles
        let standIns = second.library.articles
        #expect(standIns.allSatisfy { !$0.isComplete && $0.sections.isEmpty })
        #expect(standIns.map(\.title) == whole.map(\.title))
        #expect(standIns.map(\.headingCount) == whole.map(\.headingCount))
        #expect(standIns.map(\.wordCount) == whole.map(\.wordCount))
        for topic in TopicSet.builtIn.topics {
            #expect(standIns.map { $0.coverage.words(on: topic.id) } == whole.map { $0.coverage.words(on: topic.id) })
        }
        // The first frame drawn from the stand-ins is the one the whole articles draw.
        let size = Size(width: 100, height: 30)
        let fromSummaries = AppState(library: second.library, size: size, loading: LoadProgress(done: 0, total: 5, quiet: true))
        let fromArticles = AppState(library: first.library, size: size)
        #expect(render(fromSummaries, theme: Theme(monochrome: false)) == render(fromArticles, theme: Theme(monochrome: false)))
        // Articles arriving replace their stand-ins, still without progress in the status line.
        var state = fromSummaries
        _ = reduce(&state, .articlesLoaded([LoadedArticle(index: 0, article: whole[0]), LoadedArticle(index: 1, article: whole[1])],
                                           remaining: 3, total: 5))
        #expect(state.loading == LoadProgress(done: 2, total: 5, quiet: true))
        #expect(state.library.articles[0].isComplete && !state.library.articles[2].isComplete)
        #expect(!render(state, theme: Theme(monochrome: true)).snapshot.contains("reading"))
    }

    @Test func theSummariesAreKeptInTheDataFolderNotTheLibrary() throws {
        let fixture = try Fixture()
        let before = try FileManager.default.contentsOfDirectory(atPath: fixture.library).sorted()
        _ = try fixture.firstRun()
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.library).sorted() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.data + "/summaries").count == 1)
    }

    @Test func aChangedFileIsReadAgain() throws {
        let fixture = try Fixture()
        _ = try fixture.firstRun()
        let handle = try #require(FileHandle(forWritingAtPath: fixture.library + "/mdma-health-benefits.txt"))
        handle.seekToEndOfFile()
        handle.write(Data("\nSafety\n\nA new paragraph on adverse effects and risks.\n".utf8))
        handle.closeFile()
        let again = try fixture.load()
        #expect(!again.fromSummaries)
        #expect(again.library.articles.allSatisfy { $0.isComplete })
        #expect(again.library.articles[2].headings.contains("Safety"))
    }

    @Test func anotherTopicSetOrBinaryIsAMiss() throws {
        let fixture = try Fixture()
        _ = try fixture.firstRun()
        let builtIn = SummaryCache(dataFolder: fixture.data, library: [fixture.library], topicSet: .builtIn)
        let files = LibraryLoader().articlePaths(in: [fixture.library])
        #expect(builtIn.summaries(of: files)?.count == 5)
        var fewer = TopicSet.builtIn
        fewer.topics.removeLast()
        fewer.origin = fixture.library + "/topics.yml"
        #expect(SummaryCache(dataFolder: fixture.data, library: [fixture.library], topicSet: fewer).summaries(of: files) == nil)
        let otherBinary = SummaryCache(dataFolder: fixture.data, library: [fixture.library], topicSet: .builtIn,
                                       binary: ProgressiveLoaderTests.bundled.appendingPathComponent("mdma-pain-relief.txt").path)
        #expect(otherBinary.summaries(of: files) == nil)
    }

    @Test func aDamagedCacheIsAMissAndIsMadeAgain() throws {
        let fixture = try Fixture()
        _ = try fixture.firstRun()
        let file = try FileManager.default.contentsOfDirectory(atPath: fixture.data + "/summaries").first.map { fixture.data + "/summaries/" + $0 }
        let cache = try #require(file)
        let text = try String(contentsOfFile: cache, encoding: .utf8)
        try (text.split(separator: "\n").prefix(3).joined(separator: "\n") + "\n/x\tnot\ta\tsummary\n").write(toFile: cache, atomically: true, encoding: .utf8)
        #expect(try !fixture.load().fromSummaries)
        _ = try fixture.firstRun()
        #expect(try fixture.load().fromSummaries)
    }

    /// A data folder that cannot be written (here a file in its place, which stops root too).
    @Test func anUnwritableDataFolderOnlyMeansNoSummaries() throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(atPath: (fixture.data as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "not a folder".write(toFile: fixture.data, atomically: true, encoding: .utf8)
        let first = try fixture.firstRun()
        #expect(first.library.articles.count == 5 && first.library.articles.allSatisfy { $0.isComplete })
        #expect(try !fixture.load().fromSummaries)
        #expect(try String(contentsOfFile: fixture.data, encoding: .utf8) == "not a folder")
    }

    @Test func aSingleArticleIsAlwaysReadAtOnce() throws {
        let fixture = try Fixture()
        let one = fixture.library + "/mdma-pain-relief.txt"
        for _ in 0..<2 {
            let result = try ProgressiveLoader(loader: LibraryLoader()).load(paths: [one], dataFolder: fixture.data)
            result.saveSummaries()
            #expect(!result.fromSummaries && result.library.articles.allSatisfy { $0.isComplete })
        }
    }

    @Test func aLineRoundTripsAndOddTitlesAreNotKept() throws {
        let stamp = try #require(FileProbe.stamp(of: ProgressiveLoaderTests.bundled.path))
        let summary = ArticleSummary(title: "Ünïcode · title", format: .markdown, titleLine: 3, headingCount: 4, wordCount: 900,
                                     lineCount: 80, topicWords: [1, 0, 2, 0, 0, 7])
        let entry = SummaryCache.Entry(path: "/a/b.md", stamp: stamp, summary: summary)
        let line = try #require(SummaryCache.line(entry))
        #expect(SummaryCache.entry(Substring(line)) == entry)
        var tabbed = entry
        tabbed.summary.title = "a\ttitle"
        #expect(SummaryCache.line(tabbed) == nil)
        #expect(SummaryCache.entry("/a/b.md\t1\t2") == nil)
    }
}
