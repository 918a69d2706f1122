import TractTestSupport
import Foundation
import Testing
@testable import TractCore

/// Pairing of two articles' passages on a topic, on the bundled articles.
@Suite struct ComparisonTests {
    private func compare(_ left: String, _ right: String, on topic: String) throws -> TopicComparison {
        TopicComparison(topic: topic, left: try Fixtures.bundled(left), right: try Fixtures.bundled(right))
    }

    /// The headings of the paired whole sections.
    private func pairedSections(_ comparison: TopicComparison) -> [[String]] {
        comparison.pairs.compactMap { pair in
            let left = comparison.left.passages[pair[0]]
            let right = comparison.right.passages[pair[1]]
            guard left.isSection, right.isSection else { return nil }
            return [left.heading ?? "", right.heading ?? ""]
        }
    }

    @Test(arguments: [
        ("safety", ["Potential Side Effects", "Safety Profile And Side Effects"]),
        ("mechanism", ["Mechanism Of Action", "Mechanism Of Action"]),
        ("future-research", ["Future Research Opportunities.", "Future Research And Considerations"]),
    ])
    func sectionsPairAcrossArticles(topic: String, expected: [String]) throws {
        let comparison = try compare("mdma-pain-relief", "mdma-depression-treatment", on: topic)
        #expect(pairedSections(comparison).contains(expected), "\(pairedSections(comparison))")
    }

    @Test func rowsFollowTheLeftArticleAndShowEveryPassage() throws {
        for topic in TopicSet.builtIn.ids {
            let comparison = try compare("mdma-pain-relief", "mdma-ptsd-breakthrough", on: topic)
            let lefts = comparison.rows.compactMap(\.left)
            #expect(Set(lefts) == Set(comparison.left.passages.indices), "\(topic)")
            #expect(Set(comparison.rows.compactMap(\.right)) == Set(comparison.right.passages.indices), "\(topic)")
            // Rows beside a left passage come together; the left article's order is kept inside each part.
            let runs = lefts.enumerated().filter { $0.offset == 0 || lefts[$0.offset - 1] != $0.element }.map(\.element)
            #expect(Set(runs).count == runs.count, "\(topic): \(runs)")
        }
    }

    @Test func articleWithoutPassageOffersNearestParagraphs() throws {
        let comparison = try compare("mdma-health-benefits", "mdma-depression-treatment", on: "safety")
        #expect(comparison.left.passages.isEmpty)
        #expect(comparison.pairs.isEmpty)
        #expect(!comparison.left.nearest.isEmpty && comparison.left.nearest.count <= 3)
        let scores = comparison.left.nearest.map(\.score)
        #expect(scores == scores.sorted(by: >))
        #expect(scores.allSatisfy { $0 > 0 && $0 < 0.5 })
        #expect(!comparison.right.passages.isEmpty)
        #expect(comparison.right.nearest.isEmpty)
        // The same paragraphs as scoring every paragraph of the article again, best first.
        let article = comparison.left.article
        let safety = try #require(TopicSet.builtIn.ids.firstIndex(of: "safety"))
        var rescored: [(line: Int, score: Double)] = []
        for section in article.sections {
            for paragraph in section.paragraphs {
                let score = (Fixtures.classifier.scoreBody(String(paragraph.text))[safety].score * 100).rounded() / 100
                if score > 0 { rescored.append((paragraph.line, score)) }
            }
        }
        rescored.sort { $0.score != $1.score ? $0.score > $1.score : $0.line < $1.line }
        #expect(comparison.left.nearest.map(\.line) == rescored.prefix(3).map(\.line))
        #expect(comparison.left.nearest.allSatisfy { !$0.evidence.isEmpty })
    }

    @Test func labellingInChunksMatchesOneThread() throws {
        // Over 256 KB, so the classifier splits the article into chunks on all cores.
        let texts = try GoldStructureTests.stems.map {
            try String(contentsOf: Fixtures.articlesFolder.appendingPathComponent($0 + ".txt"), encoding: .utf8)
        }
        let bytes = Array(String(repeating: texts.joined(separator: "\n"), count: 9).utf8)
        #expect(bytes.count > 256 * 1024)
        let chunked = ArticleParser.parse(bytes: bytes, path: "big.txt", format: .text, classifier: Fixtures.classifier)
        let serial = ArticleParser.parse(bytes: bytes, path: "big.txt", format: .text, classifier: Fixtures.classifier, parallel: false)
        #expect(chunked == serial)
        #expect(chunked.nearestByTopic == serial.nearestByTopic)
    }

    @Test func nearestKeepsTheBestThreeAcrossChunks() {
        func collection(_ items: [(score: Double, line: Int)]) -> NearestParagraphs {
            var nearest = NearestParagraphs(topicCount: 2)
            for item in items {
                var made = passage(WordSignature(), line: item.line)
                made.score = item.score
                nearest.offer(made, topic: 1)
            }
            return nearest
        }
        var first = collection([(0.3, 10), (0.2, 20)])
        first.merge(collection([(0.1, 1), (0.4, 500), (0.2, 5)]))
        #expect(first.byTopic[1].map(\.line) == [500, 10, 5])  // score first, then the earlier line
        #expect(first.byTopic[0].isEmpty)
        #expect(!first.admits(score: 0.2, line: 6, topic: 1) && first.admits(score: 0.2, line: 4, topic: 1))
    }

