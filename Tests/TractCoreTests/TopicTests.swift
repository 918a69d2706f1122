import TractTestSupport
import Testing
@testable import TractCore

/// Topics come from headings with other words and from the words of headingless text.
@Suite struct TopicTests {
    private func primaryTopic(heading: String, body: String = "Some neutral words about the study and its people.") -> String? {
        Fixtures.parse("Lead paragraph with some words in it.\n\(heading)\n\(body)\n").sections.last?.primaryTopic
    }

    @Test(arguments: [
        ("How It Works", "mechanism"), ("Pharmacology", "mechanism"), ("Risks And Adverse Events", "safety"),
        ("Tolerability", "safety"), ("Open Questions", "future-research"),
        ("What Researchers Want To Know", "future-research"), ("Dosing Schedule", "dosage"),
        ("Concluding Remarks", "conclusion"), ("Clinical Trial Results", "efficacy"),
    ])
    func headingsWithOtherWordsLandRight(heading: String, topic: String) {
        #expect(primaryTopic(heading: heading) == topic)
    }

    @Test func headinglessRiskParagraphIsSafety() {
        let labels = Fixtures.classifier.labels(for: """
        Users report nausea and a raised heart rate, and there is a risk of dehydration and hyperthermia; \
        these adverse events need medical supervision.
        """)
        #expect(labels.first?.id == "safety")
        #expect(labels.first?.evidence.contains("hyperthermia") == true)
    }

    @Test func neutralTextHasNoTopic() {
        #expect(Fixtures.classifier.labels(for: "The weather was pleasant and the trains ran on time.").isEmpty)
        #expect(primaryTopic(heading: "Patient Stories") == nil)
    }

    @Test func customTopicSetReplacesBuiltIn() throws {
        let yaml = """
        topics:
          - id: cooking
            label: Cooking
            color: green
            headings: [recipe*, kitchen]
            words: {oven: 2, bake: 2, flour: 1}
        """
        let set = try TopicSet.parse(yaml: yaml, origin: "topics.yml")
        #expect(set.ids == ["cooking"])
        let classifier = TopicClassifier(topicSet: set)
        let article = ArticleParser.parse(bytes: Array("Intro words here.\nRecipes\nBake it.\n".utf8), path: "x.txt",
                                          format: .text, classifier: classifier)
        #expect(article.sections.last?.primaryTopic == "cooking")
        #expect(classifier.labels(for: "Bake the flour in the oven, then bake again in a hot oven.").first?.id == "cooking")
    }

    @Test func builtInSetRoundTripsThroughYAMLWithPrioritiesNeutralHeadingsAndModel() throws {
        let set = try TopicSet.parse(yaml: TopicSet.builtIn.yaml, origin: "t.yml")
        #expect(set.usesModel)
        #expect(set.neutralHeadings.map(\.text) == TopicSet.builtIn.neutralHeadings.map(\.text))
        #expect(set.topics.map(\.priority) == TopicSet.builtIn.topics.map(\.priority))
        #expect(set.topic("safety")?.headingTerms == TopicSet.builtIn.topic("safety")?.headingTerms)
        #expect(throws: TractError.self) { try TopicSet.parse(yaml: "model: tiny\ntopics:\n  - id: a\n    words: [x]\n", origin: "t.yml") }
    }

