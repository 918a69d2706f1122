import Testing
@testable import TractCore
import TractTestSupport

/// Points and pairing on small made-up articles: what both state, what only one states, lists,
/// plurals, names and subjects, quotes; rows matched by content rather than by order.
@Suite struct PointTests {
    private func article(_ name: String, _ text: String) -> Article {
        ArticleParser.parse(bytes: Array(text.utf8), path: name + ".md", format: .markdown, classifier: Fixtures.classifier)
    }

    private let left = """
        # Zorbamine

        ## Adverse effects

        Common adverse effects of zorbamine include nausea, headache, dizziness and insomnia. Dr Smith reported \
        QT prolongation at high doses.

        ## Interactions

        Zorbamine strongly inhibits CYP2D6, so it raises the levels of metoprolol, desipramine, atomoxetine and \
        nortriptyline. Combining it with tramadol or other serotonergic drugs may rarely cause serotonin syndrome.
        """

    private let right = """
        # Quellitol

        ## Interactions

        Quellitol is a weak inhibitor of CYP2D6. Taken with other serotonergic drugs it may cause serotonin \
        syndrome.

        ## Side effects

        The most common side effects of quellitol are nausea, headaches, dizziness, dry mouth and constipation.
        """

    private func comparison(on topic: String = "safety") -> TopicComparison {
        TopicComparison(topic: topic, left: article("zorbamine", left), right: article("quellitol", right))
    }

    @Test func bothAndOnlyOnePointsAreTold() throws {
        let points = comparison().points
        let shared = points.filter(\.isShared).map(\.name)
        #expect(shared.contains("serotonin syndrome"))
        #expect(shared.contains("nausea"))
        #expect(shared.contains { $0.lowercased() == "cyp2d6" })
        let leftOnly = points.filter { $0.sides == [0] }.map(\.name)
        let rightOnly = points.filter { $0.sides == [1] }.map(\.name)
        #expect(leftOnly.contains { $0.contains("qt prolongation") || $0.contains("QT prolongation") }, "\(leftOnly)")
        #expect(leftOnly.contains { $0.contains("tramadol") }, "\(leftOnly)")
        // The list of drugs only the left names is one point.
        #expect(leftOnly.contains("metoprolol, desipramine, atomoxetine, nortriptyline"), "\(leftOnly)")
        #expect(rightOnly.contains("dry mouth, constipation"), "\(rightOnly)")
        // Generic words never are points, nor what the articles are about, nor a person's name.
        let all = points.flatMap { $0.name.lowercased().split(separator: ",").map { $0.trimmingCharacters(in: [" "]) } }
        for word in ["common", "taken", "high doses", "levels", "zorbamine", "quellitol", "smith", "strongly", "rarely"] {
            #expect(!all.contains(word), "\(word) is a point: \(all)")
        }
    }

    @Test func pluralsAreOnePoint() {
        let shared = comparison().points.filter(\.isShared)
        #expect(shared.filter { ["headache", "headaches"].contains($0.name) }.count == 1)
        let headache = shared.first { ["headache", "headaches"].contains($0.name) }
        #expect(Set(headache?.forms ?? []) == ["headache", "headaches"])
    }

    @Test func quotesAreTheArticlesOwnWordsAndPassagesStateThePoint() throws {
        let compared = comparison()
        let sides = [compared.left, compared.right]
        for point in compared.points {
            for side in point.sides {
                let text = sides[side].passages.map { $0.text(in: sides[side].article) }.joined(separator: "\n")
                let quote = try #require(point.quotes[side])
                #expect(text.contains(quote), "\(point.name): \(quote)")
                #expect(quote.split(separator: " ").count <= 25)
                #expect(!point.passages[side].isEmpty)
                for passage in point.passages[side] {
                    #expect(point.isStated(in: sides[side].passages[passage].text(in: sides[side].article)), "\(point.name)")
                }
            }
        }
    }

    @Test func passagesPairByWhatTheySayNotByOrder() throws {
        // Left: adverse effects, then interactions; right: interactions, then side effects.
        let compared = comparison()
        let headings = { (side: TopicComparison.Side, index: Int?) in index.flatMap { side.passages[$0].heading } }
        let rows = compared.rows.map { [headings(compared.left, $0.left), headings(compared.right, $0.right)] }
        #expect(rows.contains(["Adverse effects", "Side effects"]), "\(rows)")
        #expect(rows.contains(["Interactions", "Interactions"]), "\(rows)")
        #expect(compared.rows.allSatisfy { $0.left != nil && $0.right != nil })  // no empty column
        // The section named for the topic opens the comparison.
        #expect(rows.first == ["Adverse effects", "Side effects"])
    }

