import Foundation
import Testing
import TractTestSupport

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
            } else if Fixtures.knownTopicMisses.contains(heading) {
                #expect(topics.isEmpty || topics.first?["id"] as? String == topic, "\(heading)")
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

/// `tract compare` and `tract map` through the real binary.
@Suite struct CompareCommandTests {
    @Test func comparePlainShowsBothSafetyHeadingsOnOneRow() throws {
        let result = try TractBinary.run(["compare", "pain", "depression", "--topic", "safety", "--width", "120"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Compare on safety (safety)")
        // The points strip: what both say, then what only each says.
        #expect(lines[1].hasPrefix("both: ") && lines[2].hasPrefix("only MDMA pain relief: ")
                && lines[3].hasPrefix("only MDMA depression treatment: "))
        let header = try #require(lines.firstIndex { $0.contains("│") })
        #expect(lines[header].hasPrefix("MDMA pain relief") && lines[header].hasSuffix("MDMA depression treatment"))
        #expect(lines.contains { $0.contains("§ Potential Side Effects") && $0.contains("§ Safety Profile And Side Effects") })
        let separators = Set(lines.dropFirst(header + 2).map { line in line.distance(from: line.startIndex, to: line.firstIndex(of: "│") ?? line.endIndex) })
        #expect(separators.count == 1)  // every row keeps the two columns in step
    }

    @Test func compareJSONShape() throws {
        let result = try TractBinary.run(["compare", "pain", "depression", "--topic", "mechanism", "--json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [String: Any])
        #expect(document["topic"] as? String == "mechanism")
        let left = try #require(document["left"] as? [String: Any])
        let right = try #require(document["right"] as? [String: Any])
        #expect(left["title"] as? String == "MDMA pain relief")
        let leftPassages = try #require(left["passages"] as? [[String: Any]])
        let rightPassages = try #require(right["passages"] as? [[String: Any]])
        let pairs = try #require(document["pairs"] as? [[Int]])
        #expect(pairs.contains { leftPassages[$0[0]]["section"] as? String == "Mechanism Of Action"
            && rightPassages[$0[1]]["section"] as? String == "Mechanism Of Action" })
        for passage in leftPassages { #expect(passage["line"] is Int && passage["text"] is String && passage["score"] is Double) }
        // Rows in the order shown, indexing the passages; every passage on some row.
        let rows = try #require(document["rows"] as? [[String: Any]])
        let shownLeft = rows.compactMap { $0["left"] as? Int }
        let shownRight = rows.compactMap { $0["right"] as? Int }
        #expect(rows.allSatisfy { $0.keys.contains("left") && $0.keys.contains("right") })
        #expect(Set(shownLeft) == Set(leftPassages.indices) && Set(shownRight) == Set(rightPassages.indices))
        // Points with verbatim quotes from the passages.
        let points = try #require(document["points"] as? [String: [[String: String]]])
        #expect(Set(points.keys) == ["both", "left_only", "right_only"])
        let texts = [leftPassages, rightPassages].map { $0.compactMap { $0["text"] as? String }.joined(separator: "\n") }
        for point in points["both"] ?? [] {
            #expect(texts[0].contains(point["left"] ?? "-") && texts[1].contains(point["right"] ?? "-"), "\(point)")
        }
        for point in points["left_only"] ?? [] { #expect(texts[0].contains(point["quote"] ?? "-"), "\(point)") }
        for point in points["right_only"] ?? [] { #expect(texts[1].contains(point["quote"] ?? "-"), "\(point)") }
        #expect(!(points["both"] ?? []).isEmpty)
    }

    @Test func compareErrorsListValidChoices() throws {
        let topic = try TractBinary.run(["compare", "pain", "depression", "--topic", "risk"])
        #expect(topic.status != 0)
        #expect(topic.stderr == "tract: unknown topic 'risk' (topics: mechanism, safety, future-research, efficacy, dosage, conclusion)\n")
        let article = try TractBinary.run(["compare", "pain", "zebra", "--topic", "safety"])
        #expect(article.status != 0)
        #expect(article.stderr.hasPrefix("tract: no article matches 'zebra' (articles: "))
    }

    @Test func noPassageSaysSoWithNearest() throws {
        let result = try TractBinary.run(["compare", "health", "depression", "--topic", "safety", "--width", "100"])
        #expect(result.stdout.contains("no passage on safety in this article"))
        #expect(result.stdout.contains("nearest paragraphs:"))
        #expect(result.stdout.contains("score 0."))
        let json = try TractBinary.run(["compare", "health", "depression", "--topic", "safety", "--json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any])
        let left = try #require(document["left"] as? [String: Any])
        #expect((left["passages"] as? [Any])?.isEmpty == true)
        #expect((left["nearest"] as? [Any])?.isEmpty == false)
    }

    /// The whole library on safety: strongest first, shared points, the closing line; as JSON and Markdown.
    @Test func digestPlainJSONAndMarkdown() throws {
        let plain = try TractBinary.run(["digest", "--topic", "safety", "--width", "80"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let lines = plain.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Digest on safety (safety) · 3 of 5 articles")
        #expect(lines[1].hasPrefix("Shared points: ") && lines[1].contains("blood pressure (2)"))
        let heads = lines.filter { $0.contains(" words on safety") || $0.hasPrefix("Emerging") }
        #expect(heads.first?.hasPrefix("MDMA depression treatment — ") == true)
        #expect(heads.count == 3 && heads[1].hasPrefix("MDMA pain relief — "))
        #expect(lines.last == "Nothing on safety in: MDMA health benefits, MDMA PTSD breakthrough.")
        #expect(lines.allSatisfy { $0.count <= 80 }, "a line wider than --width")
        let json = try TractBinary.run(["digest", "--topic", "safety", "--json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any])
        let articles = try #require(document["articles"] as? [[String: Any]])
        #expect(articles.map { $0["title"] as? String } == ["MDMA depression treatment", "MDMA pain relief",
                                                             "Emerging Research on MDMA-assisted Therapy for Mental Health"])
        #expect((document["without"] as? [String])?.count == 2)
        let markdown = try TractBinary.run(["digest", "--topic", "safety", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Safety\n"))
        #expect(markdown.stdout.contains("\n## MDMA pain relief\n\n### Potential Side Effects\n"))
        #expect(markdown.stdout.contains("Articles/mdma-pain-relief.txt, line 17"))
        let narrowed = try TractBinary.run(["digest", "--topic", "safety", "--point", "blood pressure"])
        #expect(narrowed.stdout.hasPrefix("Digest on safety (safety) · 2 of 5 articles"))
        let unknown = try TractBinary.run(["digest", "--topic", "nonsense"])
        #expect(unknown.status == 1 && unknown.stderr.contains("nonsense"))
    }

    @Test func mapPlainAndJSON() throws {
        let plain = try TractBinary.run(["map"])
        #expect(plain.status == 0)
        #expect(plain.stdout.hasPrefix("ARTICLE"))
        #expect(plain.stdout.contains("█"))
        let json = try TractBinary.run(["map", "--json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any])
        #expect((document["topics"] as? [String])?.count == 6)
        let rows = try #require(document["articles"] as? [[String: Any]])
        let health = try #require(rows.first { ($0["path"] as? String)?.contains("health") == true })
        #expect((health["words"] as? [String: Int])?["safety"] == 0)
    }
}

/// `tract search` through the real binary.
@Suite struct SearchCommandTests {
    @Test func searchPlainAndJSON() throws {
        let data = try TempFolder()
        let env = ["TRACT_DATA_DIR": data.path]
        let plain = try TractBinary.run(["search", "hyperthermia"], environment: env)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.hasPrefix("1. MDMA pain relief › Potential Side Effects (line 21) [safety]"))
        #expect(plain.stdout.lowercased().contains("«hyperthermia»"))
        let json = try TractBinary.run(["search", "serotonin", "--json", "--limit", "50"], environment: env)
        let hits = try #require(JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [[String: Any]])
        #expect(Set(hits.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } }).count == 5)
        for hit in hits { #expect(hit["line"] is Int && hit["snippet"] is String && hit["score"] is Double && hit["title"] is String) }
        let safety = try TractBinary.run(["search", "mdma", "--topic", "safety", "--json"], environment: env)
        let safe = try #require(JSONSerialization.jsonObject(with: Data(safety.stdoutBytes)) as? [[String: Any]])
        #expect(!safe.isEmpty && safe.allSatisfy { ($0["topics"] as? [String])?.contains("safety") == true })
        let none = try TractBinary.run(["search", "zeppelin"], environment: env)
        #expect(none.stdout == "no hits for 'zeppelin'\n")
        let badTopic = try TractBinary.run(["search", "x", "--topic", "risk"], environment: env)
        #expect(badTopic.status != 0 && badTopic.stderr.hasPrefix("tract: unknown topic 'risk'"))
    }
}

