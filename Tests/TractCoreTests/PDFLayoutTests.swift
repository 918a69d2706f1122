import Testing
@testable import TractCore

/// Papers as `pdftohtml -xml` lays them out, each failure pattern pinned with a page written here:
/// words kept whole, furniture out, headings from the paper's own type, metadata from page one.
@Suite struct PDFLayoutTests {
    /// A layout of one or more pages; `body` lines are runs (top, left, width, height, font, text).
    static func layout(_ pages: [[(Int, Int, Int, Int, Int, String)]], width: Int = 900) -> [UInt8] {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?><pdf2xml>
            """
        for (number, runs) in pages.enumerated() {
            xml += "<page number=\"\(number + 1)\" position=\"absolute\" top=\"0\" left=\"0\" height=\"1200\" width=\"\(width)\">"
            if number == 0 {
                xml += """
                    <fontspec id="0" size="13" family="Times" color="#000000"/><fontspec id="1" size="24" family="Times-Bold" color="#000000"/>
                    <fontspec id="2" size="16" family="Times-Bold" color="#000000"/><fontspec id="3" size="10" family="Times" color="#000000"/>
                    <fontspec id="4" size="13" family="Times-Italic" color="#000000"/><fontspec id="5" size="22" family="Times-BoldItalic" color="#000000"/>
                    <fontspec id="6" size="13" family="Times-Bold" color="#000000"/><fontspec id="7" size="24" family="Times-Italic" color="#000000"/>
                    """
            }
            for (top, left, width, height, font, text) in runs {
                xml += "<text top=\"\(top)\" left=\"\(left)\" width=\"\(width)\" height=\"\(height)\" font=\"\(font)\">\(text)</text>\n"
            }
            xml += "</page>"
        }
        return Array((xml + "</pdf2xml>").utf8)
    }

    /// Lines of running text at the body size (13), from `top` down.
    static func body(from top: Int, count: Int, left: Int = 80, word: String = "text") -> [(Int, Int, Int, Int, Int, String)] {
        (0..<count).map { (top + $0 * 18, left, 700, 15, 0, "Running \(word) line \($0) of the paper, set in the body size of the journal.") }
    }

    static func text(_ result: HTMLReader.Result) -> String {
        result.sections.flatMap(\.paragraphs).map { String($0.text) }.joined(separator: "\n")
    }

    /// A page of hundreds of thousands of runs (a hostile or broken PDF) is read to its first
    /// `runsPerPage`, said in a last paragraph; the pages after it are read whole.
    @Test func aPageOfTooManyRunsIsReadToItsCapAndSaysSo() {
        let crowded = (0..<(PDFLayout.runsPerPage + 300)).map { index in
            (100 + index / 40 * 16, 40 + index % 40 * 20, 12, 15, 0, "r\(index)z")
        }
        let result = PDFLayoutReader.parse(Self.layout([crowded, Self.body(from: 100, count: 3, word: "after")]))
        let words = Set(Self.text(result).split { $0 == " " || $0 == "\n" })
        #expect(words.contains("r1000z") && words.contains("r\(PDFLayout.runsPerPage - 1)z"))
        #expect(!words.contains("r\(PDFLayout.runsPerPage)z"))
        #expect(Self.text(result).contains("Running after line 2"))
        #expect(result.sections.last?.paragraphs.last?.text.hasPrefix("[Tract: page 1 holds more than \(PDFLayout.runsPerPage / 1000),000 pieces of text") == true)
        #expect(PDFLayoutReader.crowded([2, 3, 4, 5, 6, 7, 9]).contains("pages 2, 3, 4, 5, 6 and 2 more hold"))
    }

    @Test func aLigatureOrAccentSetAsItsOwnRunStaysInItsWord() {
        let page: [(Int, Int, Int, Int, Int, String)] = [
            (100, 80, 98, 15, 0, "The combined e"), (97, 178, 9, 19, 0, "ﬀ"), (100, 186, 300, 15, 0, "ects of age were studied by Dahlstr¨om."),
            (118, 80, 40, 15, 0, "and "), (118, 120, 200, 15, 0, "poor outcomes followed in the long run."),
            (300, 850, 0, 200, 3, "Downloaded sideways in the margin"),
        ] + Self.body(from: 140, count: 6)
        let text = Self.text(PDFLayoutReader.parse(Self.layout([page])))
        #expect(text.contains("The combined effects of age were studied by Dahlström."))
        #expect(text.contains("and poor outcomes"))
        #expect(!text.contains("Downloaded sideways"))
    }

    @Test func theBodySizeIsThePapersOwnTextNotItsLongerReferenceList() {
        var page = [(40, 80, 500, 26, 1, "A Paper With a Reference List")] + Self.body(from: 100, count: 8)
        page.append((260, 80, 200, 20, 2, "References"))
        page += (0..<40).map { (290 + $0 * 14, 80, 700, 12, 3, "Author A, Author B (20\($0 % 10)) A cited paper title that runs on, Journal \($0): 1-9.") }
        let result = PDFLayoutReader.parse(Self.layout([page]))
        #expect(result.sections.compactMap(\.heading) == ["References"])
    }

    @Test func aRunInHeadIsAHeadingAndItsParagraphGoesOn() {
        var page = Self.body(from: 100, count: 4)
        page.append((180, 80, 120, 15, 4, "2.1. Cell Lines."))
        page.append((180, 205, 500, 15, 0, "The cells were grown in a medium that was changed every day."))
        page += Self.body(from: 198, count: 4, word: "method")
        page.append((300, 80, 60, 15, 4, "Table 1."))
        page.append((300, 145, 500, 15, 0, "Characteristics of the cells grown in the medium."))
        let result = PDFLayoutReader.parse(Self.layout([page]))
        #expect(result.sections.compactMap(\.heading) == ["2.1. Cell Lines"])
        #expect(Self.text(result).contains("The cells were grown in a medium"))
    }

    @Test func aMarginColumnLevelWithAHeadingStaysApart() {
        var page = [(40, 280, 500, 26, 1, "A Paper With a Margin Column")] + Self.body(from: 100, count: 5, left: 280)
        page.append((200, 52, 90, 13, 3, "Academic editor"))
        page.append((216, 52, 80, 12, 3, "Jane Doe"))
        page.append((198, 280, 160, 20, 2, "INTRODUCTION"))
        page += Self.body(from: 230, count: 5, left: 280, word: "introduction")
        let result = PDFLayoutReader.parse(Self.layout([page]))
        let headings = result.sections.compactMap(\.heading)
        #expect(headings.contains("INTRODUCTION"))
        #expect(!headings.contains { $0.contains("Jane Doe") })
    }

    @Test func aTitleRunsOnOverItsLinesAndTheAuthorsAndDOIAreMetadata() {
        let page: [(Int, Int, Int, Int, Int, String)] = [
            (20, 80, 400, 12, 3, "Journal of Examples 2016; 4: 1–9 · http://dx.doi.org/10.1234/jex.2016.77"),
            (80, 80, 400, 26, 1, "Longevity of Sharks "), (80, 480, 200, 26, 5, "Carcharhinus acronotus"),
            (110, 80, 500, 26, 1, "in the Western Ocean [version 2; referees: 2 approved]"),
            (150, 80, 500, 15, 6, "Anna B. Keeper1, Carl D. Tagger2 and Eve F. Reader1,2"),
            (170, 80, 500, 13, 3, "1Department of Sharks, University of the Sea"),
            (190, 80, 400, 13, 3, "Received 3 March 2015; Published 9 January 2016"),
            (220, 80, 120, 20, 2, "Abstract"),
        ] + Self.body(from: 250, count: 8)
        let result = PDFLayoutReader.parse(Self.layout([page]))
        #expect(result.title == "Longevity of Sharks Carcharhinus acronotus in the Western Ocean")
        #expect(result.about.doi == "10.1234/jex.2016.77" && result.date == "2016")
        #expect(result.about.byline == "Anna B. Keeper, Carl D. Tagger, Eve F. Reader")
        #expect(!result.sections.compactMap(\.heading).contains { $0.contains("Keeper") })
    }

    /// A running head in two sizes: the small type's space keeps its words apart, and the words before
    /// its year are the journal.
    @Test func theJournalComesFromTheRunningHeadsCitationLine() {
        let page: [(Int, Int, Int, Int, Int, String)] = [
            (50, 80, 40, 11, 3, "Keeper"), (47, 123, 80, 16, 0, "et al. Sleep Trials"), (50, 206, 60, 11, 3, "2015, 16:13"),
            (90, 80, 600, 30, 1, "Sleep at Work"),
        ] + Self.body(from: 160, count: 10)
        let result = PDFLayoutReader.parse(Self.layout([page]))
        #expect(result.about.siteName == "Sleep Trials")
        #expect(result.title == "Sleep at Work")
    }

    @Test func journalsAreNamedWhereverTheFirstPagePrintsThem() {
        #expect(PDFJournal.name(["Behav Ecol Sociobiol (2015) 69:1383–1394", "DOI 10.1007/s00265-015-1952-7"]) == "Behav Ecol Sociobiol")
        #expect(PDFJournal.name(["Sleep Research(2014), 26:1, 147–154 © Sleep Society 2013."]) == "Sleep Research")
        #expect(PDFJournal.name(["Hindawi Publishing Corporation", "Journal of Naps", "Volume 2016, Article ID 8752821, 5 pages"])
                == "Journal of Naps")
        #expect(PDFJournal.name(["OPEN ACCESS", "Citation: Doe J, Roe R (2014) A Study of Frogs. Frog", "Letters 9(12): e115884. doi:10.1/x"])
                == "Frog Letters")
        #expect(PDFJournal.name(["How to cite this article Webb et al. (2017), Sleep Analyses. Sleep Comput. Sci.", "3:e118; DOI 10.7/x"])
                == "Sleep Comput. Sci.")
        #expect(PDFJournal.name(["Citation: Doe J (2014) Sleep in Frogs. Proc. Natl. Acad. Sci. USA 101:2133–8."]) == "Proc. Natl. Acad. Sci. USA")
        // Dates, and years in running text, name no journal.
        #expect(PDFJournal.name(["Received: 13 April 2015 / Revised: 28 May 2015 / Accepted: 31 May 2015",
                                 "In 2010 (12:3) of the frogs slept. It was 2011, 14 of them woke."]) == nil)
    }

    /// Authors with their marks set above the line and a taller "&" between them: one line of names,
    /// not a line of marks first.
    @Test func authorsSeparatedByRaisedMarksStayOneLine() {
        var authors: [(Int, Int, Int, Int, Int, String)] = []
        for (index, name) in ["Anna Keeper", "Carl Tagger", "Eve Reader"].enumerated() {
            let left = 80 + index * 120
            authors += [(243, left, 90, 13, 6, name), (239, left + 91, 6, 9, 3, "\(index + 1)"), (241, left + 100, 6, 16, 2, "&amp;")]
        }
        let page: [(Int, Int, Int, Int, Int, String)] = [(160, 80, 600, 30, 1, "Sleep at Work")] + authors
            + [(300, 80, 120, 20, 2, "Abstract")] + Self.body(from: 330, count: 10)
        let result = PDFLayoutReader.parse(Self.layout([page]))
        #expect(result.about.byline == "Anna Keeper, Carl Tagger, Eve Reader")
    }

    /// A kicker set as large as the title but in another weight ("Research Article" in italics over a
    /// bold title) is not part of the title, above it or as its first line.
    @Test func aKickerOverTheTitleIsNotTheTitle() {
        let page: [(Int, Int, Int, Int, Int, String)] = [
            (60, 80, 200, 26, 7, "Research Article"), (96, 80, 600, 26, 1, "Sleep at Work and at Home"),
        ] + Self.body(from: 160, count: 10)
        let result = PDFLayoutReader.parse(Self.layout([page]))
        #expect(result.title == "Sleep at Work and at Home")
    }
}
