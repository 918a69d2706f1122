import Foundation
import Testing

/// The subcommands, run through the real binary, on the bundled library.
@Suite struct CommandTests {
    static let stems = ["mdma-pain-relief", "mdma-ptsd-breakthrough", "mdma-depression-treatment",
                        "mdma-health-benefits", "mdma-emerging-research"]

    private func json(_ result: TractBinary.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [String: Any])
    }

    private func gold() throws -> [String: [String: Any]] {
        let url = TractBinary.packageRoot.appendingPathComponent("Tests/TractCoreTests/seeds.json")
        let root = try JSONSerialization.jsonObject(with: try Data(contentsOf: url)) as? [String: Any]
        return root?["articles"] as? [String: [String: Any]] ?? [:]
    }

    @Test(arguments: stems) func outlineJSONMatchesGold(stem: String) throws {
        let result = try TractBinary.run(["outline", "Articles/\(stem).txt", "--json"], cwd: TractBinary.packageRoot.path)
        #expect(result.status == 0, "\(result.stderr)")
        let outline = try json(result)
        #expect(outline["path"] as? String == "Articles/\(stem).txt")
        #expect(outline["format"] as? String == "text")
        let sections = try #require(outline["sections"] as? [[String: Any]])
        let headings = sections.compactMap { $0["heading"] as? String }
        let expected = try #require(try gold()[stem])
        #expect(headings == expected["headings"] as? [String])
        for (heading, topic) in expected["topics"] as? [String: String] ?? [:] {
            let section = try #require(sections.first { $0["heading"] as? String == heading })
            let topics = try #require(section["topics"] as? [[String: Any]])
            if topic == "other" {
                #expect(topics.isEmpty, "\(heading)")
            } else {
                #expect(topics.first?["id"] as? String == topic, "\(heading)")
                #expect((topics.first?["evidence"] as? [String])?.isEmpty == false)
            }
        }
    }

    @Test func outlineLeadSectionHasNullHeading() throws {
        let result = try TractBinary.run(["outline", "pain", "--json"], cwd: TractBinary.packageRoot.path)
        #expect(result.stdout.contains("\"heading\" : null"))
        let first = try #require((try json(result)["sections"] as? [[String: Any]])?.first)
        #expect(first["line"] as? Int == 1)
        let paragraph = try #require((first["paragraphs"] as? [[String: Any]])?.first)
        #expect(paragraph["line"] as? Int == 1)
    }

    @Test func listFromAnyWorkingDirectory() throws {
        let result = try TractBinary.run(["list", "--json"], cwd: "/")
        #expect(result.status == 0, "\(result.stderr)")
        let articles = try #require(try json(result)["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        let pain = try #require(articles.first { ($0["path"] as? String)?.hasSuffix("mdma-pain-relief.txt") == true })
        #expect(pain["sections"] as? Int == 8)
        #expect((pain["words"] as? Int ?? 0) > 1500)
        #expect(((pain["topicWords"] as? [String: Int])?["safety"] ?? 0) > 100)
    }

    @Test func listPlainShowsEveryArticle() throws {
        let result = try TractBinary.run(["list"], cwd: TractBinary.packageRoot.path)
        for stem in Self.stems { #expect(result.stdout.contains(stem)) }
        #expect(result.stdout.contains("future-research"))
    }

    @Test func showOneSectionWrapped() throws {
        let result = try TractBinary.run(["show", "depression", "--section", "Safety", "--width", "50"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Safety Profile And Side Effects")
        #expect(lines.allSatisfy { $0.count <= 50 })
        #expect(!result.stdout.contains("Mechanism Of Action"))
    }

    @Test func showByNumberAndTopicAndJSON() throws {
        let byNumber = try TractBinary.run(["show", "pain", "--section", "5", "--width", "80"])
        #expect(byNumber.stdout.hasPrefix("Potential Side Effects\n"))
        let byTopic = try TractBinary.run(["show", "pain", "--section", "safety", "--width", "80"])
        #expect(byTopic.stdout == byNumber.stdout)
        let asJSON = try TractBinary.run(["show", "pain", "--section", "5", "--width", "40", "--json"])
        let document = try json(asJSON)
        #expect(document["width"] as? Int == 40)
        let section = try #require((document["sections"] as? [[String: Any]])?.first)
        #expect(section["heading"] as? String == "Potential Side Effects")
        #expect(((section["lines"] as? [String]) ?? []).allSatisfy { $0.count <= 40 })
    }

    @Test func topicsShowsOriginAndIds() throws {
        let plain = try TractBinary.run(["topics"])
        #expect(plain.stdout.hasPrefix("Topics from built-in"))
        let document = try json(try TractBinary.run(["topics", "--json"]))
        let ids = (document["topics"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["mechanism", "safety", "future-research", "efficacy", "dosage", "conclusion"])
    }

    @Test func topicsFileOverridesAndLibraryTopicsYml() throws {
        let folder = try TempFolder()
        try folder.write("a.txt", "Opening words of a lead paragraph.\nRecipes\nBake in the oven.\n")
        try folder.write("topics.yml", "topics:\n  - id: cooking\n    headings: [recipe*]\n    words: [oven]\n")
        let outline = try json(try TractBinary.run(["outline", "a", "--json", "--library", folder.path]))
        let sections = try #require(outline["sections"] as? [[String: Any]])
        #expect((sections.last?["topics"] as? [[String: Any]])?.first?["id"] as? String == "cooking")
        let topics = try TractBinary.run(["topics", "--library", folder.path])
        #expect(topics.stdout.contains("cooking"))
        #expect(topics.stdout.contains("topics.yml"))
    }

    @Test func helpAndVersion() throws {
        let version = try TractBinary.run(["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        for command in ["list", "outline", "show", "topics"] {
            let help = try TractBinary.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("--json"))
        }
    }
}
