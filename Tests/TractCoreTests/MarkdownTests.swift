import TractTestSupport
import Testing
@testable import TractCore

/// Markdown structure comes from cmark; front matter from Yams.
@Suite struct MarkdownTests {
    static let document = """
    ---
    title: A Review Of Things
    source: https://example.org/review
    date: 2024-05-01
    ---
    Opening *words* with `code`.

    # How It Works

    Serotonin release, **mostly**.

    Risks And Adverse Events
    ------------------------

    - first risk item
    - second item with [a link](http://x)

    > quoted text

        let x = 1

    ## Sub point
    Text.
    """

    @Test func headingsListsQuotesAndCode() {
        let article = Fixtures.parse(Self.document, format: .markdown)
        #expect(article.format == .markdown)
        #expect(article.headings == ["How It Works", "Risks And Adverse Events", "Sub point"])
        #expect(article.sections.map(\.level) == [1, 1, 2, 2])  // a --- underline is level 2
        let risks = article.sections[2]
        #expect(risks.paragraphs.map(\.kind) == [.listItem, .listItem, .quote, .code])
        #expect(risks.paragraphs[1].text == "• second item with a link")  // lists keep their bullets
        #expect(risks.paragraphs[3].text == "let x = 1")
        #expect(article.sections[0].paragraphs[0].text == "Opening words with code.")
    }

    @Test func frontMatterAndLineNumbers() {
        let article = Fixtures.parse(Self.document, format: .markdown)
        #expect(article.title == "A Review Of Things")
        #expect(article.source == "https://example.org/review")
        #expect(article.date == "2024-05-01")
        #expect(article.sections[0].line == 6)
        #expect(article.sections[1].line == 8)
        #expect(article.sections[2].line == 12)
    }

    @Test func topicsFromMarkdownHeadings() {
        let article = Fixtures.parse(Self.document, format: .markdown)
        #expect(article.sections[1].primaryTopic == "mechanism")
        #expect(article.sections[2].primaryTopic == "safety")
    }

    @Test func titleFromLeadingHeadingWithoutFrontMatter() {
        #expect(Fixtures.parse("# My Title\n\nText.\n", format: .markdown).title == "My Title")
    }
}

/// Plain-text shapes users bring: setext headings and simple tables.
@Suite struct PlainTextShapesTests {
    @Test func setextUnderlinesMakeHeadings() {
        let text = "Notes on sleep\n==============\n\nA first paragraph that says something about sleep aids.\n\n"
            + "Side effects\n------------\n\nDrowsiness the next day is common and usually mild.\n\n----\n\nA closing line after a rule.\n"
        let article = Fixtures.parse(text)
        #expect(article.title == "Notes on sleep")
        #expect(article.sections.compactMap(\.heading) == ["Side effects"])
        #expect(article.sections.last?.level == 2)
        #expect(article.sections.last?.paragraphs.map(\.text) == ["Drowsiness the next day is common and usually mild.",
                                                                  "A closing line after a rule."])
    }

    @Test func tablesStayPreformattedAndAreNeverHeadings() throws {
        let text = """
            Dosing

            The usual doses are given below for adults and children.

            +---------+--------+
            | Age     | Dose   |
            +---------+--------+
            | Adult   | 10 mg  |
            | Child   | 5 mg   |
            +---------+--------+

            Drug        Half-life    Peak
            Zolpidem    2.5 h        1.6 h
            Zopiclone   5 h          2 h

            Doses above these are not advised.
            """
        let article = Fixtures.parse(text)
        let paragraphs = article.sections.flatMap(\.paragraphs)
        let tables = paragraphs.filter { $0.kind == .table }
        #expect(tables.count == 2)
        #expect(tables.first?.text.split(separator: "\n").count == 6)
        #expect(tables.last?.text.hasPrefix("Drug        Half-life") == true)
        #expect(!article.sections.contains { $0.heading?.contains("Half-life") == true || $0.heading?.contains("Age") == true })
        #expect(paragraphs.last?.text == "Doses above these are not advised.")
    }

    @Test func proseWithDoubleSpacesIsNoTable() {
        let text = "Sleep aids help.  They are common.  Most are mild.\nSome cause drowsiness.  Others do not.\nAsk a doctor first.\n"
        #expect(!Fixtures.parse(text).sections.flatMap(\.paragraphs).contains { $0.kind == .table })
    }
}
