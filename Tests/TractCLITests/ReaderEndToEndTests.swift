import Foundation
import Testing

/// The real reader in tmux: the user journey of the reader issue, step by step.
@Suite(.serialized) struct ReaderEndToEndTests {
    /// Each test reads and writes its own data folder, never the user's.
    private let data = FileManager.default.temporaryDirectory.appendingPathComponent("tract-e2e-\(UUID().uuidString)").path

    private var launch: String {
        "env -u NO_COLOR TERM=xterm-256color XDG_CONFIG_HOME=/nonexistent TRACT_DATA_DIR=\(data) \(TractBinary.path)"
    }

    private var command: String { "cd '\(TractBinary.packageRoot.path)' && \(launch)" }

    /// From the library: opens mdma-pain-relief (the fourth article) and compares it with the depression article.
    private func comparePainReliefWithDepression(in tmux: Tmux) throws {
        try tmux.send("j", "j", "j", "Enter")
        try tmux.waitFor(text: "Outline · 8 sections")
        try tmux.send("c")
        try tmux.waitFor(text: "Compare MDMA pain relief on safety with…")
        try tmux.send("-l", "depr")
        try tmux.send("Enter")
    }

    /// From the start: the map, its cursor on the safety column's header.
    private func toSafetyHeaderOfTheMap(_ tmux: Tmux) throws {
        try tmux.waitFor(text: "Library (5)")
        try tmux.send("M")
        try tmux.waitFor(text: "Topic map")
        try tmux.send("g", "l")
    }

