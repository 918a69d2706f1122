import TractTestSupport
import Testing
@testable import TractCore

/// Patterns seen in real third-party articles (Wikipedia text, PDF conversions, Markdown scrapes),
/// pinned with small snippets written for these tests.
@Suite struct RealArticleHeadingTests {
    @Test func sentenceCaseHeadingsSetApartByBlankLinesAreHeadings() {
        let article = Fixtures.parse("""
        The compound is a mild stimulant used in several countries for many years by many people.

        Side effects

        Headaches and trouble sleeping were the complaints heard most often from people taking it.

        Mechanism of action

        It blocks the reuptake of two transmitters, which raises their levels between neurons.

        It was sold widely.
        """)
        #expect(article.headings == ["Side effects", "Mechanism of action"])
    }

    @Test func oneSentenceLinesAndLabelsAreNotHeadings() {
        let article = Fixtures.parse("""
        Opening words of the article, long enough to be a paragraph of its own and not a title line.

        Chile banned the plant in 2021.

        The label warns about:

        Source: https://example.org/page

        Closing words of the article, also long enough to be a paragraph and nothing else at all.
        """)
        #expect(article.headings.isEmpty)
    }

    @Test func unmarkedListAfterALabelIsNotHeadings() {
        let article = Fixtures.parse("""
        A first paragraph that opens the text and runs on for a while before the list below it.
        Reported reactions include:

        Dry mouth
        Blurred vision
        Restlessness
        Another paragraph follows the list and it, too, is long enough to read as ordinary text.
        """)
        #expect(article.headings.isEmpty)
    }

    @Test func hardWrappedHeadingsFollowedDirectlyByTextOrASubheading() {
        let article = Fixtures.parse("""
        1. Background
        1.1. Scope of the review
        Sleep problems are common in later life and many people take something to help them
        sleep through the night; the question here is what that costs them in the long run.

        3.2.1. Adults over 65
        Older adults clear most drugs more slowly, so a dose that suits a younger person can
        leave them drowsy the next morning and unsteady on their feet at the same time.
        """)
        #expect(article.headings == ["1. Background", "1.1. Scope of the review", "3.2.1. Adults over 65"])
        #expect(article.sections.map(\.level) == [1, 2, 3])
    }

    @Test func numberedListItemsInARowAreNotHeadings() {
        let article = Fixtures.parse("""
        The trial had three arms and the participants were assigned to them at random as follows.
        1. Placebo
        2. Low dose
        3. High dose
        Each arm ran for twelve weeks and was followed by a washout period of another two weeks.
        """)
        #expect(article.headings.isEmpty)
    }

    @Test func hardWrappedParagraphsAreRebuiltAndBrokenWordsJoined() {
        let article = Fixtures.parse("""
        Results

        The patients were evalu-
        ated every month, and the  anti-
        inflammatory effect lasted; an anti-inflammatory dose was kept
        for the whole study and nobody needed to stop taking the drug at all.
        """)
        let paragraphs = article.sections.flatMap(\.paragraphs)
        #expect(paragraphs.count == 1)
        #expect(paragraphs.first.map { String($0.text) } == "The patients were evaluated every month, and the anti-inflammatory effect lasted; "
            + "an anti-inflammatory dose was kept for the whole study and nobody needed to stop taking the drug at all.")
    }
}

@Suite struct RealArticleTitleTests {
    @Test func longSentenceCaseTitleLine() {
        let article = Fixtures.parse("""
        Long-term outcomes of a common sleep aid in older adults living at home: a narrative review

        Abstract

        This review gathers what is known about the risks of the drug in people over sixty-five.

        Introduction

        Many older adults take the drug nightly, often for years, without anyone reviewing it.
        """)
        #expect(article.title == "Long-term outcomes of a common sleep aid in older adults living at home: a narrative review")
        #expect(article.titleLine == 1)
        #expect(article.headings == ["Abstract", "Introduction"])
    }

    @Test func oneWordTitleNamingTheSubject() {
        let article = Fixtures.parse("""
        Zantrolin
        Source: https://example.org/zantrolin

        Zantrolin is an invented drug. Zantrolin was first made in a laboratory that no longer exists.

        Side effects

        Zantrolin often causes a dry mouth, and some people find it hard to sleep after taking it.
        """)
        #expect(article.title == "Zantrolin")
        #expect(article.headings == ["Side effects"])
    }