    @Test func headingsAreComparedByTheirWords() {
        let adverse = Passage.headingWords("Adverse effects")
        #expect(abs(Passage.headingShare(adverse, Passage.headingWords("2. Adverse Side Effects")) - 2.0 / 3) < 1e-9)
        #expect(Passage.headingShare(adverse, Passage.headingWords("4.1. Pharmacokinetic Interactions")) == 0)
        #expect(Passage.headingShare(adverse, Passage.headingWords("ADVERSE EFFECTS")) == 1)
        #expect(Passage.headingWords("On it") == 0)  // words under four letters say nothing
    }

    @Test func swappingExchangesSidesAndPairs() throws {
        let comparison = try compare("mdma-pain-relief", "mdma-depression-treatment", on: "safety")
        let swapped = comparison.swapped
        #expect(swapped.left.article.stem == "mdma-depression-treatment")
        #expect(Set(swapped.points.map(\.name)) == Set(comparison.points.map(\.name)))
        for point in swapped.points {
            let before = try #require(comparison.points.first { $0.name == point.name })
            #expect(point.quotes == before.quotes.reversed())
        }
        #expect(swapped.swapped == comparison)
    }

    @Test func passagesAreWholeSectionsOrLabelledParagraphs() throws {
        let article = try Fixtures.bundled("mdma-pain-relief")
        let passages = PassageFinder.passages(in: article, topic: "safety")
        let section = try #require(passages.first { $0.isSection })
        #expect(section.heading == "Potential Side Effects")
        #expect(section.line == 17)
        #expect(section.paragraphs.count == 7)
        for passage in passages where !passage.isSection {
            let paragraph = article.sections[passage.section].paragraphs[passage.paragraphs.lowerBound]
            #expect(paragraph.topics.contains { $0.id == "safety" })
        }
    }

    @Test func mapCountsWordsAndFindsRichest() throws {
        let articles = try GoldStructureTests.stems.map(Fixtures.bundled)
        let map = TopicMap(library: Library(root: nil, articles: articles, topicSet: .builtIn))
        let safety = try #require(TopicSet.builtIn.ids.firstIndex(of: "safety"))
        let health = try #require(articles.firstIndex { $0.stem == "mdma-health-benefits" })
        #expect(map.words[health][safety] == 0)
        let richest = map.richest(inTopic: safety)
        #expect(richest.count == 2)
        #expect(map.words[richest[0]][safety] >= map.words[richest[1]][safety])
        #expect(TopicMap.bar(5, max: 10, width: 4) == "██  ")
    }

    /// Signatures of texts, as the classifier makes them for paragraphs.
    private func signatures(_ texts: [String]) -> [WordSignature] {
        let section = Section(heading: nil, level: 1, line: 1, paragraphs: texts.map { Paragraph(line: 1, text: $0) })
        return Fixtures.classifier.classify(section).paragraphs.map(\.signature)
    }

    /// A paragraph passage with the given signature.
    private func passage(_ signature: WordSignature, line: Int) -> Passage {
        Passage(section: 0, heading: nil, paragraphs: 0..<1, line: line, score: 0.5, evidence: [],
                isSection: false, signature: signature)
    }

    @Test func signaturesMeasureSharedContentWords() {
        let made = signatures([
            "Serotonin release shapes emotional memory processing",
            "Emotional memory processing shapes serotonin release",
            "Serotonin release shapes trust between patient and therapist",
            "Blood pressure rises during dosing sessions",
            "The and for with that this",
        ])
        #expect(made[0].similarity(made[1]) > 0.95)  // the same words in another order (less chance overlap)
        let partial = made[0].similarity(made[2])
        #expect(partial > 0.3 && partial < 0.8)
        #expect(made[0].similarity(made[3]) < 0.2)
        #expect(made[4] == WordSignature())  // stop words and short words set no bit
        #expect(made[4].similarity(made[0]) == 0)
    }

    @Test(arguments: [3, 300])  // 3 × 4 candidates all compared; 300 × 301 only near their place
    func paragraphsPairWithTheirNearestInWords(count: Int) {
        // Passage i on both sides shares its own made-up words; the right side has an extra passage
        // at the start, so every partner sits one place further on.
        let words = (0...count).map { "alpha\($0)x beta\($0)y gamma\($0)z delta\($0)w" }
        let made = signatures(words)
        let left = (1...count).map { passage(made[$0], line: $0) }
        let right = ([0] + Array(1...count)).map { passage(made[$0], line: $0) }
        let rows = TopicComparison.rows(left, right, leading: [0, 0])
        // Each left passage's first row holds its partner; the extra right passage is shown somewhere
        // (hashed signatures may give it a chance partner among hundreds).
        for index in 0..<count {
            #expect(rows.first { $0.left == index }?.right == index + 1)
        }
        #expect(rows.contains { $0.right == 0 })
        if count == 3 { #expect(rows.last == TopicComparison.Row(left: nil, right: 0)) }
    }
}