    @Test func onlyOneArticlesPassagesComeLastUnderOnlyIn() {
        let lone = article("lone", """
            # Lone

            ## Adverse effects

            Common adverse effects include nausea and headaches.

            ## Overdose

            Overdose of lonexine causes agranulocytosis, hyponatraemia and hepatotoxicity in susceptible patients.
            """)
        let compared = TopicComparison(topic: "safety", left: article("quellitol", right), right: lone)
        let lastLeft = compared.rows.lastIndex { $0.left != nil } ?? -1
        let alone = compared.rows.indices.filter { compared.rows[$0].left == nil }
        #expect(alone.allSatisfy { $0 > lastLeft })
    }

    @Test func aSwitchedAroundComparisonTurnsItsPointsToo() throws {
        let compared = comparison()
        let swapped = compared.swapped
        #expect(swapped.points.filter { $0.sides == [0] }.map(\.name) == compared.points.filter { $0.sides == [1] }.map(\.name))
        // Rows now follow the new left article: its interactions first, beside the other's.
        let first = try #require(swapped.rows.first)
        #expect(first.left.map { swapped.left.passages[$0].heading } == "Interactions")
        #expect(first.right.map { swapped.right.passages[$0].heading } == "Interactions")
    }

    @Test func threeArticlesShareWhatTwoOfThemState() {
        let third = article("third", """
            # Third

            ## Adverse effects

            Reported adverse effects are constipation, tinnitus and hiccups.
            """)
        let texts = [left, right].map { article($0.hasPrefix("# Zorbamine") ? "zorbamine" : "quellitol", $0) } + [third]
        let sides = texts.map { TopicComparison.pointTexts(TopicComparison.Side(article: $0, passages: PassageFinder.passages(in: $0, topic: "safety"), nearest: [])) }
        let points = PointFinder.find(sides: sides, subjects: texts.flatMap { [$0.title, $0.stem] }, topic: "safety")
        let constipation = points.first { $0.forms.contains("constipation") && $0.isShared }
        #expect(constipation?.sides == [1, 2])
        let nausea = points.first { $0.name == "nausea" }
        #expect(nausea?.sides == [0, 1])
    }

    @Test func anAbbreviationIsWhatItStandsFor() {
        let one = article("one", """
            # One

            ## Interactions

            Cough syrups with dextromethorphan (DXM) and monoamine oxidase inhibitors (MAOIs) must be avoided.
            """)
        let other = article("other", """
            # Other

            ## Interactions

            Taking it with DXM or with MAOIs risks a hypertensive crisis.
            """)
        let points = TopicComparison(topic: "safety", left: one, right: other).points
        #expect(points.contains { $0.isShared && $0.name == "dextromethorphan (DXM)" && Set($0.forms).isSuperset(of: ["dextromethorphan", "dxm"]) },
                "\(points.map(\.name))")
        #expect(points.contains { $0.isShared && $0.name == "monoamine oxidase inhibitors (MAOIs)" }, "\(points.map(\.name))")
        #expect(!points.contains { $0.name == "dxm" || $0.name == "maois" })
        #expect(PointText.spells(Array("ssri".unicodeScalars), ["selective", "serotonin", "reuptake", "inhibitor"].map { Array($0.unicodeScalars) }))
        #expect(!PointText.spells(Array("ssri".unicodeScalars), ["serotonin", "reuptake", "inhibitor"].map { Array($0.unicodeScalars) }))
    }

    @Test func plainWordsAreTheTermTheyGloss() {
        let one = article("one", """
            # One

            ## Adverse effects

            Overdose causes hypotension, tachycardia and seizures.
            """)
        let other = article("other", """
            # Other

            ## Adverse effects

            Large doses lower the blood sugar and cause low blood pressure, tremor and a rapid heart rate.
            """)
        let points = TopicComparison(topic: "safety", left: one, right: other).points
        #expect(points.contains { $0.isShared && $0.name == "hypotension (low blood pressure)" }, "\(points.map(\.name))")
        #expect(points.contains { $0.isShared && $0.name == "tachycardia (rapid heart rate)" }, "\(points.map(\.name))")
        #expect(!points.contains { $0.name == "low blood pressure" })
    }

    @Test func sortedTablesAnswerExactKeysOnly() {
        let background = PointBackground.builtIn
        #expect(background.zipf("the") > 6)
        #expect(background.zipf("zorbamine") == 2.5)  // unknown: rarer than the table's floor
        #expect(background.isGeneric("important") && !background.isGeneric("nausea"))
        #expect(background.isNotNoun("subside") && !background.isNotNoun("nausea"))
        #expect(background.occurrences("serotonin syndrome") > 10)
        #expect(background.occurrences("serotonin syndrom") == 0)
        #expect(background.termhood(["serotonin", "syndrome"], topic: "safety") > background.termhood(["important"], topic: "safety"))
    }
}
