import Testing
@testable import TractCore

/// Metadata as each kind of file gives it, corrections laid over it, and the records, keys and formats
/// `tract cite` makes of it — each pattern with a small file written here.
@Suite struct CitingTests {
    static func article(title: String = "A Study of Sleep", byline: String? = nil, authors: [String] = [], date: String? = nil,
                        venue: String? = nil, doi: String? = nil, format: Article.Format = .pdf) -> Article {
        var article = Article(path: "/lib/a.pdf", title: title, format: format, date: date, sections: [], contentHash: "")
        article.about = ArticleMetadata(byline: byline, authors: authors, siteName: venue, doi: doi)
        return article
    }

    @Test(arguments: [
        ("Anna B. Keeper", "Keeper", "Anna B."), ("Keeper, Anna B.", "Keeper", "Anna B."), ("Keeper AB", "Keeper", "A. B."),
        ("Ludwig van Beethoven", "van Beethoven", "Ludwig"), ("Plato", "Plato", nil), ("  Eve   Reader ", "Reader", "Eve"),
    ])
    func namesAreSplitIntoFamilyAndGiven(written: String, family: String, given: String?) {
        #expect(PersonName(written: written) == PersonName(family: family, given: given))
    }

    @Test func bylinesAreCutIntoNames() {
        #expect(BylineNames.split("Anna Keeper, Carl Tagger and Eve Reader") == ["Anna Keeper", "Carl Tagger", "Eve Reader"])
        #expect(BylineNames.split("Keeper, A. B., Tagger, C.") == ["Keeper, A. B.", "Tagger, C."])
        #expect(BylineNames.split("Keeper, Anna; Tagger, Carl") == ["Keeper, Anna", "Tagger, Carl"])
        let record = BibliographicRecord(article: Self.article(byline: "by Anna Keeper, Carl Tagger et al."))
        #expect(record.authors.map(\.family) == ["Keeper", "Tagger"] && record.moreAuthors)
        // Authors named one by one win over the byline.
        let listed = BibliographicRecord(article: Self.article(byline: "Anna Keeper et al.", authors: ["Keeper, Anna", "Lee, Bo", "Ng, Cy"]))
        #expect(listed.authors.count == 3 && !listed.moreAuthors)
    }

    @Test func recordsReadDatesKindsAndAddresses() {
        #expect(BibliographicRecord.dateParts("2021-04-01") == [2021, 4, 1])
        #expect(BibliographicRecord.dateParts("2021/04") == [2021, 4])
        #expect(BibliographicRecord.dateParts("May 3, 2019") == [2019])
        #expect(BibliographicRecord.dateParts("Published 2015") == [2015] && BibliographicRecord.dateParts("n.d.").isEmpty)
        let paper = BibliographicRecord(article: Self.article(doi: "10.1/x"))
        #expect(paper.kind == .article && paper.url == "https://doi.org/10.1/x")
        var page = Self.article(format: .html)
        page.source = "https://example.org/bees"
        #expect(BibliographicRecord(article: page).kind == .webpage && BibliographicRecord(article: page).url == "https://example.org/bees")
        #expect(BibliographicRecord(article: Self.article(format: .epub)).kind == .book)
        #expect(BibliographicRecord(article: Self.article(format: .text)).kind == .document)
    }

    @Test func keysAreUniqueAndPlain() {
        let one = BibliographicRecord(article: Self.article(title: "The Ökology of Sleep", authors: ["Jörg Müller"], date: "2019"))
        #expect(one.key == "muller2019okology")
        #expect(BibliographicRecord(article: Self.article(title: "?!")).key == "untitled")
        #expect(BibliographicRecord.uniqueKeys([one, one, BibliographicRecord(article: Self.article())]) == ["muller2019okologya", "muller2019okologyb", "study"])
    }

    @Test func proseNamesAndReferences() {
        let three = BibliographicRecord(article: Self.article(title: "Sleep", authors: ["Anna Keeper", "Carl Tagger", "Eve Reader"],
                                                              date: "2016", venue: "Sleep Letters", doi: "10.1/s"))
        #expect(three.authorYear == "Keeper et al. 2016")
        #expect(three.reference == "Keeper, A., Tagger, C., & Reader, E. (2016). Sleep. Sleep Letters. https://doi.org/10.1/s")
        let two = BibliographicRecord(article: Self.article(authors: ["Anna Keeper", "Carl Tagger"], date: "2016"))
        #expect(two.authorYear == "Keeper and Tagger 2016")
        #expect(BibliographicRecord(article: Self.article()).reference == "(n.d.). A Study of Sleep.")
        #expect(BibliographicRecord(article: Self.article(date: "1999")).authorYear == "1999")
    }

