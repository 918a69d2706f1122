import Foundation
import Testing

/// The command-line views fit the terminal, colour only a terminal, and help the one who mistypes.
@Suite struct FittingOutputTests {
    private func lines(_ arguments: [String], columns: Int) throws -> [Substring] {
        let result = try TractBinary.run(arguments, environment: ["COLUMNS": "\(columns)"])
        #expect(result.status == 0)
        return result.stdout.split(separator: "\n")
    }

    /// Every line of `list` and `map` fits 60, 80 and 200 columns; titles are cut with "…" only when
    /// they must be, and a table too narrow for a column per topic gives one column of bars, numbered.
    @Test(arguments: [60, 80, 200]) func listAndMapFitTheWidth(columns: Int) throws {
        for command in ["list", "map"] {
            let out = try lines([command], columns: columns)
            #expect(out.count >= 6)
            for line in out { #expect(line.count <= columns, "\(command) at \(columns): \(line)") }
        }
        let list = try lines(["list"], columns: columns).joined(separator: "\n")
        #expect(list.contains("Emerging Research on MDMA-assisted Therapy for Mental Health") == (columns == 200))
        #expect(list.contains("…") == (columns < 200))
        #expect(list.contains("topics: 1 mechanism") == (columns < 200))
        #expect(list.contains("future-research") )
    }

    /// Piped output is plain and whole: no escape byte, every title whole.
    @Test func aPipeGetsPlainWholeLines() throws {
        let result = try TractBinary.run(["list"])
        #expect(!result.stdout.contains("\u{1B}") && result.stdout.contains("Emerging Research on MDMA-assisted Therapy for Mental Health"))
        let search = try TractBinary.run(["search", "serotonin"], environment: ["TRACT_DATA_DIR": NSTemporaryDirectory() + "tract-fit-\(UUID())"])
        #expect(!search.stdout.contains("\u{1B}") && search.stdout.contains("«"))
    }

    /// On a terminal (a pty from script(1)) headers are bold and hits highlighted; NO_COLOR turns it off.
    @Test func aTerminalGetsColourUnlessNoColor() throws {
        let data = NSTemporaryDirectory() + "tract-fit-\(UUID())"
        let command = "'\(TractBinary.path)' search serotonin"
        let coloured = try TractBinary.run(["-qec", command, "/dev/null"], executable: "/usr/bin/script", environment: ["TRACT_DATA_DIR": data])
        #expect(coloured.stdout.contains("\u{1B}[1m") && coloured.stdout.contains("\u{1B}[30;43m"))
        let plain = try TractBinary.run(["-qec", command, "/dev/null"], executable: "/usr/bin/script",
                                        environment: ["TRACT_DATA_DIR": data, "NO_COLOR": "1"])
        #expect(!plain.stdout.contains("\u{1B}[") && plain.stdout.contains("«"))
    }

    /// `search --vimgrep`: path:line:column:text, one hit a line, the line the passage's own.
    @Test func vimgrepLinesAnEditorCanJumpTo() throws {
        let result = try TractBinary.run(["search", "--vimgrep", "serotonin"],
                                         environment: ["TRACT_DATA_DIR": NSTemporaryDirectory() + "tract-fit-\(UUID())"])
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let fields = line.split(separator: ":", maxSplits: 3)
            #expect(fields.count == 4 && fields[0].hasSuffix(".txt") && Int(fields[1]) != nil && fields[2] == "1")
            let file = try String(contentsOfFile: String(fields[0]), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(file[Int(fields[1])! - 1].lowercased().contains("serotonin"))
        }
    }

    /// compare defaults to safety, as the reader does; slips get a suggestion.
    @Test func compareDefaultsToSafetyAndSlipsGetSuggestions() throws {
        let compare = try TractBinary.run(["compare", "mdma-depression-treatment", "mdma-pain-relief"])
        #expect(compare.status == 0 && compare.stdout.hasPrefix("Compare on safety (safety)"))
        let command = try TractBinary.run(["lsit"])
        #expect(command.status != 0 && command.stderr.contains("did you mean `tract list`?"))
        let article = try TractBinary.run(["outline", "mdma-pian-relief"])
        #expect(article.stderr.contains("did you mean 'mdma-pain-relief'?"))
        let topic = try TractBinary.run(["compare", "mdma-depression-treatment", "mdma-pain-relief", "--topic", "safty"])
        #expect(topic.stderr.contains("did you mean 'safety'?"))
    }
}
