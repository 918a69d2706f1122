import Foundation
import Testing

/// Hostile and broken input: the right structure or one clear line on stderr, never an escape byte.
@Suite struct BadInputTests {
    private func assertNoEscape(_ result: TractBinary.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.stdoutBytes.contains(0x1B), sourceLocation: sourceLocation)
        #expect(!result.stderrBytes.contains(0x1B), sourceLocation: sourceLocation)
        #expect(!result.stdoutBytes.contains(0x07), sourceLocation: sourceLocation)
    }

    private func assertOneLineError(_ result: TractBinary.Result, containing text: String,
                                    sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("tract: "), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, sourceLocation: sourceLocation)
        #expect(result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
    }

    /// Plain `tract` skips the argument parser; its errors still come as one line and status 1.
    @Test func readerWithoutArgumentsReportsInOneLine() throws {
        let missing = try TractBinary.run([], environment: ["TRACT_LIBRARY": "/nonexistent-library"])
        assertOneLineError(missing, containing: "/nonexistent-library: no such file or folder")
        #expect(missing.status == 1)
        let noTerminal = try TractBinary.run([])  // stdin and stdout are pipes here
        assertOneLineError(noTerminal, containing: "the reader needs a terminal")
    }

    /// The bundled library is found from any working directory (beside the executable, by plain paths).
    @Test func bundledLibraryFromTheRootFolder() throws {
        let list = try TractBinary.run(["list"], cwd: "/")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("mdma-pain-relief"))
    }

    @Test func invalidUTF8IsShownAsHex() throws {
        let folder = try TempFolder()
        let path = try folder.write("bad.txt", Array("Broken \u{E9} here ".utf8) + [0xE2, 0x28, 0xA1] + Array(" end.\n".utf8))
        let result = try TractBinary.run(["show", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("<E2>(<A1>"))
    }

    @Test func escapeSequencesNeverReachOutput() throws {
        let folder = try TempFolder()
        let path = try folder.write("esc.txt", "\u{1B}]0;pwned\u{07}\u{1B}[2J Title\nSome text \u{1B}[31mred\u{1B}[0m.\n")
        for arguments in [["show", path], ["outline", path], ["outline", path, "--json"], ["list", folder.path],
                          ["list", folder.path, "--json"], ["show", path, "--json"]] {
            let result = try TractBinary.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            assertNoEscape(result)
        }
        let shown = try TractBinary.run(["show", path])
        #expect(shown.stdout.contains("^[]0;pwned^G^[[2J"))
    }

    @Test func escapeBytesInFileNamesAndArgumentsAreSanitised() throws {
        let folder = try TempFolder()
        try folder.write("evil\u{1B}[2J.txt", "Text.\n")
        let listed = try TractBinary.run(["list", folder.path])
        assertNoEscape(listed)
        #expect(listed.stdout.contains("evil^[[2J"))
        let missing = try TractBinary.run(["outline", "nope\u{1B}[2J"])
        assertNoEscape(missing)
        assertOneLineError(missing, containing: "nope^[[2J")
    }

    @Test func nulCRLFAndBOM() throws {
        let folder = try TempFolder()
        let path = try folder.write("mixed.txt", [0xEF, 0xBB, 0xBF] + Array("Lead text\u{00} here.\r\nMethods\r\nWe did it.\rDone.\n".utf8))
        let outline = try TractBinary.run(["outline", path, "--json"])
        #expect(outline.status == 0)
        let document = try #require(JSONSerialization.jsonObject(with: Data(outline.stdoutBytes)) as? [String: Any])
        let sections = try #require(document["sections"] as? [[String: Any]])
        #expect(sections.compactMap { $0["heading"] as? String } == ["Methods"])
        let lead = try #require((sections.first?["paragraphs"] as? [[String: Any]])?.first)
        #expect(lead["text"] as? String == "Lead text^@ here.")
        #expect((sections.last?["paragraphs"] as? [[String: Any]])?.count == 2)
    }

    @Test func emptyFileHasNoSections() throws {
        let folder = try TempFolder()
        let path = try folder.write("empty.txt", "")
        let result = try TractBinary.run(["outline", path, "--json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"sections\" : [\n\n  ]") || result.stdout.contains("\"sections\" : []"))
    }

    @Test func fiveMegabyteSingleLine() throws {
        let folder = try TempFolder()
        let sentence = "This sentence repeats to make one very long line about serotonin. "
        let path = try folder.write("long.txt", String(repeating: sentence, count: 5_000_000 / sentence.count))
        let result = try TractBinary.run(["outline", path, "--json"], timeout: 60)
        #expect(result.status == 0)
        let show = try TractBinary.run(["show", path, "--width", "70"], timeout: 60)
        #expect(show.status == 0)
        #expect(show.stdout.split(separator: "\n").allSatisfy { $0.count <= 70 })
    }

    @Test func binaryFileIsSkippedWithReason() throws {
        let folder = try TempFolder()
        try folder.write("good.txt", "Some text.\n")
        try folder.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 200) + [1, 2, 3])
        try folder.write("notes.docx", "PK")
        try folder.write("notes.pdf", "%PDF-1.4")
        try folder.write("README", "no extension at all")
        let result = try TractBinary.run(["list", folder.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("skipped \(folder.path)/image.txt: binary file, not an article"))
        #expect(result.stdout.contains("skipped \(folder.path)/notes.docx: not an article type (.docx); Tract reads .txt, .md"))
        #expect(result.stdout.contains("skipped \(folder.path)/README: no extension; Tract reads .txt, .md, .markdown, .html, .htm, .xhtml, .pdf, .epub"))
        #expect(result.stdout.contains("skipped \(folder.path)/notes.pdf: damaged or not a PDF")
            || result.stdout.contains("skipped \(folder.path)/notes.pdf: no text layer"))
        let direct = try TractBinary.run(["outline", "\(folder.path)/image.txt"])
        assertOneLineError(direct, containing: "binary file")
    }

    @Test func punctuationQueriesAndEscapesInQueriesAreSafe() throws {
        let data = try TempFolder()
        // A query may begin with `-` (it was a usage error): words Tract has no option for are the query's.
        for query in ["*", "\"", "(", "**", "+", ")", "-5-HT", "-x"] {
            let result = try TractBinary.run(["search", query, "--data-dir", data.path])
            #expect(result.status == 0 && result.stderr.isEmpty, "\(query): \(result.stderr)")
            #expect(result.stdout == "no hits for '\(query)'\n")
        }
        let hostile = try TractBinary.run(["search", "\u{1B}]0;PWNED\u{07}\u{9B}31m\u{202E}x", "--data-dir", data.path])
        assertNoEscape(hostile)
        #expect(!hostile.stdoutBytes.contains(0x9B) && !hostile.stdout.contains("\u{202E}"))
    }

    /// One paragraph repeating the word searched for: the snippet is made in one pass (FTS5's own
    /// snippet took time quadratic in the hits, minutes at this size; the timeout is what fails).
    @Test func aWordRepeatedThousandsOfTimesIsFoundAtOnce() throws {
        let folder = try TempFolder()
        try folder.write("flood.txt", "Flood\n" + String(repeating: "safety ", count: 100_000) + "\n")
        let result = try TractBinary.run(["search", "safety", "--library", folder.path, "--data-dir", folder.path + "/data"],
                                         timeout: 30)
        #expect(result.status == 0)
        #expect(result.stdout.contains("«safety» «safety»"))
    }

    @Test func filesThatLie() throws {
        let folder = try TempFolder()
        // UTF-16 (both byte orders) and UTF-32 with a byte-order mark are text, not binary.
        let text = "Sleep notes\nSide effects\nDrowsiness the next day is common and usually mild, as trials show.\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let wide: [UInt8] = [0xFF, 0xFE, 0x00, 0x00] + text.unicodeScalars.flatMap { scalar -> [UInt8] in
            (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * UInt32($0))) }
        }
        let headings = { (result: TractBinary.Result) -> [String] in
            let document = (try? JSONSerialization.jsonObject(with: Data(result.stdoutBytes))) as? [String: Any]
            return ((document?["sections"] as? [[String: Any]]) ?? []).compactMap { $0["heading"] as? String }
        }
        let utf8 = headings(try TractBinary.run(["outline", try folder.write("utf8.txt", text), "--json"]))
        #expect(utf8.contains("Side effects"))
        let files: [(String, [UInt8])] = [("le.txt", little), ("be.txt", big), ("utf32.txt", wide)]
        for (name, bytes) in files {
            let result = try TractBinary.run(["outline", try folder.write(name, bytes), "--json"])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(headings(result) == utf8, "\(name)")
        }
        // A symbolic link to itself is a loop, not a broken link.
        let loop = folder.path + "/loop.txt"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        assertOneLineError(try TractBinary.run(["outline", loop]), containing: "symbolic link loop")
        // A chain longer than the system follows is no loop, and is said to be a chain.
        try folder.write("end.md", "# End\n\nText.\n")
        for hop in 1...45 { try FileManager.default.createSymbolicLink(atPath: folder.path + "/hop\(hop).md", withDestinationPath: hop == 1 ? "end.md" : "hop\(hop - 1).md") }
        assertOneLineError(try TractBinary.run(["outline", folder.path + "/hop45.md"]), containing: "a chain of 45 symbolic links, more than the 40")
        // A huge (sparse) file is refused at once with its size.
        let huge = folder.path + "/huge.txt"
        _ = FileManager.default.createFile(atPath: huge, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: 600 * 1_048_576)
        try handle.close()
        assertOneLineError(try TractBinary.run(["outline", huge], timeout: 10), containing: "too large (600 MB")
    }

    @Test func deeplyNestedMarkdownOpens() throws {
        let folder = try TempFolder()
        let quotes = try folder.write("quotes.md", String(repeating: "> ", count: 30_000) + "deep\n")
        let lists = try folder.write("lists.md", (0..<5_000).map { String(repeating: "  ", count: $0) + "- item \($0)" }.joined(separator: "\n"))
        let emphasis = try folder.write("emphasis.md", String(repeating: "*", count: 30_000) + "x" + String(repeating: "*", count: 30_000) + "\n")
        for path in [quotes, lists, emphasis] {
            let result = try TractBinary.run(["outline", path, "--json"], timeout: 60)
            #expect(result.status == 0, "\(path): \(result.stderr.prefix(200))")
        }
    }

    @Test func directoryNamedLikeAnArticle() throws {
        let folder = try TempFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/x.md", withIntermediateDirectories: true)
        try folder.write("a.txt", "Text.\n")
        let listed = try TractBinary.run(["list", folder.path])
        #expect(listed.stdout.contains("x.md: is a folder, not an article"))
        assertOneLineError(try TractBinary.run(["outline", folder.path + "/x.md"]), containing: "is a folder")
    }

    /// /proc/kmsg looks like an empty regular file but a plain read waits for the kernel forever (before:
    /// `outline` never returned); it is read without waiting. Reading it needs root, as CI runs.
    @Test(.enabled(if: getuid() == 0 && access("/proc/kmsg", R_OK) == 0))
    func kernelFilesAreReadWithoutWaiting() throws {
        let folder = try TempFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/kmsg.txt", withDestinationPath: "/proc/kmsg")
        let result = try TractBinary.run(["outline", folder.path + "/kmsg.txt"])
        #expect(result.status != 0 || result.stdout.contains("kmsg"))  // some kernels have messages queued
        if result.status != 0 { assertOneLineError(result, containing: "has nothing to read now") }
    }

    /// A name that is not UTF-8 opens by its bytes, from the command line and from a folder, and is shown
    /// with the stray byte as \xE9 (before: "no such file or folder" either way).
    @Test func namesThatAreNotUTF8OpenByTheirBytes() throws {
        let folder = try TempFolder()
        let name = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name
        guard let file = fopen((path.map { CChar(bitPattern: $0) } + [0]), "w") else {
            Issue.record("cannot create the file named by bytes")
            return
        }
        fputs("Title\n\nSome text about safety.\n", file)
        fclose(file)
        // The raw bytes as the argument, as a shell passes them.
        let shell = "exec '\(TractBinary.path)' outline \"$(printf '\(folder.path)/caf\\351.txt')\""
        let outline = try TractBinary.run(["-c", shell], executable: "/bin/sh")
        #expect(outline.status == 0, "\(outline.stderr)")
        #expect(outline.stdout.contains("caf\\xE9.txt · text") && outline.stdout.contains("Some text about safety."))
        let listed = try TractBinary.run(["list", folder.path])
        #expect(listed.stdout.contains("caf\\xE9  Title") && !listed.stdout.contains("skipped"))
        let found = try TractBinary.run(["search", "--library", folder.path, "safety"], environment: ["TRACT_DATA_DIR": folder.path + "/data"])
        #expect(found.stdout.contains("1. Title › (opening)"))
    }

    /// cmark's pathological inputs (after its test/pathological_tests.py) and files that lie, in one
    /// folder: `list` answers (before: 30,000 nested `*a **a` alone took a minute in a release build, the
    /// emphasis offsets being counted from the start each time) and names every entry, as an article or
    /// skipped for a specific reason.
    @Test func aFolderOfPathologicalInputsLists() throws {
        let folder = try TempFolder()
        let n = 30_000
        let cases: [String: String] = [
            "nested-strong-emph.md": String(repeating: "*a **a ", count: n) + "b" + String(repeating: " a** a*", count: n),
            "many-emph-closers.md": "a" + String(repeating: "_a", count: 2 * n),
            "many-link-openers.md": String(repeating: "[a", count: 2 * n),
            "nested-brackets.md": String(repeating: "[", count: n) + "a" + String(repeating: "]", count: n),
            "nested-block-quotes.md": String(repeating: "> ", count: n) + "a\n",
            "nested-list-markers.md": String(repeating: "* ", count: n) + "a\n",
            "unclosed-links.md": String(repeating: "[a](<b", count: n),
            "many-link-definitions.md": String(repeating: "[a]: u\n", count: n),
            "backticks.md": (1..<1_500).map { "e" + String(repeating: "`", count: $0) }.joined(),
            "many-table-rows.md": "| a | b |\n|---|---|\n" + String(repeating: "| c | d |\n", count: n),
            "emphasis-and-trailing-spaces.md": "x *a \n* " + String(repeating: "**b** ", count: n),
        ]
        for (name, text) in cases { try folder.write(name, text) }
        try folder.write("u0000.md", Array(String(repeating: "abc\u{0}de", count: 1_000).utf8))
        try folder.write("utf16.txt", [0xFF, 0xFE] + "Safety\n\nA risk.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop.md", withDestinationPath: folder.path + "/loop.md")
        #expect(mkfifo(folder.path + "/fifo.txt", 0o600) == 0)
        let listed = try TractBinary.run(["list", folder.path], timeout: 60)
        #expect(listed.status == 0, "\(listed.stderr)")
        for name in cases.keys.map({ String($0.dropLast(3)) }) + ["utf16"] {
            #expect(listed.stdout.contains("\n\(name) "), "\(name) is not listed as an article")
        }
        #expect(listed.stdout.contains("u0000.md: binary file, not an article"))
        #expect(listed.stdout.contains("loop.md: symbolic link loop"))
        #expect(listed.stdout.contains("fifo.txt: not a regular file"))
    }

    /// Hidden entries are never read; plain `list` counts them, `--all` names each (before: not a word).
    @Test func hiddenEntriesAreCountedAndNamedWithAll() throws {
        let folder = try TempFolder()
        try folder.write("a.txt", "Text.\n")
        try folder.write(".draft.md", "# Secret\n\nNot read.\n")
        try FileManager.default.createDirectory(atPath: folder.path + "/.git", withIntermediateDirectories: true)
        let listed = try TractBinary.run(["list", folder.path])
        #expect(listed.stdout.contains("2 hidden entries not read (--all names them)"))
        #expect(!listed.stdout.contains(".draft.md") && !listed.stdout.contains("Secret"))
        let all = try TractBinary.run(["list", "--all", folder.path])
        #expect(all.stdout.contains(".draft.md: hidden (its name starts with a dot)"))
        #expect(all.stdout.contains(".git: hidden (its name starts with a dot)"))
        let json = try TractBinary.run(["list", "--all", "--json", folder.path])
        #expect(json.stdout.contains("\"hidden\" : true"))
    }

    @Test func missingPathAndDanglingSymlink() throws {
        let folder = try TempFolder()
        assertOneLineError(try TractBinary.run(["outline", folder.path + "/missing.txt"]), containing: "no such file")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/dangling.txt", withDestinationPath: "/nonexistent/zz")
        assertOneLineError(try TractBinary.run(["outline", folder.path + "/dangling.txt"]), containing: "broken symbolic link")
        let listed = try TractBinary.run(["list", folder.path])
        #expect(listed.stdout.contains("dangling.txt: broken symbolic link"))
        assertOneLineError(try TractBinary.run(["list", "--library", folder.path + "/nowhere"]), containing: "no such file")
    }

    @Test func fifoInLibraryDoesNotHang() throws {
        let folder = try TempFolder()
        try folder.write("a.txt", "Text.\n")
        #expect(mkfifo(folder.path + "/pipe.txt", 0o644) == 0)
        let result = try TractBinary.run(["list", folder.path], timeout: 10)
        #expect(result.status == 0)
        #expect(result.stdout.contains("pipe.txt: not a regular file"))
    }

    @Test func ambiguousAndUnknownArticles() throws {
        assertOneLineError(try TractBinary.run(["outline", "mdma"]), containing: "matches several articles: mdma-depression-treatment")
        assertOneLineError(try TractBinary.run(["outline", "zebra"]), containing: "no article matches 'zebra'")
        assertOneLineError(try TractBinary.run(["show", "pain", "--section", "99"]), containing: "out of range")
        assertOneLineError(try TractBinary.run(["show", "pain", "--width", "3"]), containing: "--width")
    }

    @Test func malformedTopicsFileNamesTheLine() throws {
        let folder = try TempFolder()
        let path = try folder.write("topics.yml", "topics:\n  - id: a\n    words: [x\n")
        let result = try TractBinary.run(["outline", "pain", "--topics", path, "--json"])
        assertOneLineError(result, containing: "topics.yml: line ")
    }

    @Test func libraryFolderIsNeverWritten() throws {
        let folder = try TempFolder()
        try folder.write("a.txt", "Lead.\nMethods\nText.\n")
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        for arguments in [["list", folder.path], ["outline", folder.path + "/a.txt"], ["show", folder.path + "/a.txt"]] {
            _ = try TractBinary.run(arguments)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
    }
}

/// The reader refuses politely where it cannot run.
@Suite struct ReaderRefusalTests {
    @Test func notATerminalSaysSoInOneLine() throws {
        let result = try TractBinary.run([], environment: ["TERM": "xterm"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("tract: the reader needs a terminal"))
        #expect(result.stderr.contains("tract list"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!result.stderrBytes.contains(0x1B))
    }
}