    @Test func modelSettingsAreReadWrittenAndDecide() throws {
        var set = TopicSet.builtIn
        #expect(set.modelSettings == nil && !set.yaml.contains("model-settings"))
        set.modelSettings = TopicModel.Settings(margin: 99, minWords: 12, standOut: 0.15)
        let read = try TopicSet.parse(yaml: set.yaml, origin: "t.yml")
        #expect(read.modelSettings == set.modelSettings)
        let partial = try TopicSet.parse(yaml: "model: built-in\nmodel-settings: {stand-out: 0.5}\ntopics:\n  - id: a\n    words: [x]\n",
                                         origin: "t.yml")
        #expect(partial.modelSettings == TopicModel.Settings(margin: TopicModel.builtInSettings.margin,
                                                             minWords: TopicModel.builtInSettings.minWords, standOut: 0.5))
        #expect(throws: TractError.self) {
            try TopicSet.parse(yaml: "model-settings: {margins: 2}\ntopics:\n  - id: a\n    words: [x]\n", origin: "t.yml")
        }
        // Only the model can label here (its topics have no terms that occur): it must be far surer
        // with margin 99 than it can be.
        let text = "# Notes\n\n" + String(repeating: "Serotonin release and reuptake at the transporter, receptor binding and "
            + "dopamine signalling in neurons of the brain explain the action on mood. ", count: 3)
            + "\n\n# Background\n\n" + String(repeating: "The plant was first described by travellers and traded in markets "
            + "across the region for centuries before it was named. ", count: 3)
        let modelOnly = [Topic(id: "mechanism", label: "Mechanism", color: "cyan", headingTerms: [Term("zzzz")], bodyTerms: []),
                         Topic(id: "safety", label: "Safety", color: "red", headingTerms: [Term("zzzz")], bodyTerms: [])]
        let loose = TopicSet(topics: modelOnly, origin: "t", usesModel: true)
        var strict = loose
        strict.modelSettings = set.modelSettings
        let labelled = { (topics: TopicSet) in
            ArticleParser.parse(bytes: Array(text.utf8), path: "n.md", format: .markdown, classifier: TopicClassifier(topicSet: topics))
                .sections.first { $0.heading == "Notes" }?.primaryTopic
        }
        #expect(labelled(loose) == "mechanism")
        #expect(labelled(strict) == nil)
    }

    @Test func malformedYAMLNamesTheLine() {
        let yaml = "topics:\n  - id: a\n    words: [x\n  - id: b\n"
        #expect(throws: TractError.self) { try TopicSet.parse(yaml: yaml, origin: "t.yml") }
        do {
            _ = try TopicSet.parse(yaml: yaml, origin: "t.yml")
        } catch let error as TractError {
            #expect(error.message.hasPrefix("t.yml: line "))
            #expect(!error.message.contains("\n"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func schemaErrorsNameTheLine() throws {
        let yaml = "topics:\n  - id: good\n    words: [x]\n  - label: No Id\n    words: [y]\n"
        let error = #expect(throws: TractError.self) { try TopicSet.parse(yaml: yaml, origin: "t.yml") }
        #expect(error?.message == "t.yml: line 4: topic needs an 'id' of letters, digits and dashes")
        let badColor = "topics:\n  - id: a\n    color: pink\n    words: [x]\n"
        let colorError = #expect(throws: TractError.self) { try TopicSet.parse(yaml: badColor, origin: "t.yml") }
        #expect(colorError?.message.hasPrefix("t.yml: line 3: unknown color 'pink'") == true)
    }

    @Test func builtInSetRoundTripsThroughYAML() throws {
        let parsed = try TopicSet.parse(yaml: TopicSet.builtIn.yaml, origin: "built-in")
        #expect(parsed == TopicSet.builtIn)
    }

    @Test func builtInIdsAreTheContract() {
        #expect(TopicSet.builtIn.ids == ["mechanism", "safety", "future-research", "efficacy", "dosage", "conclusion"])
    }
}

/// A reference list stays in the article but gives no topic to it or its paragraphs.
@Suite struct ReferenceListTests {
    @Test func referencesHaveNoTopics() {
        let text = "Side effects\nNausea, headache and serious adverse events such as liver toxicity were reported in trials.\n"
            + "References\nSmith J. Adverse effects, toxicity and overdose of sleep aids: side effects in 200 patients. 2019.\n"
        let article = Fixtures.parse(text)
        let references = article.sections.first { $0.heading == "References" }
        #expect(references?.topics.isEmpty == true)
        #expect(references?.paragraphs.allSatisfy { $0.topics.isEmpty } == true)
        #expect(article.sections.first { $0.heading == "Side effects" }?.topics.first?.id == "safety")
        #expect(!(article.passagesByTopic["safety"] ?? []).contains { $0.heading == "References" })
    }
}

/// The shipped model is constants: its words sorted bytewise (its lookup is a binary search), each found
/// at its own row, unknown words at none.
@Suite struct TopicModelDataTests {
    @Test func everyWordIsFoundAtItsRowAndNothingElseIs() {
        let model = TopicModel.builtIn
        let words = (0..<model.wordEnds.count).map(model.word)
        #expect(words.count == 4000 && words.allSatisfy { !$0.isEmpty })
        #expect(zip(words, words.dropFirst()).allSatisfy { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        for (row, word) in words.enumerated() { #expect(model.row(of: word) == Int32(row)) }
        for unknown in ["", "zzzzzz", "0", "serotoninx", "a"] where !words.contains(unknown) { #expect(model.row(of: unknown) == -1) }
        #expect(model.weights.count == words.count * model.classes.count && model.classes.last == "other")
    }
}
