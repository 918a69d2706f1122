import Foundation
@testable import tract
import Testing

/// Bookmarks out to W3C Web Annotations and back, and Markdown for note tools, through the real binary.
@Suite struct AnnotationExportTests {
    /// A library with a copy of the pain-relief article and two bookmarks on it (one with a note).
    private func library() throws -> (folder: TempFolder, article: String, env: [String: String]) {
        let folder = try TempFolder()
        let source = try String(contentsOf: TractBinary.packageRoot.appendingPathComponent("Articles/mdma-pain-relief.txt"), encoding: .utf8)
        let article = try folder.write("pain.txt", source)
        let env = ["TRACT_DATA_DIR": folder.path + "/data"]
        #expect(try TractBinary.run(["bookmarks", "add", article, "--line", "18", "--note", "side effects intro"], environment: env).status == 0)
        #expect(try TractBinary.run(["bookmarks", "add", article, "--line", "21"], environment: env).status == 0)
        return (folder, article, env)
    }

    private func annotations(_ path: String) throws -> [[String: Any]] {
        let root = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(root["type"] as? String == "AnnotationCollection")
        #expect((root["@context"] as? [Any])?.first as? String == "http://www.w3.org/ns/anno.jsonld")
        return try #require((root["first"] as? [String: Any])?["items"] as? [[String: Any]])
    }

    @Test func exportFollowsTheAnnotationModel() throws {
        let (folder, article, env) = try library()
        let file = folder.path + "/notes.jsonld"
        #expect(try TractBinary.run(["bookmarks", "export", "--format", "annotation", "--output", file], environment: env).status == 0)
        let items = try annotations(file)
        #expect(items.count == 2)
        let noted = try #require(items.first { ($0["body"] as? [String: Any])?["value"] as? String == "side effects intro" })
        #expect(noted["type"] as? String == "Annotation" && (noted["id"] as? String)?.hasPrefix("urn:tract:bookmark:") == true)
        #expect((noted["body"] as? [String: Any])?["type"] as? String == "TextualBody")
        let target = try #require(noted["target"] as? [String: Any])
        #expect((target["source"] as? [String: Any])?["id"] as? String == URL(fileURLWithPath: article).absoluteString)
        let selectors = try #require(target["selector"] as? [[String: Any]])
        let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
        #expect((quote["exact"] as? String)?.hasPrefix("When considering the potential side effects") == true)
        let position = try #require(selectors.first { $0["type"] as? String == "TextPositionSelector" })
        let start = try #require(position["start"] as? Int)
        #expect(position["end"] as? Int == start + ((quote["exact"] as? String)?.unicodeScalars.count ?? 0))
    }

    @Test func importRoundTripsAndNeverDuplicates() throws {
        let (folder, _, env) = try library()
        let file = folder.path + "/notes.jsonld"
        _ = try TractBinary.run(["bookmarks", "export", "--format", "annotation", "--output", file], environment: env)
        let other = ["TRACT_DATA_DIR": folder.path + "/other", "TRACT_LIBRARY": folder.path]  // imports take the library's articles
        #expect(try TractBinary.run(["bookmarks", "import", file], environment: other).stdout == "imported 2 bookmarks\n")
        #expect(try TractBinary.run(["bookmarks", "import", file], environment: other).stdout.hasPrefix("imported 0 bookmarks"))
        let listed = try TractBinary.run(["bookmarks", "list", "--json"], environment: other)
        let entries = try #require(JSONSerialization.jsonObject(with: Data(listed.stdoutBytes)) as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(Set(entries.compactMap { $0["line"] as? Int }) == [18, 21])
        #expect(entries.contains { $0["note"] as? String == "side effects intro" && $0["status"] as? String == "anchored" })
    }

    @Test func anEditedArticleReanchorsOrOrphansOnImport() throws {
        let (folder, article, env) = try library()
        let file = folder.path + "/notes.jsonld"
        _ = try TractBinary.run(["bookmarks", "export", "--format", "annotation", "--output", file], environment: env)
        // Reword the noted paragraph a little, and take the other one out altogether.
        var text = try String(contentsOfFile: article, encoding: .utf8)
        text = text.replacingOccurrences(of: "When considering the potential", with: "When we consider the potential")
        let cut = try #require(text.range(of: "3. Hyperthermia:"))
        let lineEnd = try #require(text[cut.lowerBound...].firstIndex(of: "\n"))
        text.removeSubrange(cut.lowerBound...lineEnd)
        try text.write(toFile: article, atomically: true, encoding: .utf8)
        let other = ["TRACT_DATA_DIR": folder.path + "/other", "TRACT_LIBRARY": folder.path]  // imports take the library's articles
        #expect(try TractBinary.run(["bookmarks", "import", file], environment: other).stdout == "imported 2 bookmarks\n")
        let listed = try TractBinary.run(["bookmarks", "list", "--json"], environment: other)
        let entries = try #require(JSONSerialization.jsonObject(with: Data(listed.stdoutBytes)) as? [[String: Any]])
        let statuses = Set(entries.compactMap { $0["status"] as? String })
        #expect(statuses.contains { $0.hasPrefix("re-anchored (fuzzy") })
        #expect(statuses.contains("orphan"))
        #expect(entries.contains { $0["note"] as? String == "side effects intro" && $0["line"] as? Int == 18 })
    }