    @Test func markdownTopLevelHeadingIsTheTitleNotASection() {
        let article = Fixtures.parse("# Zantrolin\n\nAn invented drug.\n\n## Side effects\n\nDry mouth.\n", format: .markdown)
        #expect(article.title == "Zantrolin")
        #expect(article.headings == ["Side effects"])
    }

    @Test func severalTopLevelHeadingsAreAllSections() {
        let article = Fixtures.parse("# Methods\n\nWe asked.\n\n# Results\n\nThey answered.\n", format: .markdown)
        #expect(article.headings == ["Methods", "Results"])
    }
}

@Suite struct RealArticleTopicTests {
    private func topic(_ heading: String, in article: Article) -> String? {
        article.sections.first { $0.heading == heading }?.primaryTopic
    }

    @Test func subsectionsInheritTheTopicTheirParentNames() {
        let article = Fixtures.parse("""
        # Zantrolin

        ## Side effects

        Some people feel unwell.

        ### Pregnancy

        Little is known about use in the months before birth.

        ## Future directions

        ### Long-term follow-up

        Cohorts will be followed for ten years.
        """, format: .markdown)
        #expect(topic("Pregnancy", in: article) == "safety")
        #expect(topic("Long-term follow-up", in: article) == "future-research")
    }

    @Test func clinicalHeadingTermsAndPriorities() {
        let article = Fixtures.parse("""
        # Zantrolin

        ## Withdrawal

        Stopping suddenly brings back the old complaints for a week or two.

        ## Lethal dosage

        The amount that kills has not been established in people; 500 mg was survived.

        ## Receptor binding

        It binds two receptor subtypes.

        ## Beneﬁcial effects

        Fewer relapses were seen.
        """, format: .markdown)
        #expect(topic("Withdrawal", in: article) == "safety")
        #expect(topic("Lethal dosage", in: article) == "safety")
        #expect(topic("Receptor binding", in: article) == "mechanism")
        #expect(topic("Beneﬁcial effects", in: article) == "efficacy")
    }

    @Test func neutralHeadingsGetNoTopicWhateverTheirTextSays() {
        let article = Fixtures.parse("""
        # Zantrolin

        ## History

        Early batches caused serious adverse effects and side effects, and the risk of toxicity led to a recall.
        """, format: .markdown)
        #expect(article.sections.first { $0.heading == "History" }?.topics.isEmpty == true)
    }

    @Test func oneUnitWordDoesNotMakeAParagraphAboutDosage() {
        let classifier = Fixtures.classifier
        #expect(!classifier.labels(for: "Tablets of 10 mg were sold in the shops.").contains { $0.id == "dosage" })
        #expect(classifier.labels(for: "The usual dose is 10 mg, titrated to 20 mg.").first?.id == "dosage")
    }

    @Test func theModelLabelsASectionWhoseHeadingSaysNothing() {
        let article = Fixtures.parse("""
        # Zantrolin

        ## History

        The drug was first made by a chemist in a small laboratory and sold under two brand names in Europe.

        ## Chemistry

        It is a white crystalline powder that dissolves in water and melts when heated; its synthesis takes four steps.

        ## Kidneys

        Kidney damage was reported in patients after long-term use. Renal toxicity, acute kidney injury and \
        nephrotoxicity occurred, with nausea, vomiting and dehydration; in overdose renal failure was fatal. Patients \
        with kidney disease should avoid it, and serum creatinine should be monitored because of the risk of \
        adverse effects. Cases of interstitial nephritis and hypersensitivity reactions were reported.
        """, format: .markdown)
        #expect(topic("Kidneys", in: article) == "safety")
        #expect(article.sections.first { $0.heading == "Kidneys" }?.topics.first?.evidence.isEmpty == false)
    }

    @Test func aSectionThatSaysInConclusionIsAConclusion() {
        let article = Fixtures.parse("""
        Findings
        In conclusion, the drug helped most people in the trials and harmed few of them, as far as anyone knows.
        Methods
        We read every trial we could find.
        """)
        #expect(topic("Findings", in: article) == "conclusion")
    }
}