    @Test func bibtexWritesTeXsSpecialCharactersAsTeX() {
        let escaped = BibTeX.escape("a{b}c\\d & 50% $x #1 _y ~z ^w @h")
        let expected = "a\\textbraceleft{}b\\textbraceright{}c\\textbackslash{}d \\& 50\\% \\$x \\#1 \\_y \\textasciitilde{}z \\textasciicircum{}w {@}h"
        #expect(escaped == expected)
        let record = BibliographicRecord(article: Self.article(authors: ["Anna Keeper"], date: "2016-05", venue: "Sleep Letters", format: .epub))
        #expect(BibTeX.entry(record, key: "k") == """
            @book{k,
              author = {Keeper, Anna},
              title = {{A Study of Sleep}},
              publisher = {Sleep Letters},
              year = {2016},
              month = {5}
            }

            """)
    }

    @Test func risAndCSLJSONName() {
        let record = BibliographicRecord(article: Self.article(authors: ["Anna Keeper"], date: "2016-05-09", venue: "Press", format: .epub))
        #expect(RIS.entry(record) == "TY  - BOOK\nAU  - Keeper, Anna\nTI  - A Study of Sleep\nPB  - Press\nPY  - 2016\nDA  - 2016/05/09/\nER  - \n")
        let item = CSLJSON.item(record)
        #expect(item.type == "book" && item.publisher == "Press" && item.containerTitle == nil)
        #expect(item.issued?.dateParts == [[2016, 5, 9]] && item.author?.first?.family == "Keeper")
        #expect(CSLJSON.text([item]).contains("\"date-parts\""))
    }

    @Test func correctionsAreCheckedAndLaidOverTheFile() throws {
        #expect(try MetadataField.year.validated(" 2019 ").get() == "2019")
        #expect((try? MetadataField.year.validated("19").get()) == nil)
        #expect(try MetadataField.doi.validated("https://doi.org/10.1234/ab.5").get() == "10.1234/ab.5")
        #expect((try? MetadataField.url.validated("example.org").get()) == nil)
        #expect((try? MetadataField.title.validated("  ").get()) == nil)
        let corrected = Self.article(byline: "Someone Else", date: "2001").corrected(
            ["title": "New", "authors": "Keeper, Anna; Carl Tagger", "year": "2019", "venue": "V", "doi": "10.1/z", "url": "https://x.org"])
        #expect(corrected.title == "New" && corrected.byline == "Anna Keeper, Carl Tagger" && corrected.about.authors.count == 2)
        #expect(corrected.date == "2019" && corrected.siteName == "V" && corrected.doi == "10.1/z" && corrected.source == "https://x.org")
        #expect(Self.article().corrected(["unknown": "x"]) == Self.article())
    }

    @Test func theLibrarySortsWithUnknownsLast() {
        let articles = [Self.article(title: "beta", authors: ["Zed Z"], date: "2010"), Self.article(title: "Alpha"),
                        Self.article(title: "Gamma", authors: ["Anna Ames"], date: "2020"), Self.article(title: "delta", authors: ["Bo Bell"])]
        let paths = ["/a", "/b", "/c", "/d"]
        #expect(LibrarySort.name.order(articles, paths: paths, readOrder: [:]) == [0, 1, 2, 3])
        #expect(LibrarySort.title.order(articles, paths: paths, readOrder: [:]) == [1, 0, 3, 2])
        #expect(LibrarySort.author.order(articles, paths: paths, readOrder: [:]) == [2, 3, 0, 1])
        #expect(LibrarySort.year.order(articles, paths: paths, readOrder: [:]) == [0, 2, 1, 3])
        #expect(LibrarySort.read.order(articles, paths: paths, readOrder: ["/c": 3, "/a": 9, "/d": 10]) == [3, 0, 2, 1])
        #expect(LibrarySort.read.next == .name && LibrarySort.name.next == .title)
    }

    @Test func shortNamesAreAuthorYearWhenUniqueAndShorter() {
        let library = Library(root: nil, articles: [
            Self.article(title: "A Long Title About Sleep", authors: ["Anna Keeper"], date: "2016"),
            Self.article(title: "Another Long Title", authors: ["Bo Lee", "Cy Ng", "Di Wu"], date: "2018"),
            Self.article(title: "Third Long Title Here", authors: ["Bo Lee", "Ed Ma"], date: "2018"),
            Self.article(title: "Short", authors: ["Fay Longname"], date: "2020"),
            Self.article(title: "No Authors At All"),
        ], topicSet: .builtIn)
        #expect(library.shortNames == ["Keeper 2016", "Lee et al. 2018", "Lee and Ma 2018", "Short", "No Authors At All"])
    }
}

/// Where metadata comes from: each kind of file's own fields, and the text's opening as a last resort.
@Suite struct MetadataExtractionTests {
    static func parse(_ text: String, _ format: Article.Format, path: String = "/lib/x") -> Article {
        ArticleParser.structure(bytes: Array(text.utf8), path: path, format: format)
    }

    @Test func frontMatterNamesAuthorsInEveryUsualShape() {
        let listed = Self.parse("---\ntitle: T\nauthors:\n  - Anna Keeper\n  - {family: Tagger, given: Carl}\n  - name: Eve Reader\n"
                                + "journal: J\ndoi: https://doi.org/10.1000/j\nurl: https://x.org/t\nyear: 2012\n---\n\nText here.\n", .markdown)
        #expect(listed.about.authors == ["Anna Keeper", "Carl Tagger", "Eve Reader"])
        #expect(listed.siteName == "J" && listed.doi == "10.1000/j" && listed.source == "https://x.org/t" && listed.date == "2012")
        let plain = Self.parse("---\ntitle: T\nauthor: Anna Keeper\npublisher: P\ndate: 2020-01-02\n---\n\nText.\n", .markdown)
        #expect(plain.byline == "Anna Keeper" && plain.siteName == "P" && plain.date == "2020-01-02")
    }

    @Test func htmlMetaTagsDublinCoreAndOpenGraph() {
        let body = "<body><article><h1>T</h1><p>" + String(repeating: "Words of the story, with commas, go on. ", count: 20) + "</p></article></body>"
        let cited = Self.parse("""
            <html><head><meta name="citation_author" content="Keeper, Anna"><meta name="citation_author" content="Tagger, Carl">
            <meta name="citation_journal_title" content="J"><meta name="citation_date" content="2011/02/03">
            <meta name="citation_doi" content="10.1000/h"></head>\(body)</html>
            """, .html)
        #expect(cited.about.authors == ["Keeper, Anna", "Tagger, Carl"] && cited.siteName == "J" && cited.doi == "10.1000/h")
        #expect(BibliographicRecord(article: cited).dateParts == [2011, 2, 3])
        let dublin = Self.parse("""
            <html><head><meta name="DC.creator" content="Eve Reader"><meta name="DC.date" content="2009">
            <meta property="og:site_name" content="Site"></head>\(body)</html>
            """, .html)
        #expect(dublin.byline == "Eve Reader" && dublin.date == "2009" && dublin.siteName == "Site")
    }

    @Test func theOpeningLinesAreTheLastResort() {
        let text = Self.parse("Notes on Dreams\n\nBy Dana Writer and Ola Noor\n\nPublished 2 February 2017\n\nDOI: 10.9999/dreams\n\n"
                              + "Dreams take place mostly in REM sleep.\n", .text)
        #expect(text.byline == "Dana Writer and Ola Noor" && text.date == "2017" && text.doi == "10.9999/dreams")
        #expect(OpeningMetadata.date("2019-05-03") == "2019-05-03" && OpeningMetadata.date("Updated: May 3, 2019") == "2019")
        // Prose that only begins like a byline or mentions a year is not one.
        #expect(OpeningMetadata.byline("By the way, this is text.") == nil)
        #expect(OpeningMetadata.byline("by mistake we all slept") == nil)
        #expect(OpeningMetadata.date("2019 was the year we slept least.") == nil)
        // Front matter wins over the opening.
        let fronted = Self.parse("---\nauthor: Anna Keeper\n---\n\nBy Someone Else\n\nText.\n", .markdown)
        #expect(fronted.byline == "Anna Keeper")
    }

    @Test func aPapersOwnDOIIsTheOneItsCiteThisLineGives() {
        let lines = ["Cite this article as: Keeper A (2016) Sleep. J Sleep 4:1", "doi:10.1234/own.5", "Other work: doi:10.1234/cited.99.longer"]
        #expect(PDFMetadata.citedDOI(lines) == "10.1234/own.5")
        #expect(PDFMetadata.citedDOI(["Other work: doi:10.1234/cited.99"]) == nil)
    }
}