    @Test func markdownSplitsPerArticleWithStableIds() throws {
        let (folder, _, env) = try library()
        let out = folder.path + "/vault"
        #expect(try TractBinary.run(["bookmarks", "export", "--split", out], environment: env).stdout == "exported 2 bookmarks to 1 files in \(out)\n")
        let first = try String(contentsOfFile: out + "/pain.md", encoding: .utf8)
        #expect(first.hasPrefix("---\ntitle: \"Pain\"\nsource: "))
        #expect(first.contains("## Potential Side Effects") && first.contains("\nside effects intro\n"))
        let ids = first.split(separator: "\n").filter { $0.hasPrefix("^tract-") }
        #expect(ids.count == 2)
        _ = try TractBinary.run(["bookmarks", "export", "--split", out], environment: env)
        let again = try String(contentsOfFile: out + "/pain.md", encoding: .utf8)
        #expect(again.split(separator: "\n").filter { $0.hasPrefix("^tract-") } == ids)
        #expect(try TractBinary.run(["bookmarks", "export", "--split", out, "--format", "json"], environment: env).status != 0)
    }

    /// An article whose name is longer than a file system takes (255 bytes) gets a cut name that still
    /// tells it from another (its notes stopped the whole export).
    @Test func aVeryLongArticleNameIsCutForItsNotesFile() {
        let stem = String(repeating: "é", count: 150)
        let name = BookmarkExport.fileName(forStem: stem, of: "/library/\(stem).md")
        #expect(name.utf8.count <= 200 && name.hasPrefix("éé") && !name.contains("\u{FFFD}"))
        #expect(name != BookmarkExport.fileName(forStem: stem, of: "/other/\(stem).md"))
        #expect(BookmarkExport.fileName(forStem: "pain", of: "/library/pain.md") == "pain")
    }
}

/// An annotation file is hostile input: its text is made safe as articles' is, and it names no file
/// outside the library that Tract would read.
@Suite struct HostileAnnotationTests {
    @Test func escapesControlsAndOutsideSourcesNeverGetThrough() throws {
        let folder = try TempFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/lib", withIntermediateDirectories: true)
        let article = try folder.write("lib/notes.txt", "Sleep Notes\n\nThe first paragraph about sleep and memory, long enough to quote.\n")
        let outside = try folder.write("secret.txt", "A secret paragraph that no import may look into.\n")
        func annotation(_ source: String, quote: String, note: String) -> [String: Any] {
            ["type": "Annotation", "id": "urn:x:\(UUID().uuidString)", "created": "2026-01-01T00:00:00Z\u{1B}]0;t\u{07}",
             "body": ["type": "TextualBody", "value": note],
             "target": ["source": source, "selector": [["type": "TextQuoteSelector", "exact": quote, "prefix": "\u{1B}[2J", "suffix": ""]]]]
        }
        let hostile = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{1B}]52;c;SGVsbG8=\u{07}\u{9B}31m\u{202E}evil\u{0000}cut"
        let items = [
            annotation(URL(fileURLWithPath: article).absoluteString, quote: "The first paragraph about sleep and memory, long enough to quote.", note: hostile),
            annotation(URL(fileURLWithPath: article).absoluteString, quote: "Sleep" + hostile, note: "a quote with controls"),
            annotation("file:///etc/passwd", quote: "root:x:0:0:root:/root:/bin/bash", note: "guess"),
            annotation(URL(fileURLWithPath: outside).absoluteString, quote: "A secret paragraph that no import may look into.", note: "guess"),
        ]
        let data = try JSONSerialization.data(withJSONObject: ["type": "AnnotationCollection", "first": ["items": items]])
        let file = try folder.write("hostile.jsonld", Array(data))
        let env = ["TRACT_DATA_DIR": folder.path + "/data", "TRACT_LIBRARY": folder.path + "/lib"]
        let result = try TractBinary.run(["bookmarks", "import", file], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("imported 2 bookmarks, 2 of files outside the library"))
        // Nothing from the file reaches the terminal as a control, in any listing or export.
        for arguments in [["bookmarks", "list"], ["bookmarks", "export"], ["bookmarks", "export", "--format", "json"],
                          ["bookmarks", "export", "--format", "annotation"], ["bookmarks", "export", "--format", "bibtex"]] {
            let output = try TractBinary.run(arguments, environment: env)
            #expect(output.status == 0)
            let controls = output.stdoutBytes.filter { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F }
            #expect(controls.isEmpty, "\(arguments): \(controls)")
            #expect(!output.stdout.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.value == 0x202E }, "\(arguments)")
            #expect(!output.stdout.contains("root:x") && !output.stdout.contains("secret"))
        }
        let listed = try TractBinary.run(["bookmarks", "export"], environment: env).stdout
        #expect(listed.contains("^[]0;owned^G^[[2J") && listed.contains("<U+202E>evil^@cut"))  // shown, not obeyed; NUL cuts nothing
    }
}
