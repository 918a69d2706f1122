import Foundation
import Testing

/// A researcher's library through the real binary: `tract cite` in three formats (BibTeX read back by
/// pybtex, CSL-JSON checked against a schema), `tract meta` corrections kept across processes and
/// shown everywhere, `list --sort`, search by author and year, and bookmark exports that cite.
@Suite struct CitingCommandTests {
    static let markdown = """
        ---
        title: "Sleep & Memory: {Braces}, 50% of $costs_#1 ~ ^up\\\\down"
        authors:
          - Anna B. Keeper
          - family: Müller
            given: Jörg
          - Carl Tagger
        date: 2019-05-03
        journal: Journal of Sleep Studies
        doi: 10.1234/jss.2019.7
        ---

        # Background

        Sleep consolidates memory in the hippocampus, as earlier studies of rodents showed.
        """
    static let html = """
        <html><head><title>Bees at home</title>
        <meta name="citation_title" content="How Bees Find Their Way Home">
        <meta name="citation_author" content="Reader, Eve">
        <meta name="citation_publication_date" content="2021/04/01">
        <meta name="citation_journal_title" content="Insect Navigation">
        <meta name="citation_doi" content="10.5555/bees.42">
        </head><body><article><h1>How Bees Find Their Way Home</h1>
        <p>Bees learn the landscape around the hive on orientation flights before they forage far away.</p>
        </article></body></html>
        """
    static let text = """
        Notes on Dreams

        By Dana Writer

        Published 2 February 2017

        Dreams take place mostly in rapid eye movement sleep, and people woken then recall them best.
        """

    /// A library of three made-up articles: Markdown with front matter, a page with citation_* meta
    /// tags, and a text whose metadata is only in its opening lines.
    private func library() throws -> (folder: TempFolder, env: [String: String]) {
        let folder = try TempFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/lib", withIntermediateDirectories: true)
        try folder.write("lib/sleep.md", Self.markdown)
        try folder.write("lib/bees.html", Self.html)
        try folder.write("lib/dreams.txt", Self.text)
        return (folder, ["TRACT_DATA_DIR": folder.path + "/data", "TRACT_LIBRARY": folder.path + "/lib"])
    }

    /// Runs the citation checker (pybtex or jsonschema) on `text`; what it read, as JSON.
    private func check(_ kind: String, _ text: String, in folder: TempFolder) throws -> Any {
        let file = try folder.write("cite.\(kind)", text)
        let script = TractBinary.packageRoot.appendingPathComponent("Tests/Fixtures/citations/check-citations.py").path
        let result = try TractBinary.run([script, kind, file], executable: "/usr/bin/python3")
        #expect(result.status == 0, "\(kind) did not parse: \(result.stderr)\n\(text)")
        return try JSONSerialization.jsonObject(with: Data(result.stdoutBytes))
    }

