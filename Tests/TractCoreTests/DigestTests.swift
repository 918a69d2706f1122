import Testing
@testable import TractCore
import TractTestSupport

/// The digest on the bundled library: the whole library on one topic.
@Suite struct DigestTests {
    let library = AppFixtures.library

    @Test func safetyOrdersArticlesAsTheMapColumnAndNamesTheRest() throws {
        let digest = Digest(library: library, topic: "safety")
        let map = TopicMap(library: library)
        let column = try #require(library.topicSet.ids.firstIndex(of: "safety"))
        let ranked = library.articles.indices.filter { map.words[$0][column] > 0 }.sorted { map.words[$0][column] > map.words[$1][column] }
        #expect(digest.entries.map(\.article) == ranked)
        let stems = digest.entries.map { library.articles[$0.article].stem }
        #expect(Set(stems.prefix(2)) == ["mdma-depression-treatment", "mdma-pain-relief"])
        for entry in digest.entries.prefix(2) {
            let first = try #require(entry.passages.first)
            #expect(first.isSection, "\(stems) opens on a paragraph")
            #expect(first.heading?.contains("Side Effects") == true)
        }
        #expect(Set(digest.without.map { library.articles[$0].stem }) == Set(library.articles.map(\.stem)).subtracting(stems))
        #expect(!digest.without.isEmpty)
    }

    @Test func sharedPointsAreInTwoArticlesOrMoreAndNeverInOne() throws {
        let digest = Digest(library: library, topic: "safety")
        let texts = digest.entries.map { entry in
            entry.passages.map { $0.text(in: library.articles[entry.article]) }.joined(separator: "\n")
        }
        #expect(!digest.shared.isEmpty)
        #expect(digest.shared.map(\.text).contains("blood pressure"))
        for point in digest.shared {
            let mentioning = texts.filter { SharedPoints.mentions($0, point.text) }.count
            #expect(mentioning == point.articles && mentioning >= 2, "\(point.text): \(mentioning)")
        }
        // Words of one article's safety passages alone are never points.
        let lone = Set(texts.flatMap { SharedPoints.terms(in: $0) }).filter { term in texts.filter { SharedPoints.mentions($0, term) }.count == 1 }
        #expect(!lone.isEmpty)
        #expect(lone.isDisjoint(with: digest.shared.map(\.text)))
    }

    @Test func aPointNarrowsToThePassagesThatMentionIt() {
        let digest = Digest(library: library, topic: "safety")
        let narrowed = digest.narrowed(to: "blood pressure", in: library)
        #expect(narrowed.count == 2)
        for entry in narrowed {
            #expect(entry.passages.allSatisfy { SharedPoints.mentions($0.text(in: library.articles[entry.article]), "blood pressure") })
        }
    }

    @Test func phrasesDoNotCrossPunctuation() {
        #expect(SharedPoints.terms(in: "raises serotonin. MDMA releases").contains("serotonin mdma") == false)
        #expect(SharedPoints.terms(in: "raises blood pressure").contains("blood pressure"))
        #expect(SharedPoints.find(in: ["blood pressure rises", "the blood pressure", "no point here"]).map(\.text) == ["blood pressure"])
    }
}
