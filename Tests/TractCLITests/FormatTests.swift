import Foundation
import Testing

/// HTML, EPUB and PDF through the real binary: outlines like any article, and one clear line for a
/// file that cannot be read; none hangs or crashes.
@Suite struct FormatTests {
    private func outline(_ path: String, environment: [String: String] = [:]) throws -> [String: Any] {
        let result = try TractBinary.run(["outline", path, "--json"], environment: environment, timeout: 60)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [String: Any])
    }

    private func headings(_ document: [String: Any]) -> [String] {
        ((document["sections"] as? [[String: Any]]) ?? []).compactMap { $0["heading"] as? String }
    }

    private func oneLineError(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let result = try TractBinary.run(arguments, environment: environment, timeout: 60)
        #expect(result.status != 0 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("tract: ") && result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
        return result.stderr
    }

    @Test func htmlGivesTheArticleWithoutTheSite() throws {
        let folder = try TempFolder()
        let page = """
            <html><head><title>Sleep aids - Example Site</title>
            <meta name="citation_title" content="Sleep aids &amp; their risks"><script>var h1 = "<h1>no</h1>";</script></head>
            <body><nav><h2>Site menu</h2><a href="/">Home</a></nav>
            <div class="share-links"><h3>Share this article</h3></div>
            <article><h1>Sleep aids &amp; their risks</h1><p>Most sleep aids are taken for a few nights.</p>
            <h2>Side effects</h2><p>Drowsiness the next day is common.</p>
            <h3>In older adults</h3><ul><li>Falls</li><li>Confusion</li></ul><ol><li>Stop slowly</li><li>Ask first</li></ol>
            <blockquote><p>Sleep is not a luxury.</p></blockquote><pre>dose = 5 mg\nnight = 1</pre>
            <table><tr><th>Drug</th><th>Half-life</th></tr><tr><td>Zolpidem</td><td>2.5 h</td></tr></table>
            <h2>Caf\u{E9} and sleep</h2><p>Coffee late in the day keeps people awake.</p></article>
            <aside><h2>Related articles</h2></aside><footer><h2>Contact</h2></footer></body></html>
            """
        // Latin-1 bytes without a declared charset are read as Windows-1252.
        let bytes = page.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }
        let document = try outline(try folder.write("aids.html", bytes))
        #expect(document["format"] as? String == "html")
        #expect(document["title"] as? String == "Sleep aids & their risks")
        #expect(headings(document) == ["Side effects", "In older adults", "Café and sleep"])
        let shown = try TractBinary.run(["show", folder.path + "/aids.html"])
        for text in ["• Falls", "1. Stop slowly", "2. Ask first", "Sleep is not a luxury.", "dose = 5 mg", "Drug | Half-life"] {
            #expect(shown.stdout.contains(text), "\(text)")
        }
        #expect(!shown.stdout.contains("Site menu") && !shown.stdout.contains("var h1"))
    }

    /// Bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) in an undeclared page: before,
    /// iconv stopped there, the rest of the page was lost and libxml2 printed "encoding error" on stderr
    /// (over the reader's screen).
    @Test func undefinedWindows1252BytesKeepTheRestOfThePageAndPrintNothing() throws {
        let folder = try TempFolder()
        let page = Array("<html><body><h1>Caf".utf8) + [0xE9, 0x20, 0x93] + Array("quoted".utf8) + [0x94, 0x20, 0x81]
            + Array("</h1><p>Text ".utf8) + [0x80] + Array(" after the gap.</p><h2>Later</h2><p>Still here.</p></body></html>".utf8)
        let path = try folder.write("cp.html", page)
        let shown = try TractBinary.run(["show", path])
        #expect(shown.status == 0 && shown.stderr.isEmpty, "\(shown.stderr)")
        #expect(shown.stdout.contains("Café “quoted”"))
        #expect(shown.stdout.contains("Text € after the gap.") && shown.stdout.contains("Still here."))
    }

    @Test func hostileHTMLOpens() throws {
        let folder = try TempFolder()
        let deep = String(repeating: "<div>", count: 20_000) + "<p>Deep inside.</p>" + String(repeating: "</div>", count: 20_000)
        #expect(try outline(try folder.write("deep.html", deep))["format"] as? String == "html")
        let long = "<html><body><h1>One line</h1>" + String(repeating: "<p>word word word word.</p>", count: 200_000) + "</body></html>"
        #expect(try outline(try folder.write("long.html", long))["title"] as? String == "One line")
    }

    @Test func epubChaptersComeInSpineOrderWithTheirTitles() throws {
        let folder = try TempFolder()
        let document = try outline(try folder.write("essays.epub", FormatFiles.epub()))
        #expect(document["format"] as? String == "epub")
        #expect(document["title"] as? String == "Essays on Sleep")
        #expect(headings(document) == ["On Rest", "On Dreams"])
        // The package's Dublin Core: each creator, the publisher, the DOI among the identifiers, the date.
        #expect(document["authors"] as? [String] == ["Ada Lovelace", "Mary Somerville"])
        #expect(document["venue"] as? String == "Night Press" && document["doi"] as? String == "10.4321/sleep.essays")
        #expect(document["year"] as? Int == 1843)
    }

    @Test func brokenAndHostileEPUBsAreRefusedInOneLine() throws {
        let folder = try TempFolder()
        let bomb = FormatFiles.zip([("mimetype", Array("application/epub+zip".utf8)),
                                    ("zeros.xhtml", [UInt8](repeating: 0x20, count: 40 * 1024 * 1024))])
        #expect(bomb.count < 4 * 1024 * 1024)
        #expect(try oneLineError(["outline", try folder.write("bomb.epub", bomb)]).contains("unpacks to more than 32 MB"))
        let whole = FormatFiles.epub()
        // Cut short: said to be damaged, not opened as an empty book with success.
        #expect(try oneLineError(["outline", try folder.write("cut.epub", Array(whole.prefix(whole.count / 3)))]).contains("EPUB damaged"))
        #expect(try oneLineError(["outline", try folder.write("end.epub", Array(whole.prefix(whole.count * 2 / 3)))]).contains("EPUB damaged"))
        #expect(try oneLineError(["outline", try folder.write("text.epub", "not a zip at all")]).contains("not an EPUB"))
    }

    /// A spine naming one chapter 2,000 times reads it once (it grew without end, reading it each time);
    /// images are skipped unread, so a large one counts against no cap; a spine of nothing readable says so.
    @Test func epubSpinesCountDocumentsOnceAndSkipImages() throws {
        let folder = try TempFolder()
        let spine = String(repeating: "<itemref idref=\"a\"/>", count: 2000)
        let image = [UInt8](repeating: 0x89, count: 40 * 1024 * 1024)
        let book = FormatFiles.epub(spine: spine, extra: [("OEBPS/cover.png", image)])
        let document = try outline(try folder.write("repeated.epub", book))
        #expect(headings(document) == ["On Rest"])
        let empty = FormatFiles.epub(spine: "<itemref idref=\"missing\"/>")
        #expect(try oneLineError(["outline", try folder.write("empty.epub", empty)]).contains("EPUB without text"))
    }

    /// A page is read to its first 4 MB of markup (a 30 MB page took 11 s and 485 MB); the rest is
    /// said to be left out. Scripts and styles do not count: megabytes of them ahead of the article
    /// leave it whole.
    @Test func aHugePageIsReadToItsFirstFourMegabytesOfMarkup() throws {
        let folder = try TempFolder()
        let padding = "<!--" + String(repeating: "x", count: 5 << 20) + "-->"
        let page = "<html><head><title>Huge</title></head><body><h1>Huge</h1><p>Read at once.</p>" + padding + "<p>Past the cut.</p></body></html>"
        let shown = try TractBinary.run(["show", "--width", "200", try folder.write("huge.html", page)]).stdout
        #expect(shown.contains("Read at once.") && !shown.contains("Past the cut."))
        #expect(shown.contains("[Tract: this page is 5 MB; only its first 4 MB of markup (scripts and styles not counted) were read.]"))
        let scripted = "<html><head><title>Scripted</title><script>" + String(repeating: "x", count: 9 << 20) + "</script>"
            + "<STYLE>" + String(repeating: "y", count: 1 << 20) + "</style></head><body><h1>Scripted</h1><p>After the scripts.</p></body></html>"
        let whole = try TractBinary.run(["show", "--width", "200", try folder.write("scripted.html", scripted)]).stdout
        #expect(whole.contains("After the scripts.") && !whole.contains("[Tract:"))
    }

    /// libxml2 stops reading a page nested past 256 elements; what is lost is said, not silently dropped.
    @Test func aPageNestedTooDeepSaysWhereItStops() throws {
        let folder = try TempFolder()
        let page = "<html><body><p>Before the nesting.</p>" + String(repeating: "<div>", count: 300) + "<p>Deep.</p>"
            + String(repeating: "</div>", count: 300) + "</body></html>"
        let shown = try TractBinary.run(["show", try folder.write("deep.html", page)])
        #expect(shown.stdout.contains("Before the nesting.") && shown.stdout.contains("nest more than 256"))
        let shallow = page.replacingOccurrences(of: String(repeating: "<div>", count: 300), with: String(repeating: "<div>", count: 200))
        #expect(!(try TractBinary.run(["show", try folder.write("shallow.html", shallow)])).stdout.contains("256"))
    }

    @Test func pdfHeadingsTitleAndCache() throws {
        let folder = try TempFolder()
        let data = try TempFolder()
        let pdf = FormatFiles.pdf(lines: [("B", 24, "A Study of Sleep"), ("B", 14, "1. Introduction"),
                                          ("R", 11, "Sleep takes a third of our lives and shapes the rest of the day."),
                                          ("R", 11, "This study looks at how adults sleep in the first weeks of a new job."),
                                          ("B", 14, "2. Methods"), ("R", 11, "We asked forty adults to keep a diary for a month.")])
        let path = try folder.write("sleep.pdf", pdf)
        let environment = ["TRACT_DATA_DIR": data.path]
        let document = try outline(path, environment: environment)
        #expect(document["format"] as? String == "pdf")
        #expect(document["title"] as? String == "A Study of Sleep")
        #expect(headings(document) == ["1. Introduction", "2. Methods"])
        let cache = data.path + "/cache/pdf/"
        let cached = try FileManager.default.contentsOfDirectory(atPath: cache).sorted()
        #expect(cached.count == 2 && cached[0].hasSuffix(".reading") && cached[1].hasSuffix(".xml"))
        let (reading, layout) = (cache + cached[0], cache + cached[1])
        // Without pdftohtml the cached reading alone opens it, its layout not needed; a new PDF says what to install.
        let noConverter = environment.merging(["PATH": "/nonexistent"]) { $1 }
        let kept = try Data(contentsOf: URL(fileURLWithPath: layout))
        try FileManager.default.removeItem(atPath: layout)
        #expect(headings(try outline(path, environment: noConverter)) == ["1. Introduction", "2. Methods"])
        // A damaged reading is a miss: read again from the layout, or converted again, and kept again.
        try Data("tract reading 1\ngarbage".utf8).write(to: URL(fileURLWithPath: reading))
        #expect(try oneLineError(["outline", path], environment: noConverter).contains("install poppler-utils"))
        try kept.write(to: URL(fileURLWithPath: layout))
        #expect(headings(try outline(path, environment: noConverter)) == ["1. Introduction", "2. Methods"])
        #expect(try String(contentsOfFile: reading, encoding: .utf8).hasPrefix("build "))
        // A kept layout without text is converted again rather than taken for a scanned paper.
        try FileManager.default.removeItem(atPath: reading)
        try Data("<pdf2xml></pdf2xml>".utf8).write(to: URL(fileURLWithPath: layout))
        #expect(headings(try outline(path, environment: environment)) == ["1. Introduction", "2. Methods"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: layout)) == kept)
        let other = try folder.write("other.pdf", FormatFiles.pdf(lines: [("R", 11, "Another paper.")]))
        #expect(try oneLineError(["outline", other], environment: ["PATH": "/nonexistent", "TRACT_DATA_DIR": data.path])
            .contains("install poppler-utils"))
    }

    @Test func runningHeadersAndPageNumbersAreDropped() throws {
        let folder = try TempFolder()
        let page = { (heading: String) -> [(font: String, size: Int, text: String)] in
            [("B", 14, heading), ("R", 11, "Adults slept less in the first weeks of a new job than later on."),
             ("R", 11, "They also woke more often, and felt less rested in the morning.")]
        }
        let pdf = FormatFiles.pdf(lines: [("B", 24, "Sleep at Work")] + page("1. Introduction"),
                                  morePages: [page("2. Methods"), page("3. Results")], furniture: true)
        let shown = try TractBinary.run(["show", try folder.write("work.pdf", pdf)], timeout: 60)
        #expect(shown.status == 0)
        #expect(!shown.stdout.contains("Journal of Sleep Studies"))
        #expect(!shown.stdout.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).allSatisfy(\.isNumber) && !$0.isEmpty })
        #expect(headings(try outline(folder.path + "/work.pdf")) == ["1. Introduction", "2. Methods", "3. Results"])
    }

    @Test func unreadablePDFsSayWhyInOneLine() throws {
        let folder = try TempFolder()
        let blank = try folder.write("scan.pdf", FormatFiles.pdf(lines: []))
        #expect(try oneLineError(["outline", blank]).contains("no text layer (scanned pages)"))
        let locked = try folder.write("locked.pdf", FormatFiles.pdf(lines: [("R", 11, "Secret.")], encrypted: true))
        #expect(try oneLineError(["outline", locked]).contains("encrypted PDF"))
        let junk = try folder.write("junk.pdf", "%PDF-1.4 this is not really a PDF at all")
        let said = try oneLineError(["outline", junk])
        #expect(said.contains("damaged or not a PDF") || said.contains("no text layer"))
    }
}
