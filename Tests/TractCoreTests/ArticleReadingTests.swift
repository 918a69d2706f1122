import Testing
@testable import TractCore

/// A kept reading gives back the article it was made from, whatever its text holds, and anything
/// else is a miss.
@Suite struct ArticleReadingTests {
    static func article(title: String = "A Study of\\Sleep") -> Article {
        var emphasised = Paragraph(line: 1003, text: "Sleep is - \\n not\ta line\nbreak", kind: .paragraph)
        emphasised.emphasis = [.init(range: 0..<5, strong: false), .init(range: 9..<12, strong: true)]
        let sections = [
            Section(heading: nil, level: 1, line: 1001, paragraphs: [Paragraph(line: 1001, text: "-")]),
            Section(heading: "=1. Methods", level: 2, line: 1002, paragraphs: [emphasised, Paragraph(line: 1004, text: "a\\", kind: .listItem)]),
            Section(heading: "-", level: 1, line: 2001),
        ]
        var article = Article(path: "/papers/sleep.pdf", title: title, format: .pdf, date: "2019", sections: sections,
                              contentHash: "00ff", lineCount: 40)
        (article.byline, article.siteName, article.doi) = ("Ana Smith, Bo Lee", nil, "10.1000/xyz")
        return article
    }

    @Test func aReadingGivesBackItsArticle() throws {
        let original = Self.article()
        let text = ArticleReading.encode(original, untitled: "Sleep")
        var read = try #require(ArticleReading.decode(text, path: original.path, format: .pdf, contentHash: "00ff", untitled: "Sleep"))
        #expect(read.topicsPending)
        read.topicsPending = false
        #expect(read == original)
        #expect(read.sections[1].paragraphs[0].emphasis == original.sections[1].paragraphs[0].emphasis)
        #expect(text.split(separator: "\n").count == 8)  // header, meta, three sections, three paragraphs: no text broke a line
    }

    /// A kept reading is hostile input: a title or heading with controls comes back cleaned, as a
    /// parse leaves them (a tab, an escape), and emphasis past its paragraph's end is a miss.
    @Test func aTamperedReadingComesBackClean() throws {
        let text = ArticleReading.encode(Self.article(title: "A\tStudy\u{1B}]0;x\u{07}"), untitled: "Sleep")
        let read = try #require(ArticleReading.decode(text, path: "/p.pdf", format: .pdf, contentHash: "", untitled: "P"))
        #expect(read.title == "A Study^[]0;x^G")
        let overlong = text.replacingOccurrences(of: "0-5,9-12s", with: "0-5,9-120s")
        #expect(overlong != text && ArticleReading.decode(overlong, path: "/p.pdf", format: .pdf, contentHash: "", untitled: "P") == nil)
        #expect(ArticleReading.decode(ArticleReading.header + "\n", path: "/p.pdf", format: .pdf, contentHash: "", untitled: "P") == nil)
    }

    @Test func aTitleFromTheFileNameIsTheNewPathsOwn() throws {
        let text = ArticleReading.encode(Self.article(title: "Sleep"), untitled: "Sleep")
        let copy = try #require(ArticleReading.decode(text, path: "/elsewhere/naps.pdf", format: .pdf, contentHash: "00ff", untitled: "Naps"))
        #expect(copy.title == "Naps")
    }

    @Test func anythingElseIsAMiss() {
        let text = ArticleReading.encode(Self.article(), untitled: "Sleep")
        let decode = { (text: String) in ArticleReading.decode(text, path: "p.pdf", format: .pdf, contentHash: "", untitled: "P") }
        #expect(decode("") == nil)
        #expect(decode(String(text.dropLast())) == nil)  // cut short: the last line has no end
        #expect(decode(text.replacingOccurrences(of: ArticleReading.header, with: "tract reading 0")) == nil)
        #expect(decode(text.replacingOccurrences(of: "\nP\t1003\tparagraph", with: "\nP\tx\tparagraph")) == nil)
        #expect(decode(text.replacingOccurrences(of: "\tparagraph\t", with: "\tpoem\t")) == nil)
        #expect(decode(text.replacingOccurrences(of: "0-5,9-12s", with: "5-0")) == nil)
        #expect(decode(text.replacingOccurrences(of: "\\\\", with: "\\q")) == nil)
        #expect(decode("tract reading 2\nmeta\t-\t-\t-\t-\t-\t0\t-\nP\t1\tparagraph\t\ttext before any section\n") == nil)
    }

    /// A paper read from its layout and the same paper read back from its reading are one article.
    @Test func aPaperReadBackIsThePaperRead() throws {
        let page = [(60, 80, 600, 30, 1, "Sleep at Work"), (140, 80, 300, 20, 2, "1. Introduction")]
            + PDFLayoutTests.body(from: 180, count: 12)
        let read = ArticleParser.structure(bytes: PDFLayoutTests.layout([page]), path: "work.pdf", format: .pdf)
        let text = ArticleReading.encode(read, untitled: ArticleParser.untitled("work.pdf"))
        let back = try #require(ArticleReading.decode(text, path: "work.pdf", format: .pdf, contentHash: read.contentHash,
                                                       untitled: ArticleParser.untitled("work.pdf")))
        #expect(back == read)
        #expect(back.headings == ["1. Introduction"])
    }
}
