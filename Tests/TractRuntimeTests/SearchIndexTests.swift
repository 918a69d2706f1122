import Foundation
import GRDB
import Testing
import TractCore
@testable import TractRuntime

/// The library index: ranking, phrases, prefixes, topics, incremental updates, CJK.
@Suite(.serialized) struct SearchIndexTests {
    static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Articles")

    /// A copy of the bundled library plus a Chinese article, in a temporary folder, and an index of it.
    final class Fixture {
        let folder: String
        let data: String
        let index: SearchIndex
        let classifier = TopicClassifier(topicSet: .builtIn)

        init() throws {
            let copy = try BundledCopy("search")
            (folder, data) = (copy.library, copy.data)
            try "血清素的释放与情绪有关。这是一篇中文文章。\n副作用\n可能出现恶心和脱水。\n".write(toFile: folder + "/zh.txt", atomically: true, encoding: .utf8)
            try "Café society and naïve readers meet here.\n".write(toFile: folder + "/accents.txt", atomically: true, encoding: .utf8)
            try "The ﬁrst ﬂoor of a PDF review.\n".write(toFile: folder + "/ligatures.txt", atomically: true, encoding: .utf8)
            index = try SearchIndex(directory: data)
            try update()
        }

        @discardableResult
        func update() throws -> SearchIndex.UpdateStats {
            let paths = LibraryLoader().articlePaths(in: [folder])
            let classifier = self.classifier
            return try index.update(paths: paths) { path, vocabulary in
                ArticleParser.parse(bytes: try FileProbe.readRegularFile(path), path: path, format: .text, classifier: classifier,
                                    vocabulary: vocabulary)
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
    }

    @Test func serotoninIsFoundInEveryArticleRanked() throws {
        let fixture = try Fixture()
        let hits = try fixture.index.search("serotonin", limit: 100)
        #expect(Set(hits.map { ArticlePath.stem(of: $0.path) }) == Set(["mdma-pain-relief", "mdma-ptsd-breakthrough",
            "mdma-depression-treatment", "mdma-health-benefits", "mdma-emerging-research", "zh"].filter { $0 != "zh" }))
        #expect(hits.map(\.score) == hits.map(\.score).sorted(by: >))
        #expect(hits.allSatisfy { !$0.highlights.isEmpty })
        #expect(hits.first.map { $0.snippet.lowercased().contains("serotonin") } == true)
    }

    @Test func phrasePrefixAndCaseAndAccents() throws {
        let fixture = try Fixture()
        let phrase = try fixture.index.search("\"side effects\"")
        #expect(!phrase.isEmpty)
        #expect(phrase.allSatisfy { hit in
            hit.snippet.lowercased().contains("side effects") || (hit.section ?? "").lowercased().contains("side effects")
        })
        let prefix = try fixture.index.search("seroton*")
        #expect(prefix.count >= (try fixture.index.search("serotonin")).count)
        #expect(try fixture.index.search("SEROTONIN").count == (try fixture.index.search("serotonin")).count)
        #expect(try fixture.index.search("cafe naive").count == 1)
        // Ligatures as their letters, both ways: typed plain or typed as the ligature.
        let floor = try fixture.index.search("first floor")
        #expect(floor.count == 1 && floor.first?.snippet.contains("first floor") == true)
        #expect(try fixture.index.search("ﬁrst").count == (try fixture.index.search("first")).count)
    }

    /// The index is a cache: one with damaged pages behind a sound header is rebuilt on open, not left
    /// to fail every search with an SQL error.
    @Test func aDamagedIndexIsRebuilt() throws {
        let fixture = try Fixture()
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("tract-index-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: data) }
        let path = data + "/index.sqlite"
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: fixture.data + "/index.sqlite" + suffix) {
            try FileManager.default.copyItem(atPath: fixture.data + "/index.sqlite" + suffix, toPath: path + suffix)
        }
        // Everything into the main file, so the damage below is not hidden by the write-ahead log.
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        try #require(bytes.count > 16384)
        for index in (bytes.count - 8192)..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let reopened = try SearchIndex(directory: data)
        #expect(try reopened.search("serotonin").isEmpty)  // empty until the library is indexed again
    }

    /// Reading every page for damage is skipped when the file is as the index left it on closing; a file
    /// changed since (or never closed: a crash) is checked.
    @Test func aCleanlyClosedIndexIsNotReadWholeOnOpen() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("tract-index-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        #expect(try SearchIndex(directory: data).checkedOnOpen)  // new
        #expect(try !SearchIndex(directory: data).checkedOnOpen)  // closed cleanly just before
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: data + "/index.sqlite")
        #expect(try SearchIndex(directory: data).checkedOnOpen)  // touched behind its back
        var open: SearchIndex? = try SearchIndex(directory: data)
        #expect(open?.checkedOnOpen == false)
        #expect(try SearchIndex(directory: data).checkedOnOpen)  // another opened while this one is open
        open = nil
        _ = open
    }

    @Test func headingMatchesRankFirst() throws {
        let fixture = try Fixture()
        let hits = try fixture.index.search("dosage")
        #expect(hits.first?.section == "Dosage Considerations")
    }

    @Test func topicNarrowsToPassagesOnIt() throws {
        let fixture = try Fixture()
        let hits = try fixture.index.search("mdma", topic: "safety", limit: 100)
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.topics.contains("safety") })
        #expect(hits.count < (try fixture.index.search("mdma", limit: 100)).count)
    }

    /// Topics are indexed beside the words, but a query's words are never matched against them.
    @Test func queryWordsAreNotMatchedAgainstTopicLabels() throws {
        let fixture = try Fixture()
        let hits = try fixture.index.search("safety", limit: 500)
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { ($0.snippet + " " + ($0.section ?? "")).lowercased().contains("safety") })
    }

    /// Every passage narrowed to a topic whose id has two words is on that topic, and as many as
    /// filtering the unnarrowed hits by their topics gives.
    @Test func narrowingToATwoWordTopic() throws {
        let fixture = try Fixture()
        let narrowed = try fixture.index.search("mdma", topic: "future-research", limit: 1000)
        let all = try fixture.index.search("mdma", limit: 1000)
        #expect(!narrowed.isEmpty)
        #expect(narrowed.allSatisfy { $0.topics.contains("future-research") })
        #expect(narrowed.count == all.filter { $0.topics.contains("future-research") }.count)
    }

    /// An index made before topics were indexed (schema v1) is brought up to date on open.
    @Test func aFirstVersionIndexIsUpgraded() throws {
        let fixture = try Fixture()
        let path = fixture.data + "/old/index.sqlite"
        try FileManager.default.createDirectory(atPath: fixture.data + "/old", withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try SearchIndex.migrator.migrate(old, upTo: "v1")
        try old.close()
        let upgraded = try SearchIndex(directory: fixture.data + "/old")
        let classifier = fixture.classifier
        try upgraded.update(paths: LibraryLoader().articlePaths(in: [fixture.folder])) { path, vocabulary in
            ArticleParser.parse(bytes: try FileProbe.readRegularFile(path), path: path, format: .text,
                                classifier: classifier, vocabulary: vocabulary)
        }
        let hits = try upgraded.search("mdma", topic: "safety", limit: 100)
        #expect(!hits.isEmpty && hits.allSatisfy { $0.topics.contains("safety") })
    }

    @Test func invalidSyntaxIsSearchedAsWords() throws {
        let fixture = try Fixture()
        #expect(try fixture.index.search("serotonin AND (").count > 0)
        #expect(try fixture.index.search("\"unclosed phrase").count >= 0)
        #expect(try fixture.index.search("NOT").first?.snippet.lowercased().contains("not") == true)  // the word itself
    }

    @Test func changedAndDeletedFilesFollowTheDisk() throws {
        let fixture = try Fixture()
        #expect(try fixture.index.search("zeppelin").isEmpty)
        let path = fixture.folder + "/mdma-health-benefits.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try (text + "A zeppelin appeared in the final paragraph.\n").write(toFile: path, atomically: true, encoding: .utf8)
        let stats = try fixture.update()
        #expect(stats.indexed == 1 && stats.unchanged == 7)
        #expect(try fixture.index.search("zeppelin").first?.path == path)
        try FileManager.default.removeItem(atPath: path)
        #expect(try fixture.update().removed == 1)
        #expect(try fixture.index.search("zeppelin").isEmpty)
        #expect(try fixture.index.search("serotonin", limit: 100).allSatisfy { $0.path != path })
    }

    @Test func cjkIsFoundByATwoCharacterQuery() throws {
        let fixture = try Fixture()
        let hits = try fixture.index.search("血清")
        #expect(hits.count == 1)
        #expect(hits.first?.title == "血清素的释放与情绪有关。这是一篇中文文章。" || ArticlePath.stem(of: hits.first?.path ?? "") == "zh")
        #expect(hits.first?.highlights.first.map { $0[1] - $0[0] } == 2)
        #expect(try fixture.index.search("脱水").first?.line == 3)
    }

    @Test func reopeningAWarmIndexReindexesNothing() throws {
        let fixture = try Fixture()
        let again = try SearchIndex(directory: fixture.data)
        let stats = try again.update(paths: LibraryLoader().articlePaths(in: [fixture.folder])) { _, _ in
            Issue.record("an unchanged file was read again")
            return nil
        }
        #expect(stats.indexed == 0 && stats.unchanged == 8)
    }

    /// More files than one chunk: the next chunk is read while the last is written, and every file
    /// arrives, each once, with progress counting every file read.
    @Test func aLibraryOfSeveralChunksIsIndexedWhole() throws {
        let copy = try BundledCopy("chunks")
        defer { try? FileManager.default.removeItem(atPath: (copy.library as NSString).deletingLastPathComponent) }
        let count = SearchIndex.chunk * 2 + 37
        for number in 0..<count {
            try "Paper \(number)\n\nThe \(Self.marker(number)) appears once in this paper.\n".write(toFile: copy.library + "/paper\(number).txt",
                                                                              atomically: true, encoding: .utf8)
        }
        let paths = LibraryLoader().articlePaths(in: [copy.library])
        let heard = Heard()
        let index = try SearchIndex(directory: copy.data)
        let classifier = TopicClassifier(topicSet: .builtIn)
        let stats = try index.update(paths: paths, progress: { done, total in heard.add(done, total) }) { path, vocabulary in
            try LibraryLoader().loadArticle(path: path, classifier: classifier, vocabulary: vocabulary)
        }
        #expect(stats.indexed == paths.count && paths.count == count + 5)
        #expect(heard.values.map(\.0).sorted() == Array(1...paths.count) && heard.values.allSatisfy { $0.1 == paths.count })
        for number in [0, 26, SearchIndex.chunk, count - 1] {
            #expect(try index.search(Self.marker(number)).map { ArticlePath.stem(of: $0.path) } == ["paper\(number)"])
        }
        let papers = try index.search("appears", limit: 10_000).map { ArticlePath.stem(of: $0.path) }.filter { $0.hasPrefix("paper") }
        #expect(Set(papers).count == count && papers.count == count)
    }

    /// A word of letters only, one per number ("markera", "markerb", … "markerab"), so each is a token.
    static func marker(_ number: Int) -> String {
        var (rest, letters) = (number, "")
        repeat {
            letters.append(Character(UnicodeScalar(UInt8(97 + rest % 26))))
            rest /= 26
        } while rest > 0
        return "marker" + letters
    }

    /// A file saved again unchanged is not indexed again: its hash is the index's, so only its time is
    /// brought up to date, and the update after does not read it at all.
    @Test func aFileSavedAgainUnchangedIsNotIndexedAgain() throws {
        let fixture = try Fixture()
        let path = fixture.folder + "/mdma-health-benefits.txt"
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: path)
        let stats = try fixture.update()
        #expect(stats.indexed == 0 && stats.unchanged == 8)
        #expect(try fixture.index.search("serotonin", limit: 100).filter { $0.path == path }.count > 0)
        let again = try fixture.index.update(paths: LibraryLoader().articlePaths(in: [fixture.folder])) { _, _ in
            Issue.record("a file whose time was brought up to date was read again")
            return nil
        }
        #expect(again.unchanged == 8)
    }
}

/// What a progress callback heard, from any thread.
private final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var heard: [(Int, Int)] = []
    func add(_ done: Int, _ total: Int) { lock.lock(); heard.append((done, total)); lock.unlock() }
    var values: [(Int, Int)] { lock.lock(); defer { lock.unlock() }; return heard }
}