    @Test func browseJumpSearchResizeQuit() throws {
        let tmux = try Tmux(command: command)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Library (5)")
        try tmux.waitFor(text: "MDMA depression")
        try tmux.send("Enter")  // the first article: mdma-depression-treatment
        try tmux.waitFor(text: "Outline · 7 sections")
        var presses = 0
        while !Tmux.statusLine(try tmux.screen()).contains("› Safety Profile And Side Effects") {
            presses += 1
            #expect(presses <= 7, "']' never reached the safety section")
            if presses > 7 { return }
            try tmux.send("]")
            try tmux.waitFor("section change") { _ in true }
            usleep(100_000)
        }
        #expect(presses == 3)
        try tmux.send("/")
        try tmux.waitFor(text: "/▏")
        try tmux.send("-l", "serotonin")
        try tmux.send("Enter")
        let searched = try tmux.waitFor("hit counter") { Tmux.statusLine($0).contains("for 'serotonin'") }
        #expect(Tmux.statusLine(searched).contains("hit "))
        try tmux.resize(width: 60, height: 20)
        let narrow = try tmux.waitFor("narrow layout") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            // The text rows too, so a frame captured half-drawn does not count.
            return rows.count <= 21 && screen.contains("ARTICLE") && !screen.contains("Library (5)")
                && screen.lowercased().contains("serotonin")
        }
        #expect(narrow.contains("serotonin") || narrow.contains("Serotonin"))
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor(text: "Library (5)")
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
        try tmux.waitFor(text: "[tty restored]")
    }

    @Test func ctrlCAndSigtermRestoreTheTerminal() throws {
        let tmux = try Tmux(command: command)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Library (5)")
        try tmux.send("C-c")
        try tmux.waitFor(text: "[exit")
        try tmux.waitFor(text: "[tty restored]")

        // SIGTERM and SIGHUP from outside, to the reader itself (its pid written by the shell that execs it).
        // SIGSEGV stands for a crash: the handler restores the terminal, then the process dies of it.
        for signal in [SIGTERM, SIGHUP, SIGSEGV, SIGQUIT, SIGUSR1, SIGALRM, SIGXCPU] {
            let pidFile = FileManager.default.temporaryDirectory.appendingPathComponent("tract-\(UUID().uuidString).pid")
            let other = try Tmux(command: "sh -c 'echo $$ > \(pidFile.path); exec \(launch)'")
            defer { other.kill(); try? FileManager.default.removeItem(at: pidFile) }
            try other.waitFor(text: "Library (5)")
            let pid = try #require(Int32(try String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
            #expect(kill(pid, signal) == 0)
            let ended = try other.waitFor("the reader to end on signal \(signal)", timeout: 15) { $0.contains("[exit") }
            try other.waitFor(text: "[tty restored]")
            // A fault of Tract's own is reported in the data folder, with one line saying where; a signal
            // sent to end it is not a crash.
            let report = data + "/crash.log"
            if signal == SIGSEGV {
                #expect(ended.contains("tract: crashed (signal 11); the report is in"))
                #expect(try String(contentsOfFile: report, encoding: .utf8).contains("tract crashed on signal 11; the stack:"))
            } else {
                #expect(!ended.contains("crashed"))
            }
        }
    }

    /// A crash report is never written through a link or into a FIFO someone put in its place (the
    /// dying reader would hang on it): the crash line says no report could be written, and ends.
    @Test(arguments: ["link", "fifo"]) func aCrashReportFollowsNoLinkAndWaitsOnNoFIFO(kind: String) throws {
        let folder = try TempFolder()
        let data = folder.path + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let victim = try folder.write("victim.txt", "untouched\n")
        if kind == "link" {
            try FileManager.default.createSymbolicLink(atPath: data + "/crash.log", withDestinationPath: victim)
        } else {
            #expect(mkfifo(data + "/crash.log", 0o600) == 0)
        }
        let pidFile = folder.path + "/pid"
        let launch = "env -u NO_COLOR TERM=xterm-256color XDG_CONFIG_HOME=/nonexistent TRACT_DATA_DIR=\(data) \(TractBinary.path)"
        let tmux = try Tmux(command: "cd '\(TractBinary.packageRoot.path)' && sh -c 'echo $$ > \(pidFile); exec \(launch)'")
        defer { tmux.kill() }
        try tmux.waitFor(text: "Library (5)")
        let pid = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGSEGV) == 0)
        let ended = try tmux.waitFor("the reader to end", timeout: 15) { $0.contains("[exit") }
        #expect(ended.contains("tract: crashed (signal 11); no report could be written"))
        try tmux.waitFor(text: "[tty restored]")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "untouched\n")
    }

    /// A first start (a fresh data folder, nothing read yet) teaches: the library as a table, the topic
    /// legend and the keys that matter, beside a list whose columns are named.
    @Test func theFirstStartShowsTheLegendAndTheLibraryTable() throws {
        let tmux = try Tmux(command: command, width: 80, height: 24)
        defer { tmux.kill() }
        let screen = try tmux.waitFor("the first screen") { $0.contains("Library · 5 articles") && $0.contains("Topics") && $0.contains("Keys") }
        for needle in ["Title", "Sections", "1 ▌mechanism", "2 ▌safety", "Enter open", "c compare", "? help", "read"] {
            #expect(screen.contains(needle), "\(needle)")
        }
        #expect(!screen.contains("choose an article"))
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
    }

    @Test func helpOverlayListsKeys() throws {
        let tmux = try Tmux(command: command)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Library (5)")
        try tmux.send("?")
        // Poll for both, so a frame captured half-drawn does not count.
        // Poll for both, so a frame captured half-drawn does not count: the concepts and the legend first.
        let help = try tmux.waitFor("help overlay") { $0.contains("Help — j/k scroll") && $0.contains("What Tract shows") && $0.contains("▌mechanism") }
        #expect(!help.contains("show or hide this help"))  // further down the list
        try tmux.send("-N", "200", "j")
        try tmux.waitFor("the end of the list") { $0.contains("show or hide this help") && $0.contains("Help —") }
        // / narrows it to what mentions a word; Esc clears that, then closes.
        try tmux.send("/")
        try tmux.send("-l", "bookmark")
        try tmux.send("Enter")
        let found = try tmux.waitFor("the help narrowed") { $0.contains("Help — 'bookmark'") }
        #expect(found.contains("Bookmarks.") && !found.contains("next section"))
        try tmux.send("Escape")
        try tmux.waitFor("the search cleared") { $0.contains("Help —") && !$0.contains("'bookmark'") }
        try tmux.send("Escape")
        try tmux.waitFor("help closed") { !$0.contains("Help —") }
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
    }

    /// With depression open: `]` to its safety section, `c`, pick pain relief; the screen with both
    /// safety sections side by side.
    @discardableResult
    private func compareDepressionsSafetyWithPainRelief(in tmux: Tmux) throws -> String {
        try tmux.waitFor(text: "Outline · 7 sections")
        try tmux.send("]", "]", "]")
        try tmux.waitFor("the safety section") { Tmux.statusLine($0).contains("› Safety Profile") }
        try tmux.send("c")
        try tmux.waitFor(text: "Compare MDMA depression treatment on safety with…")
        try tmux.send("-l", "pain")
        try tmux.send("Enter")
        return try tmux.waitFor("both safety sections") { screen in
            screen.split(separator: "\n").contains { $0.contains("§ Safety Profile And Side Effects") && $0.contains("§ Potential Side Effects") }
        }
    }

    /// The journey at 80×24: depression's safety section compared with pain relief opens on the
    /// two safety sections side by side; Enter reads the passage, Esc comes back.
    @Test func compareOpensOnBothSafetySectionsAt80x24() throws {
        let tmux = try Tmux(command: command, width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Library (5)")
        try tmux.send("Enter")
        let first = try compareDepressionsSafetyWithPainRelief(in: tmux)
        #expect(Tmux.statusLine(first).contains("?:help"))
        // The points strip, then p: the first shared point chosen and named on the strip.
        #expect(first.split(separator: "\n")[1].contains("both "))
        try tmux.send("p")
        try tmux.waitFor("a chosen point") { $0.split(separator: "\n")[1].contains("‹elevated blood pressure› both") }
        try tmux.send("g")
        try tmux.send("Tab", "Enter")  // the right side's passage
        try tmux.waitFor("the passage in its article") { Tmux.statusLine($0).contains("MDMA pain relief › Potential Side") }
        try tmux.send("Escape")
        try tmux.waitFor("back in compare") { Tmux.statusLine($0).contains("COMPARE") }
        try tmux.send("q", "q")
        try tmux.waitFor(text: "[exit 0]")
    }

    /// The first-use journey: an article named alone opens inside its library, so compare has partners;
    /// a passage opened from compare says the way back, and `q` there returns rather than quits.
    @Test func anArticleNamedAloneComparesWithinItsLibraryAndQGoesBack() throws {
        let tmux = try Tmux(command: command + " mdma-depression-treatment", width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Library (5)")
        try compareDepressionsSafetyWithPainRelief(in: tmux)
        try tmux.send("Enter")
        let opened = try tmux.waitFor("the passage in its article") { Tmux.statusLine($0).contains("back to compare") }
        #expect(Tmux.statusLine(opened).contains("MDMA depression treatment ›"))
        try tmux.send("q")
        try tmux.waitFor("back in compare") { Tmux.statusLine($0).contains("COMPARE") }
        try tmux.send("q")
        try tmux.waitFor("compare closed") { Tmux.statusLine($0).contains("ARTICLE") }
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
    }

    @Test func quittingFromHelpKeepsThePlaceForTheNextRun() throws {
        let first = try Tmux(command: command)
        defer { first.kill() }
        try first.waitFor(text: "Library (5)")
        try first.send("Enter")
        try first.waitFor(text: "Outline · 7 sections")
        try first.send("]", "]", "]")
        try first.waitFor("the safety section") { Tmux.statusLine($0).contains("› Safety Profile And Side Effects") }
        try first.send("?")
        try first.waitFor(text: "Help —")
        try first.send("C-c")  // quit straight from the help overlay (q there closes it)
        try first.waitFor(text: "[exit 0]")
        let second = try Tmux(command: command)
        defer { second.kill() }
        try second.waitFor(text: "Library (5)")
        try second.send("Enter")
        try second.waitFor("the place kept") { Tmux.statusLine($0).contains("› Safety Profile And Side Effects") }
        try second.send("q")
        try second.waitFor(text: "[exit 0]")
    }

    @Test func reboundKeysShowInHintsAndHelp() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("tract-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("tract"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        try "keys:\n  swap: [w]\n  help: [f1]\n".write(to: config.appendingPathComponent("tract/config.yml"), atomically: true, encoding: .utf8)
        let rebound = command.replacingOccurrences(of: "XDG_CONFIG_HOME=/nonexistent", with: "XDG_CONFIG_HOME=\(config.path)")
        let tmux = try Tmux(command: rebound)
        defer { tmux.kill() }
        try tmux.waitFor("the rebound help hint") { Tmux.statusLine($0).contains("f1:help q:quit") }
        try comparePainReliefWithDepression(in: tmux)
        try tmux.waitFor("compare hints") { Tmux.statusLine($0).contains("1–6 topic · w swap · s link") && Tmux.statusLine($0).contains("f1:help") }
        try tmux.send("w")
        try tmux.waitFor(text: "swapped sides")
        try tmux.send("F1")
        try tmux.send("-N", "200", "j")
        let help = try tmux.waitFor("the help's keys") { $0.contains("Help —") && $0.contains("show or hide this help") }
        #expect(help.contains("f1") && !help.contains("? "))
        try tmux.send("Escape", "q")  // help closed, then q closes compare
        try tmux.waitFor(text: "ARTICLE")
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
    }

    @Test(arguments: [("dumb", "TERM is dumb"), ("xyzzy-unknown", "unknown to ncurses")])
    func unusableTerminalTypesSayWhyInOneLine(term: String, reason: String) throws {
        let tmux = try Tmux(command: "env TERM=\(term) TRACT_DATA_DIR=\(data) \(TractBinary.path)")
        defer { tmux.kill() }
        let screen = try tmux.waitFor(text: "[exit 1]")
        #expect(screen.contains("tract: "))
        #expect(screen.contains(reason))
        #expect(screen.contains("for plain output use"))
        try tmux.waitFor(text: "[tty restored]")
    }

    @Test func compareSafetyThenMechanismThenSwap() throws {
        let tmux = try Tmux(command: command)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Library (5)")
        try comparePainReliefWithDepression(in: tmux)
        try tmux.waitFor(text: "COMPARE · safety")
        // Scroll until both safety headings are on one row of the screen.
        var found = false
        for _ in 0..<40 {
            let screen = try tmux.screen()
            if screen.split(separator: "\n").contains(where: { $0.contains("§ Potential Side Effects") && $0.contains("§ Safety Profile And Side Effects") }) {
                found = true
                break
            }
            try tmux.send("j")
            usleep(30_000)
        }
        #expect(found, "the two safety headings never shared a row")
        try tmux.send("1")
        let mechanism = try tmux.waitFor(text: "COMPARE · mechanism")
        #expect(mechanism.contains("MDMA pain relief · 1 mechanism"))
        try tmux.send("x")
        let swapped = try tmux.waitFor("swapped sides") { $0.contains("swapped sides") }
        let header = swapped.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasPrefix(" MDMA depression treatment · 1 mechanism"))
        try tmux.send("Escape")
        try tmux.waitFor(text: "ARTICLE")
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
        try tmux.waitFor(text: "[tty restored]")
    }

    @Test func bookmarkSurvivesRestartAndExports() throws {
        let first = try Tmux(command: command)
        defer { first.kill() }
        try first.waitFor(text: "Library (5)")
        try first.send("Enter")  // mdma-depression-treatment
        try first.waitFor(text: "Outline · 7 sections")
        try first.send("]", "]", "]")
        try first.waitFor("safety section") { Tmux.statusLine($0).contains("› Safety Profile") }
        try first.send("}")  // the cursor to the section's second paragraph
        try first.send("m")
        try first.waitFor(text: "note (Enter saves, Esc cancels)")
        try first.send("-l", "check heart rate")
        try first.send("Enter")
        try first.waitFor("committed") { Tmux.statusLine($0).contains("bookmarked with note") }
        try first.send("q")
        try first.waitFor(text: "[exit 0]")

        let second = try Tmux(command: command)
        defer { second.kill() }
        try second.waitFor(text: "Library (5)")
        try second.send("B")
        // Poll for the whole entry, so a half-drawn frame does not count.
        let list = try second.waitFor("the bookmark entry") { $0.contains("Bookmarks (1)") && $0.contains("note: check heart rate") }
        #expect(list.contains("MDMA depression treatment › Safety Profile And Side Effects"))
        try second.send("Enter")
        let landed = try second.waitFor("the bookmarked paragraph") { Tmux.statusLine($0).contains("note: check heart rate") }
        let firstText = landed.split(separator: "\n").first { $0.contains("│") && $0.contains("★") }
        #expect(firstText?.contains("In terms of side effects") == true, "\(landed)")
        try second.send("q")
        try second.waitFor(text: "[exit 0]")

        let export = try TractBinary.run(["bookmarks", "export", "--format", "markdown"], environment: ["TRACT_DATA_DIR": data])
        #expect(export.stdout.contains("> In terms of side effects, it is common for patients"))
        #expect(export.stdout.contains("check heart rate"))
    }

    /// The first run keeps the library's summaries in the data folder; the second draws the same
    /// library from them and reads the articles after its first frame.
    @Test func aSecondRunDrawsTheSameLibraryFromItsSummaries() throws {
        let first = try Tmux(command: command)
        defer { first.kill() }
        let firstLibrary = try first.waitFor(text: "Library (5)")
        try first.send("q")
        try first.waitFor(text: "[exit 0]")
        let kept = try FileManager.default.contentsOfDirectory(atPath: data + "/summaries")
        #expect(kept.count == 1)

        let second = try Tmux(command: command)
        defer { second.kill() }
        let secondLibrary = try second.waitFor(text: "Library (5)")
        #expect(secondLibrary == firstLibrary)
        try second.send("j", "j", "j", "Enter")
        try second.waitFor(text: "Outline · 8 sections")
        try second.send("q")
        try second.waitFor(text: "[exit 0]")
        let articles = TractBinary.packageRoot.appendingPathComponent("Articles").path
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: articles)).contains { $0.hasSuffix(".tsv") })
    }

    @Test func librarySearchOpensTheSideEffectsList() throws {
        let tmux = try Tmux(command: command)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Library (5)")
        try tmux.send("S")
        try tmux.waitFor(text: "search: ▏")
        try tmux.send("-l", "hyperthermia")
        try tmux.waitFor(text: "1. MDMA pain relief › Potential Side Effects · line 21")
        try tmux.send("Enter")
        let opened = try tmux.waitFor("the article at the hit") { Tmux.statusLine($0).contains("hit 1/") }
        #expect(Tmux.statusLine(opened).contains("MDMA pain relief › Potential Side Eff"))
        #expect(opened.contains("3. Hyperthermia: The use of MDMA"))
        // The word is drawn in the search-hit colours (black on yellow, or on green for the current hit).
        let styled = try Tmux.run(["capture-pane", "-e", "-p", "-t", tmux.session])
        #expect(styled.contains("\u{1B}[30m\u{1B}[42m") || styled.contains("\u{1B}[30;42m") || styled.contains("42m"), "no highlight")
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
    }

    /// The first library search on a large library builds the index off the key loop: its progress is
    /// drawn while it runs (a blocked loop could draw nothing), and q ends the reader in the middle of it.
    @Test func theIndexIsBuiltWhileTheReaderKeepsAnswering() throws {
        let folder = try TempFolder()
        let source = try String(contentsOf: TractBinary.packageRoot.appendingPathComponent("Articles/mdma-pain-relief.txt"), encoding: .utf8)
        for number in 0..<600 { _ = try folder.write("article-\(number).txt", "Study \(number)\n\n" + String(repeating: source, count: 3)) }
        let tmux = try Tmux(command: "cd '\(TractBinary.packageRoot.path)' && \(launch) --library \(folder.path)")
        defer { tmux.kill() }
        try tmux.waitFor(text: "Library (600)", timeout: 30)
        try tmux.send("S")
        try tmux.waitFor(text: "search: ▏")
        try tmux.send("-l", "hyperthermia")
        try tmux.waitFor("indexing progress") { $0.contains("indexing the library for search:") && $0.contains("of 600 articles read") }
        try tmux.send("Escape")
        try tmux.waitFor("search closed") { !$0.contains("search: ") }
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
    }

    /// Search folds compatibility forms: `/first` finds the "ﬁrst" a PDF's ligature left in the text
    /// as well as the plain "first".
    /// A real paper: `F` on a citing paragraph goes to the first entry it cites and says where it is
    /// cited, `F` again to the next, Enter opens the library's article with that entry's title, and
    /// `''` twice comes back to the entry and then the citing paragraph.
    @Test func aCitationIsFollowedToItsEntryAndTheCitedArticle() throws {
        let folder = try TempFolder()
        let paper = TractBinary.packageRoot.appendingPathComponent("Tests/Fixtures/papers/bmc-trials-16-1-2.pdf").path
        try FileManager.default.copyItem(atPath: paper, toPath: folder.url.appendingPathComponent("paper.pdf").path)
        _ = try folder.write("cited.md", "# Using information technology to improve the monitoring of outpatient prescribing\n\nAlerts help.\n")
        let tmux = try Tmux(command: "cd '\(folder.url.path)' && \(launch) paper.pdf")
        defer { tmux.kill() }
        try tmux.waitFor(text: "Outline · 33 sections")
        try tmux.send("/")
        try tmux.send("-l", "pilot study")
        try tmux.send("Enter")
        try tmux.waitFor("the hit") { Tmux.statusLine($0).contains("for 'pilot study'") }
        try tmux.send("F")
        try tmux.waitFor("the first entry") { Tmux.statusLine($0).contains("[1] Auger et al. 2013 · cited in Background · F: 1/2") }
        #expect(try tmux.screen().contains("▶1. Auger C, Forster AJ"))
        try tmux.send("F")
        try tmux.waitFor("the second entry") { Tmux.statusLine($0).contains("[2] Forster 2013") && Tmux.statusLine($0).contains("Enter opens it") }
        try tmux.send("Enter")
        try tmux.waitFor(text: "Alerts help.")
        try tmux.send("'", "'")
        try tmux.waitFor(text: "▶2. Forster AJ")
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
    }

    @Test func searchingFirstFindsTheLigature() throws {
        let folder = try TempFolder()
        let path = try folder.write("review.txt", "A Review\n\nThe ﬁrst trial and the ﬁnal one.\n\nResults\n\nOur first finding was clear.\n")
        let tmux = try Tmux(command: "cd '\(TractBinary.packageRoot.path)' && \(launch) \(path)")
        defer { tmux.kill() }
        try tmux.waitFor(text: "Outline")
        try tmux.send("/")
        try tmux.send("-l", "first")
        try tmux.send("Enter")
        try tmux.waitFor("both hits") { Tmux.statusLine($0).contains("hit 1/2 for 'first'") }
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
    }

    /// The open file is appended to while it is read: the reader says so, `r` reads it again in place,
    /// and a file deleted later is said to be gone while its copy stays on screen.
    @Test func aFileChangedOnDiskIsNoticedAndReloaded() throws {
        let folder = try TempFolder()
        let source = try String(contentsOf: TractBinary.packageRoot.appendingPathComponent("Articles/mdma-pain-relief.txt"), encoding: .utf8)
        let path = try folder.write("notes.txt", source)
        let tmux = try Tmux(command: "cd '\(TractBinary.packageRoot.path)' && \(launch) \(path)")
        defer { tmux.kill() }
        try tmux.waitFor(text: "Outline · 8 sections")
        try tmux.send("]", "]")
        let before = try tmux.waitFor("the second section") { Tmux.statusLine($0).contains("› Mechanism") }
        #expect(!before.contains("Appendix"))
        _ = try folder.write("notes.txt", source + "\nAppendix\n\nA section added while the article was open.\n")
        try tmux.waitFor("the change noticed") { Tmux.statusLine($0).contains("changed on disk") }
        try tmux.send("r")
        try tmux.waitFor("reloaded") { Tmux.statusLine($0).contains("reloaded") }
        let after = try tmux.waitFor(text: "Appendix")  // in the outline
        #expect(Tmux.statusLine(after).contains("› Mechanism"))
        try FileManager.default.removeItem(atPath: path)
        try tmux.waitFor("the file gone") { Tmux.statusLine($0).contains("gone from disk") }
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
    }

    /// The digest from the map's safety header: folded articles, a shared point narrowing it, a passage
    /// read in its article and Esc back to the digest.
    @Test func theDigestFromTheMapNarrowsAndOpensPassages() throws {
        let tmux = try Tmux(command: command, width: 80, height: 24)
        defer { tmux.kill() }
        try toSafetyHeaderOfTheMap(tmux)
        try tmux.send("Enter")
        let digest = try tmux.waitFor(text: "Digest on safety · 3 of 5 articles")
        #expect(digest.contains("MDMA depression treatment — 353 words on safety · +2 more (Enter unfolds)"))
        try tmux.send("j", "Enter")  // the second point: elevated blood pressure
        try tmux.waitFor(text: "Digest on safety · 2 of 5 articles")
        try tmux.send("G")
        try tmux.waitFor("the end of the digest") { $0.contains("Nothing on safety in: MDMA health benefits, MDMA PTSD") }
        try tmux.send("Enter")  // the last passage: pain relief's side effects
        try tmux.waitFor("the passage in its article") { Tmux.statusLine($0).contains("MDMA pain relief › Potential Side") }
        try tmux.send("Escape")
        try tmux.waitFor(text: "Digest on safety · 2 of 5 articles")
        try tmux.send("q")  // first widens back to every passage, then closes
        try tmux.waitFor(text: "Digest on safety · 3 of 5 articles")
        try tmux.send("q")
        try tmux.waitFor("the reader") { !$0.contains("Digest on") }
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
    }

    /// At 180 columns `+` in compare adds a third article and the paired passages start on one row; at
    /// 100 it stays two-way and says why.
    @Test func threeWayCompareAt180Columns() throws {
        let tmux = try Tmux(command: command, width: 180, height: 40)
        defer { tmux.kill() }
        try toSafetyHeaderOfTheMap(tmux)
        try tmux.send("c")
        try tmux.waitFor(text: "MDMA pain relief · 2 safety")
        try tmux.send("+")
        let three = try tmux.waitFor("three columns") { Tmux.statusLine($0).contains("COMPARE 3 · safety") }
        let rows = three.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[2].contains("§ Safety Profile And Side Effects") && rows[2].contains("§ Potential Side Effects")
                && rows[2].contains("¶ in the opening, line 7"), "\(rows[2])")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor("two-way again") { Tmux.statusLine($0).contains("150 columns are needed") }
        try tmux.send("+")
        try tmux.waitFor("the reason") { Tmux.statusLine($0).contains("need 150 columns (this terminal has 100)") }
        try tmux.send("q", "q")
        try tmux.waitFor(text: "[exit 0]")
    }

    @Test func bigArticleOpensAtOnceAndFillsIn() throws {
        let folder = try TempFolder()
        let source = try String(contentsOf: TractBinary.packageRoot.appendingPathComponent("Articles/mdma-pain-relief.txt"), encoding: .utf8)
        let path = try folder.write("big.txt", String(repeating: source, count: 200))  // about 2.5 MB
        let tmux = try Tmux(command: "cd '\(TractBinary.packageRoot.path)' && \(launch) \(path)")
        defer { tmux.kill() }
        try tmux.waitFor(text: "Efficacy")  // the opening is on screen while the rest is read
        try tmux.waitFor("the whole article", timeout: 20) { screen in
            !Tmux.statusLine(screen).contains("reading") && screen.contains("Outline · 1600 sections")
        }
        try tmux.send("G")
        try tmux.waitFor("the end") { Tmux.statusLine($0).contains("│ END │") }
        // More text than Enter counts at once: the run loop's idle turns count the rest and say so.
        try tmux.send("/")
        try tmux.send("-l", "relief")
        try tmux.send("Enter")
        let counted = try tmux.waitFor("every hit counted") { Tmux.statusLine($0).contains(" for 'relief'") && !Tmux.statusLine($0).contains("counting") }
        let total = Tmux.statusLine(counted).split(separator: "/").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) }
        #expect((total ?? 0) >= 5_700, "\(Tmux.statusLine(counted))")  // 29 in each of the 200 copies
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")

        // Reopened, it starts with the opening again (the saved place is past it) and goes on to the
        // saved place, the end, once the whole article is read.
        let again = try Tmux(command: "cd '\(TractBinary.packageRoot.path)' && \(launch) \(path)")
        defer { again.kill() }
        let back = try again.waitFor("the whole article at the saved place", timeout: 20) { screen in
            let status = Tmux.statusLine(screen)
            return !status.contains("reading") && screen.contains("Outline · 1600 sections") && (status.contains("%") || status.contains("END"))
        }
        #expect(Tmux.statusLine(back).contains("│ END │"), "\(Tmux.statusLine(back))")
        try again.send("q")
        try again.waitFor(text: "[exit 0]")
    }

    @Test func suspendAndResumeRepaints() throws {
        let tmux = try Tmux(command: "cd '\(TractBinary.packageRoot.path)' && bash --norc -i")
        defer { tmux.kill() }
        try tmux.send("-l", "PS1='prompt$ '; \(launch)")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Library (5)")
        try tmux.send("C-z")
        let suspended = try tmux.waitFor(text: "Stopped")
        #expect(suspended.contains("prompt$"))
        try tmux.send("-l", "fg")
        try tmux.send("Enter")
        try tmux.waitFor("the reader again") { $0.contains("Library (5)") && $0.contains("?:help q:quit") }
        try tmux.send("q")
        try tmux.waitFor("the prompt after quitting") { $0.split(separator: "\n").last(where: { !$0.isEmpty })?.hasPrefix("prompt$") == true }
    }

    @Test func eightColourTerminal() throws {
        let tmux = try Tmux(command: "cd '\(TractBinary.packageRoot.path)' && env TERM=xterm TRACT_DATA_DIR=\(data) \(TractBinary.path)")
        defer { tmux.kill() }
        try tmux.waitFor(text: "Library (5)")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Outline · 7 sections")
        try tmux.send("q")
        try tmux.waitFor(text: "[exit 0]")
    }
}
