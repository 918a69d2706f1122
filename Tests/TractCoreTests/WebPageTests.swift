import Testing
@testable import TractCore

/// Web pages as reader modes read them, each failure pattern of saved pages pinned with a small page
/// written here: the article whole and alone, its title and metadata, and its text whatever the
/// page's charset says.
@Suite struct WebPageTests {
    /// Sentences enough for an article (the extractor wants 500 characters and sentences with commas).
    static func story(_ topic: String, paragraphs: Int = 5) -> [String] {
        (1...paragraphs).map { number in
            "Paragraph \(number) of the story on \(topic), which runs on for a while, with commas, clauses and detail, "
                + "so that it reads as prose rather than as a menu, a list of links or a caption under a picture."
        }
    }

    static func read(_ html: String) -> HTMLReader.Result {
        HTMLReader.parse(Array(html.utf8))
    }

    static func text(_ result: HTMLReader.Result) -> String {
        result.sections.flatMap(\.paragraphs).map { String($0.text) }.joined(separator: "\n")
    }

    @Test func whitespaceCollapsesAsUnicodeDefinesIt() {
        let text = "\t One\u{00A0}\u{00A0}two\r\nthree\u{2009}four\u{3000}five\u{2028}six \u{0085} «sept» é\u{0301}  "
        #expect(HTMLText.collapsed(text) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        #expect(HTMLText.collapsed("  ") == "" && HTMLText.collapsed("a") == "a")
    }

    @Test func aWrapperNamedForASidebarOrSharingStillHoldsTheArticle() {
        let paragraphs = Self.story("tides").map { "<p>\($0)</p>" }.joined()
        for wrapper in ["layout-sidebar-fixed", "theme-widget-post-content", "container social-anchor-start", "widget blog-main"] {
            let page = """
                <html><head><title>Tides</title></head><body>
                <div class="\(wrapper)"><article><h1>Tides</h1>\(paragraphs)</article>
                <aside class="sidebar"><ul><li><a href="/a">Elsewhere one</a></li><li><a href="/b">Elsewhere two</a></li></ul></aside></div>
                </body></html>
                """
            let text = Self.text(Self.read(page))
            #expect(text.contains("Paragraph 1 of the story on tides") && text.contains("Paragraph 5"), "\(wrapper)")
            #expect(!text.contains("Elsewhere one"), "\(wrapper)")
        }
    }

    @Test func textWrittenInDivsWithLineBreaksIsTheArticleNotTheNotesBox() {
        let lines = Self.story("glaciers").joined(separator: "<br><br>")
        let page = """
            <html><head><title>Glaciers</title></head><body>
            <div class="notes"><p>Note: comments are closed.</p><p>Note: this page moved.</p></div>
            <div class="latest"><h3>Latest news</h3><ul>\((1...8).map { "<li><a href=\"/n\($0)\">Headline number \($0) of the day</a></li>" }.joined())</ul></div>
            <div class="story-text">\(lines)</div>
            </body></html>
            """
        let result = Self.read(page)
        let text = Self.text(result)
        #expect(text.contains("Paragraph 1 of the story on glaciers") && text.contains("Paragraph 5 of the story"))
        #expect(!text.contains("Headline number") && !text.contains("comments are closed"))
        #expect(!result.sections.compactMap(\.heading).contains("Latest news"))
    }

    @Test func relatedArticleListsAreNeitherHeadingsNorText() {
        let paragraphs = Self.story("rivers").map { "<p>\($0)</p>" }.joined()
        let related = (1...6).map { "<li><a href=\"/r\($0)\">Another story about water number \($0)</a></li>" }.joined()
        let page = """
            <html><head><title>Rivers</title></head><body><div class="main">
            <h2>How rivers bend</h2>\(paragraphs)
            <div class="more-stories"><h3>Related</h3><ul>\(related)</ul></div>
            </div></body></html>
            """
        let result = Self.read(page)
        #expect(result.sections.compactMap(\.heading) == ["How rivers bend"])
        #expect(!Self.text(result).contains("Another story about water"))
    }

    @Test func aPageDeclaredGB2312ButSavedAsUTF8KeepsItsTitleAndText() {
        let page = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>新电脑已可自学</title></head>
            <body><div>\(Self.story("记忆").map { "<p>\($0)，学习新知识。</p>" }.joined())</div></body></html>
            """
        let result = Self.read(page)
        #expect(result.title == "新电脑已可自学")
        #expect(Self.text(result).contains("学习新知识"))
    }

    @Test func undecodableBytesNeverCutAPageShort() {
        let head = Array("<html><head><meta charset=\"utf-8\"><title>Caf".utf8) + [0xE9] + Array("</title></head><body>".utf8)
        let body = Self.story("coffee").map { "<p>\($0)</p>" }.joined() + "<p>The last paragraph ends here.</p></body></html>"
        let declared = HTMLReader.parse(head + Array(body.utf8))
        #expect(Self.text(declared).contains("The last paragraph ends here."))
        // Undeclared and not UTF-8: Windows-1252, as browsers read it.
        let undeclared = HTMLReader.parse(Array("<html><head><title>Caf".utf8) + [0xE9, 0x20, 0x80] + Array("</title></head><body>\(body)".utf8))
        #expect(undeclared.title == "Café €")
    }

    @Test func theTitleComesFromMetadataOrTheTitleWithoutTheSite() {
        let body = "<body><div>\(Self.story("bees").map { "<p>\($0)</p>" }.joined())</div></body></html>"
        let plain = Self.read("<html><head><title>How Bees Find Their Way Home | The Daily Paper</title></head>\(body)")
        #expect(plain.title == "How Bees Find Their Way Home")
        let site = Self.read("<html><head><title>The Daily Paper - How Bees Find Their Way Home</title></head>"
                             + body.replacingOccurrences(of: "<div>", with: "<div><h1>How Bees Find Their Way Home</h1>"))
        #expect(site.title == "How Bees Find Their Way Home")
        let meta = Self.read("""
            <html><head><title>x</title><meta property="og:title" content="Bees at Home"><meta property="og:site_name" content="The Daily Paper">
            <meta name="citation_doi" content="doi:10.1234/bees.5"><meta property="article:published_time" content="2021-04-01">
            <script type="application/ld+json"><![CDATA[{"@type": "NewsArticle", "headline": "How Bees Find Home",
            "author": [{"@type": "Person", "name": "A. Keeper"}], "publisher": {"name": "The Daily Paper"}}]]></script></head>\(body)
            """)
        #expect(meta.title == "How Bees Find Home")
        #expect(meta.about.byline == "A. Keeper" && meta.about.siteName == "The Daily Paper" && meta.about.doi == "10.1234/bees.5"
                && meta.date == "2021-04-01")
    }
}
