import Foundation
import Testing
import TractTestSupport
@testable import TractCore

/// A long Markdown text parsed in pieces gives exactly what one parse of the whole gives.
@Suite struct MarkdownChunksTests {
    /// Places where cutting at a heading would go wrong: headings inside fences and HTML blocks,
    /// references defined far from their use, lists and quotes a heading interrupts.
    static let tricky = """
    # One

    A [linked word][far] and [another] before their definitions.

    ```
    fenced code

    # not a heading, inside the fence
    ```

    ## Two

    <!-- a comment

    # not a heading, inside the comment
    -->

    - a list item
    - another

    # Three

    > a quote

    ~~~~
    ~~~ still inside

    # not a heading either
    ~~~~

    <pre>

    # inside pre
    </pre>

    #Not a heading (no space), and a paragraph line.

    # Four

    Text with *emphasis* and **strength**.

    [far]: http://example.org/far
    [another]: http://example.org/another "Title"

    """

    private func shape(_ result: MarkdownParser.Result) -> [String] {
        result.sections.flatMap { section in
            ["§ \(section.heading ?? "-") @\(section.line) L\(section.level)"]
                + section.paragraphs.map { "\($0.kind) @\($0.line): \($0.text) \($0.emphasis)" }
        }
    }

    @Test func piecesParseLikeTheWhole() {
        let whole = MarkdownParser.parse(Self.tricky, pieceBytes: .max)
        let pieces = MarkdownParser.parse(Self.tricky, pieceBytes: 1)
        #expect(MarkdownChunks(Self.tricky, minimumBytes: 1).pieces.count == 4)
        #expect(shape(pieces) == shape(whole))
        #expect(shape(whole).contains { $0.contains("A linked word and another before") })
        #expect(!shape(whole).contains { $0.hasPrefix("§ not a heading") })
    }

    /// A paragraph line of megabytes is parsed in parts cut at spaces and put back together: the same
    /// text, emphasis and lines as in one go; a long line over a setext underline is not cut.
    @Test func aLineOfMegabytesIsParsedInPartsLikeTheWhole() {
        let words = (1...500_000).map { $0 % 997 == 0 ? "*em\($0)*" : $0 % 1009 == 0 ? "**strong\($0)**" : $0 % 1013 == 0 ? "[link\($0)](http://x.org)" : "word\($0 % 50)" }
        let long = words.joined(separator: " ")
        let text = "# Title\n\nIntro.\n\n" + long + "\nand its last line.\n\n## Next\n\n" + long + "\n===\n\nAfter.\n"
        #expect(MarkdownChunks.cuts(in: long[...]).count >= 2)
        let chunks = MarkdownChunks(text)
        #expect(chunks.pieces.filter(\.continues).count == MarkdownChunks.cuts(in: long[...]).count)
        let whole = MarkdownParser.parse(text, pieceBytes: .max)
        let parts = MarkdownParser.parse(text)
        #expect(shape(parts) == shape(whole))
        #expect(parts.sections[0].paragraphs[1].emphasis.count == whole.sections[0].paragraphs[1].emphasis.count)
        #expect(parts.sections.count == 3 && parts.sections[1].heading == "Next")
    }

    /// The bundled articles written out as Markdown (their sections as `##` headings, a fence holding
    /// a `#` line and a reference link in each), long enough to be cut in many pieces.
    @Test func longMarkdownInPiecesParsesLikeTheWhole() throws {
        var markdown = ""
        for stem in GoldStructureTests.stems {
            let text = try String(contentsOf: Fixtures.articlesFolder.appendingPathComponent(stem + ".txt"), encoding: .utf8)
            let parsed = PlainTextParser.parse(text)
            markdown += "# \(parsed.title ?? stem)\n\n"
            for (index, section) in parsed.sections.enumerated() {
                if let heading = section.heading { markdown += "## \(heading)\n\n" }
                for paragraph in section.paragraphs { markdown += paragraph.text + "\n\n" }
                markdown += "```\n# not a heading \(index)\n```\n\nSee [the note][note\(index)] and *this*.\n\n"
            }
        }
        let notes = (0..<40).map { "[note\($0)]: http://example.org/\($0)" }.joined(separator: "\n")
        let joined = String(repeating: markdown, count: 3) + "\n" + notes + "\n"
        let whole = MarkdownParser.parse(joined, pieceBytes: .max)
        let pieces = MarkdownParser.parse(joined, pieceBytes: 4096)
        #expect(MarkdownChunks(joined, minimumBytes: 4096).pieces.count > 20)
        #expect(shape(pieces) == shape(whole))
        #expect(!shape(whole).contains { $0.contains("[note") })  // references resolved in every piece
    }
}

/// The structure first and the topics after give the same article as one parse.
@Suite struct TwoStepParseTests {
    @Test func structureThenLabelsEqualsOneParse() throws {
        let classifier = TopicClassifier(topicSet: .builtIn)
        for name in ["mdma-pain-relief.txt", "mdma-ptsd-breakthrough.txt"] {
            let path = Fixtures.articlesFolder.appendingPathComponent(name).path
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            let whole = ArticleParser.parse(bytes: bytes, path: path, format: .text, classifier: classifier)
            let structure = ArticleParser.structure(bytes: bytes, path: path, format: .text)
            #expect(structure.topicsPending)
            #expect(structure.sections.allSatisfy { $0.topics.isEmpty })
            #expect(structure.headings == whole.headings)
            let labelled = ArticleParser.label(structure, classifier: classifier)
            #expect(!labelled.topicsPending)
            #expect(labelled == whole)
        }
    }
}

/// Emphasis is kept as character ranges of the paragraph's text, whatever comes before it: letters of
/// several bytes, emoji, a flag of two scalars, and thousands of marks on one line.
@Suite struct EmphasisRangeTests {
    @Test func rangesCountCharactersNotBytes() throws {
        let text = "é 😀 🇫🇷 *one* and **two**\n"
        let paragraph = try #require(MarkdownParser.parse(text).sections.first?.paragraphs.first)
        #expect(paragraph.text == "é 😀 🇫🇷 one and two")
        let marked = paragraph.emphasis.map { String(Array(paragraph.text)[$0.range]) }
        #expect(marked == ["one", "two"])
        #expect(paragraph.emphasis.map(\.strong) == [false, true])
    }

    /// Characters of several scalars right before and inside the marks: a letter with a combining
    /// accent (ASCII then a mark), a family joined with ZWJ, Hangul jamo, and a clipped mark at the end.
    @Test func rangesCountCharactersOfSeveralScalars() throws {
        let text = "cafe\u{301} *nai\u{308}ve* 👨‍👩‍👧 **ᄀ\u{1161}\u{11A8} x** e\u{301}*e\u{301}*\n"
        let paragraph = try #require(MarkdownParser.parse(text).sections.first?.paragraphs.first)
        let marked = paragraph.emphasis.map { String(Array(paragraph.text)[$0.range]) }
        #expect(marked == ["nai\u{308}ve", "ᄀ\u{1161}\u{11A8} x", "e\u{301}"])
    }

    @Test func thousandsOfMarksOnOneLineKeepTheirPlaces() throws {
        let text = String(repeating: "ab *c* ", count: 5_000) + "\n"
        let paragraph = try #require(MarkdownParser.parse(text).sections.first?.paragraphs.first)
        #expect(paragraph.emphasis.count == 5_000)
        let characters = Array(paragraph.text)
        #expect(paragraph.emphasis.allSatisfy { characters[$0.range] == ["c"] })
    }
}
