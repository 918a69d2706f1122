import TractTestSupport
import Testing
@testable import TractCore

/// The heading rules hold for lines nobody here has seen, not only the bundled articles.
@Suite struct HeadingRulesTests {
    @Test(arguments: [
        "How It Works", "Pharmacology", "Risks And Adverse Events", "RISKS AND ADVERSE EVENTS",
        "Open Questions", "Introduction.", "Results of the Trial", "2. Methods", "IV. Discussion",
        "Long-term Outcomes (Phase 3)", "Couple’s Therapy",
    ])
    func recognisesHeadings(line: String) {
        #expect(HeadingRules.match(Substring(line)) != nil)
    }

    @Test(arguments: [
        "Potential for long-term benefits:", "However, if proven effective, it could provide a tool.",
        "1. Elevated Blood Pressure: MDMA can lead to an increase in blood pressure, which may be a concern.",
        "This is one sentence. This is another.", "Wait...", "- A Bulleted Item", "the lowercase start",
        "42", "",
    ])
    func rejectsBodyText(line: String) {
        #expect(HeadingRules.match(Substring(line)) == nil)
    }

    @Test func numberedHeadingsHaveLevels() {
        #expect(HeadingRules.match("2.3 Study Design")?.level == 2)
        #expect(HeadingRules.match("3. Results")?.level == 1)
        #expect(HeadingRules.match("3. Results")?.isNumbered == true)
    }

    @Test func hardWrappedTextJoinsLinesIntoParagraphs() {
        let text = """
        A Study Of Many Small Things

        Background

        This paragraph is wrapped over
        several short lines, as plain text
        often is.

        - a list item that wraps
          onto a second line
        - another item

        Risks

        Some risk text here.
        """
        let article = Fixtures.parse(text)
        #expect(article.title == "A Study Of Many Small Things")
        #expect(article.headings == ["Background", "Risks"])
        let background = article.sections[0]
        #expect(background.paragraphs.map(\.kind) == [.paragraph, .listItem, .listItem])
        #expect(background.paragraphs[0].text == "This paragraph is wrapped over several short lines, as plain text often is.")
        #expect(background.paragraphs[0].line == 5)
        #expect(background.paragraphs[1].text == "- a list item that wraps onto a second line")
    }

    @Test func shortFirstHeadingFollowedByOthersIsNotATitle() {
        let article = Fixtures.parse("Mechanism Of Action\nSerotonin text.\nRisks\nRisk text.\n")
        #expect(article.titleLine == nil)
        #expect(article.headings == ["Mechanism Of Action", "Risks"])
    }

    @Test func leadTextBeforeFirstHeadingHasNullHeading() {
        let article = Fixtures.parse("Some opening words of a sentence here.\nMethods\nWe did things.\n")
        #expect(article.sections.map(\.heading) == [nil, "Methods"])
        #expect(article.sections[1].line == 2)
    }

    @Test func trimmingRemovesOnlyLeadingAndTrailingSpaces() {
        #expect("  Side effects  ".trimmingSpaces() == "Side effects")
        #expect("Side effects".trimmingSpaces() == "Side effects")
        #expect("   ".trimmingSpaces() == "")
        // A space carrying a combining mark is one character with it, not a space to trim.
        #expect(" \u{301}a ".trimmingSpaces() == " \u{301}a")
    }

    @Test func emptyTextHasNoSections() {
        let article = Fixtures.parse("")
        #expect(article.sections.isEmpty)
        #expect(article.title == "Test")
    }
}

/// The plain-text parser's line cutting agrees with splitting the UTF-8 view, on any text.
@Suite struct TextLinesTests {
    @Test func linesAreThoseOfAPlainSplit() {
        let pieces = ["a", "é", "\n", "\r\n", "\n\n", "😀", " | ", "x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let plain = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
            #expect(TextLines.of(text) == plain, "\(text.debugDescription)")
        }
    }
}
