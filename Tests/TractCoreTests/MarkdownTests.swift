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
        #expect(risks.paragraphs[1].text == "second item with a link")
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
