import Foundation
import Testing
import TractTestSupport

/// Real papers (Tests/Fixtures/papers) through `tract refs --json`: every entry of the reference list
/// found, and the citations in the text resolved to them — two numbered styles and one author–year.
@Suite struct PaperReferenceTests {
    struct Paper: Sendable, CustomStringConvertible {
        var file: String
        /// Entries in the publisher's XML, and citations counted by hand in the PDF's text.
        var entries: Int
        var citations: Int
        var description: String { file }
    }

    static let papers = [
        Paper(file: "bmc-trials-16-1-2.pdf", entries: 21, citations: 11),
        Paper(file: "hindawi-PMC4738992.pdf", entries: 12, citations: 20),
        Paper(file: "behavecolsociobiol-PMC4521097.pdf", entries: 73, citations: 65),
    ]

    @Test(arguments: papers) func everyEntryFoundAndCitationsResolve(paper: Paper) throws {
        let data = try TempFolder()
        let path = TractBinary.packageRoot.appendingPathComponent("Tests/Fixtures/papers/\(paper.file)").path
        let result = try TractBinary.run(["refs", path, "--json"], environment: ["TRACT_DATA_DIR": data.url.path], timeout: 60)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [String: Any])
        let entries = try #require(report["entries"] as? [[String: Any]])
        #expect(entries.count == paper.entries)
        let citations = try #require(report["citations"] as? Int)
        let resolved = try #require(report["resolved"] as? Int)
        #expect(citations >= paper.citations)
        #expect(resolved * 100 >= citations * 95, "unresolved: \(report["unresolved"] ?? "")")
        // Each entry read for its first author and year, and cited somewhere.
        let named = entries.filter { ($0["authors"] as? [String])?.isEmpty == false && $0["year"] is String }
        #expect(named.count * 10 >= entries.count * 9)
        let cited = entries.filter { ($0["citedAt"] as? [Int])?.isEmpty == false }
        #expect(cited.count * 10 >= entries.count * 8)
    }
}
