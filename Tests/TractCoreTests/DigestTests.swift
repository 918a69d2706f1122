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

    @Test func sharedPointsAreStatedByTwoArticlesOrMore() throws {
        let digest = Digest(library: library, topic: "safety")
        #expect(digest.shared.map(\.name).contains("elevated blood pressure"))
        for point in digest.shared {
            #expect(point.sides.count >= 2, "\(point.name)")
            // Each stating article's quote is its own words, and its passages state the point.
            for (side, quote) in point.quotes.enumerated() {
                let entry = digest.entries[side]
                let text = entry.passages.map { $0.text(in: library.articles[entry.article]) }.joined(separator: "\n")
                if let quote { #expect(text.contains(quote)) }
                #expect((quote != nil) == point.isStated(in: text), "\(point.name) in \(library.articles[entry.article].stem)")
            }
        }
        #expect(digest.statements(of: digest.shared[0]).count == digest.shared[0].sides.count)
    }

    @Test func aPointNarrowsToThePassagesThatStateIt() throws {
        let digest = Digest(library: library, topic: "safety")
        let point = try #require(digest.shared.first { $0.name == "elevated blood pressure" })
        let narrowed = digest.narrowed(to: point, in: library)
        #expect(narrowed.count == 2)
        for entry in narrowed {
            #expect(entry.passages.allSatisfy { point.isStated(in: $0.text(in: library.articles[entry.article])) })
        }
        // A word that is no point narrows by the word itself.
        let asked = digest.narrowed(to: digest.point(named: "Hyperthermia"), in: library)
        #expect(asked.map { library.articles[$0.article].stem } == ["mdma-pain-relief"])
    }
}
