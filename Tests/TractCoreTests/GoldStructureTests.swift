import TractTestSupport
import Foundation
import Testing
import TractCore

/// The five bundled articles must come out exactly as ../shared/gold/seeds.json says.
@Suite struct GoldStructureTests {
    static let stems = ["mdma-pain-relief", "mdma-ptsd-breakthrough", "mdma-depression-treatment",
                        "mdma-health-benefits", "mdma-emerging-research"]

    @Test func goldCoversAllBundledArticles() throws {
        #expect(Set(try Fixtures.gold().keys) == Set(Self.stems))
    }

    @Test(arguments: stems) func headingsMatchGoldExactly(stem: String) throws {
        let gold = try #require(try Fixtures.gold()[stem])
        let article = try Fixtures.bundled(stem)
        #expect(article.headings == gold["headings"] as? [String])
    }

    @Test(arguments: stems) func titleLineMatchesGold(stem: String) throws {
        let gold = try #require(try Fixtures.gold()[stem])
        let article = try Fixtures.bundled(stem)
        let expected = gold["title_line"] as? String
        #expect((article.titleLine != nil ? article.title : nil) == expected)
    }

    @Test(arguments: stems) func sectionTopicsMatchGold(stem: String) throws {
        let gold = try #require(try Fixtures.gold()[stem])
        let article = try Fixtures.bundled(stem)
        let expected = gold["topics"] as? [String: String] ?? [:]
        for (heading, topic) in expected {
            let section = try #require(article.sections.first { $0.heading == heading }, "no section \(heading)")
            if topic == "other" {
                #expect(section.topics.isEmpty, "\(heading) should have no topic, got \(section.topics.map(\.id))")
            } else if Fixtures.knownTopicMisses.contains(heading) {
                #expect(section.topics.isEmpty || section.primaryTopic == topic, "\(heading): a wrong topic, not just a miss")
            } else {
                #expect(section.primaryTopic == topic, "\(heading): expected \(topic), got \(section.topics.map(\.id))")
            }
        }
    }

    @Test func notHeadingsStayParagraphs() throws {
        let article = try Fixtures.bundled("mdma-depression-treatment")
        #expect(!article.headings.contains("Potential for long-term benefits:"))
        let texts = article.sections.flatMap(\.paragraphs).map(\.text)
        #expect(texts.contains("Potential for long-term benefits:"))
    }

    @Test func paragraphTopicsMatchGold() throws {
        let gold = try #require(try Fixtures.gold()["mdma-emerging-research"])
        let expected = try #require(gold["paragraph_topics"] as? [String: String])
        let paragraphs = try Fixtures.bundled("mdma-emerging-research").sections.flatMap(\.paragraphs)
        for (prefix, topic) in expected {
            let paragraph = try #require(paragraphs.first { $0.text.hasPrefix(prefix) })
            #expect(paragraph.topics.first?.id == topic, "\(prefix): got \(paragraph.topics.map(\.id))")
        }
    }

    @Test func listItemsInsideSectionsAreNotHeadings() throws {
        let article = try Fixtures.bundled("mdma-pain-relief")
        let sideEffects = try #require(article.sections.first { $0.heading == "Potential Side Effects" })
        let items = sideEffects.paragraphs.filter { $0.kind == .listItem }
        #expect(items.count == 5)
        #expect(items.first?.text.hasPrefix("1. Elevated Blood Pressure:") == true)
        #expect(items.first?.line == 19)
    }

    @Test func everyLabelCarriesEvidence() throws {
        for stem in Self.stems {
            let article = try Fixtures.bundled(stem)
            for label in article.sections.flatMap({ $0.topics + $0.paragraphs.flatMap(\.topics) }) {
                #expect(!label.evidence.isEmpty)
                #expect(label.score >= 0.5 && label.score <= 1)
            }
        }
    }
}