    @Test func citeWritesBibTeXThatParses() throws {
        let (folder, env) = try library()
        let result = try TractBinary.run(["cite", "sleep", "bees", "dreams"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try #require(try check("bibtex", result.stdout, in: folder) as? [String: [String: Any]])
        #expect(Set(entries.keys) == ["keeper2019sleep", "reader2021bees", "writer2017dreams"])
        let sleep = try #require(entries["keeper2019sleep"])
        #expect(sleep["type"] as? String == "article")
        #expect(sleep["authors"] as? [String] == ["Keeper, Anna B.", "Müller, Jörg", "Tagger, Carl"])
        let fields = try #require(sleep["fields"] as? [String: String])
        #expect(fields["journal"] == "Journal of Sleep Studies" && fields["year"] == "2019" && fields["month"] == "5")
        #expect(fields["doi"] == "10.1234/jss.2019.7")
        // Every character TeX reads specially is written as TeX, so the title survives whole.
        #expect(fields["title"]?.contains("\\&") == true && fields["title"]?.contains("\\textbraceleft{}Braces\\textbraceright{}") == true)
        #expect(fields["title"]?.contains("50\\%") == true && fields["title"]?.contains("\\$costs\\_\\#1") == true)
        let bees = try #require(entries["reader2021bees"]?["fields"] as? [String: String])
        #expect(bees["journal"] == "Insect Navigation" && bees["doi"] == "10.5555/bees.42")
        #expect(entries["writer2017dreams"]?["authors"] as? [String] == ["Writer, Dana"])
        #expect(entries["writer2017dreams"]?["type"] as? String == "misc")
    }

    @Test func citeWritesCSLJSONThatMeetsTheSchemaAndRIS() throws {
        let (folder, env) = try library()
        let result = try TractBinary.run(["cite", "sleep", "bees", "dreams", "--format", "csl-json"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let items = try #require(try check("csl", result.stdout, in: folder) as? [[String: Any]])
        #expect(items.count == 3)
        let sleep = try #require(items.first { $0["id"] as? String == "keeper2019sleep" })
        #expect(sleep["type"] as? String == "article-journal" && sleep["container-title"] as? String == "Journal of Sleep Studies")
        #expect((sleep["issued"] as? [String: Any])?["date-parts"] as? [[Int]] == [[2019, 5, 3]])
        #expect((sleep["author"] as? [[String: String]])?[1] == ["family": "Müller", "given": "Jörg"])
        #expect(items.first { $0["id"] as? String == "reader2021bees" }?["URL"] as? String == "https://doi.org/10.5555/bees.42")
        // The checker itself refuses what the schema does not allow.
        let bad = try folder.write("bad.csl", #"[{"id": "x", "type": "article-journal", "title": "t", "issued": {"date-parts": [[19]]}}]"#)
        let script = TractBinary.packageRoot.appendingPathComponent("Tests/Fixtures/citations/check-citations.py").path
        #expect(try TractBinary.run([script, "csl", bad], executable: "/usr/bin/python3").status != 0)

        let ris = try TractBinary.run(["cite", "bees", "--format", "ris"], environment: env).stdout
        #expect(ris.hasPrefix("TY  - JOUR\nAU  - Reader, Eve\nTI  - How Bees Find Their Way Home\nT2  - Insect Navigation\nPY  - 2021\n"))
        #expect(ris.contains("DA  - 2021/04/01/\nDO  - 10.5555/bees.42\n") && ris.hasSuffix("ER  - \n"))
    }

    @Test func correctionsAreKeptOutsideTheLibraryAndShownEverywhere() throws {
        let (folder, env) = try library()
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/lib/dreams.txt"))
        let set = try TractBinary.run(["meta", "dreams", "--set", "year=2015", "--set", "authors=Writer, Dana; Ola Noor",
                                       "--set", "venue=Dream Letters"], environment: env)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("year    2015  (corrected)"))
        // Another process sees them: list, outline and cite.
        let list = try JSONSerialization.jsonObject(with: Data(try TractBinary.run(["list", "--json"], environment: env).stdoutBytes))
        let articles = try #require((list as? [String: Any])?["articles"] as? [[String: Any]])
        let dreams = try #require(articles.first { ($0["path"] as? String)?.hasSuffix("dreams.txt") == true })
        #expect(dreams["year"] as? Int == 2015 && dreams["authors"] as? [String] == ["Dana Writer", "Ola Noor"])
        #expect(dreams["venue"] as? String == "Dream Letters")
        #expect(try TractBinary.run(["outline", "dreams"], environment: env).stdout.contains("by Dana Writer, Ola Noor · 2015 · Dream Letters"))
        #expect(try TractBinary.run(["cite", "dreams"], environment: env).stdout.contains("author = {Writer, Dana and Noor, Ola}"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/lib/dreams.txt")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/lib").sorted() == ["bees.html", "dreams.txt", "sleep.md"])
        // Unset: the file's own year again.
        #expect(try TractBinary.run(["meta", "dreams", "--unset", "year"], environment: env).stdout.contains("year    2017\n"))
        let json = try TractBinary.run(["meta", "dreams", "--json"], environment: env)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any])
        #expect(report["corrected"] as? [String] == ["authors", "venue"] && report["year"] as? Int == 2017)
    }

    @Test(arguments: [
        (["--set", "year=19"], "tract: year: '19' is not a four-digit year"),
        (["--set", "colour=red"], "tract: no field 'colour': fields are title, authors, year, venue, doi, url"),
        (["--set", "doi=nothing"], "tract: doi: 'nothing' is not a DOI (10.xxxx/…)"),
        (["--set", "url=ftp://x"], "tract: url: 'ftp://x' does not start with http:// or https://"),
        (["--set", "year"], "tract: --set year: write field=value, e.g. year=2019"),
    ])
    func aBadCorrectionIsOneLineAndChangesNothing(arguments: [String], message: String) throws {
        let (folder, env) = try library()
        defer { withExtendedLifetime(folder) {} }
        // A good correction first, in the same command: nothing is written when any is bad.
        let result = try TractBinary.run(["meta", "dreams", "--set", "venue=X"] + arguments, environment: env)
        #expect(result.status == 1 && result.stderr == message + "\n" && result.stdout.isEmpty)
        #expect(try TractBinary.run(["meta", "dreams", "--json"], environment: env).stdout.contains("\"corrected\" : [\n\n  ]"))
    }

    @Test func listSortsByTitleAuthorAndYear() throws {
        let (folder, env) = try library()
        defer { withExtendedLifetime(folder) {} }
        func order(_ sort: String) throws -> [String] {
            let run = try TractBinary.run(["list", "--json", "--sort", sort], environment: env)
            #expect(run.status == 0, "\(run.stderr)")
            let data = run.stdoutBytes
            let articles = (try JSONSerialization.jsonObject(with: Data(data)) as? [String: Any])?["articles"] as? [[String: Any]] ?? []
            return articles.compactMap { ($0["path"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }
        }
        #expect(try order("name") == ["bees.html", "dreams.txt", "sleep.md"])
        #expect(try order("title") == ["dreams.txt", "bees.html", "sleep.md"])  // Dreams, How…, Sleep…
        #expect(try order("author") == ["sleep.md", "bees.html", "dreams.txt"])  // Keeper, Reader, Writer
        #expect(try order("year") == ["dreams.txt", "sleep.md", "bees.html"])  // 2017, 2019, 2021
        let table = try TractBinary.run(["list", "--sort", "year"], environment: env, ).stdout
        #expect(table.contains("Writer 2017") && table.contains("Keeper et al. 2019") && table.contains("Reader 2021"))
    }

    @Test func searchFindsAnArticleByItsAuthorAndYear() throws {
        let (folder, env) = try library()
        defer { withExtendedLifetime(folder) {} }
        let hits = try TractBinary.run(["search", "Keeper 2019"], environment: env).stdout
        #expect(hits.contains("Sleep & Memory") && !hits.contains("Bees"))
        let mixed = try TractBinary.run(["search", "Reader hive"], environment: env).stdout
        #expect(mixed.contains("How Bees Find Their Way Home") && !mixed.contains("Sleep"))
        // A correction is searched too.
        _ = try TractBinary.run(["meta", "bees", "--set", "authors=Zimmer, Ola"], environment: env)
        #expect(try TractBinary.run(["search", "Zimmer"], environment: env).stdout.contains("How Bees Find Their Way Home"))
    }

    @Test func bookmarkExportsCiteTheirArticles() throws {
        let (folder, env) = try library()
        #expect(try TractBinary.run(["bookmarks", "add", "bees", "--line", "9", "--note", "orientation"], environment: env).status == 0)
        #expect(try TractBinary.run(["bookmarks", "add", "sleep", "--line", "15"], environment: env).status == 0)
        let markdown = try TractBinary.run(["bookmarks", "export"], environment: env).stdout
        #expect(markdown.contains("Reader, E. (2021). How Bees Find Their Way Home. Insect Navigation. https://doi.org/10.5555/bees.42"))
        #expect(markdown.contains("— Reader 2021, "))
        let bibtex = try TractBinary.run(["bookmarks", "export", "--format", "bibtex"], environment: env).stdout
        let entries = try #require(try check("bibtex", bibtex, in: folder) as? [String: Any])
        #expect(Set(entries.keys) == ["reader2021bees", "keeper2019sleep"])

        let file = folder.path + "/notes.jsonld"
        #expect(try TractBinary.run(["bookmarks", "export", "--format", "annotation", "--output", file], environment: env).status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        let items = try #require((root["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let noted = try #require(items.first { ($0["body"] as? [String: Any])?["value"] as? String == "orientation" })
        let source = try #require((noted["target"] as? [String: Any])?["source"] as? [String: Any])
        #expect(source["id"] as? String == "https://doi.org/10.5555/bees.42")
        #expect(source["file"] as? String == URL(fileURLWithPath: folder.path + "/lib/bees.html").absoluteString)
        let citation = try #require(source["citation"] as? [String: Any])
        let csl = String(decoding: try JSONSerialization.data(withJSONObject: [citation]), as: UTF8.self)
        _ = try check("csl", csl, in: folder)
        #expect(citation["id"] as? String == "reader2021bees" && citation["DOI"] as? String == "10.5555/bees.42")
        // Read back into an empty data folder: the file is found through `file`.
        let other = ["TRACT_DATA_DIR": folder.path + "/data2", "TRACT_LIBRARY": folder.path + "/lib"]
        #expect(try TractBinary.run(["bookmarks", "import", file], environment: other).stdout == "imported 2 bookmarks\n")
        let listed = try TractBinary.run(["bookmarks", "list"], environment: other).stdout
        #expect(listed.contains("orientation") && !listed.contains("orphan") && !listed.contains("missing"), "\(listed)")
    }
}
