import TractTestSupport
import Foundation
import Testing
@testable import TractCore

/// Bookmarks re-anchored after edits, on an edit-script corpus made from a bundled article. Every case
/// names the exact line expected, or orphan: a wrong anchor fails as surely as a lost one.
@Suite struct AnchoringTests {
    static let stem = "mdma-depression-treatment"

    private func source() throws -> String {
        try String(contentsOf: Fixtures.articlesFolder.appendingPathComponent(Self.stem + ".txt"), encoding: .utf8)
    }

    private func article(_ text: String) -> Article {
        ArticleParser.parse(bytes: Array(text.utf8), path: "x.txt", format: .text, classifier: Fixtures.classifier)
    }

    /// The bookmark on the paragraph at line 16 ("In terms of side effects…", safety section).
    private func bookmark(in text: String, line: Int = 16) throws -> Bookmark {
        let original = article(text)
        let ordinal = try #require(ParagraphUnits(article: original).lines.firstIndex(of: line))
        return try #require(Bookmark.draft(article: original, absolutePath: "/x.txt", ordinal: ordinal, note: "n"))
    }

    private func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    @Test func unchangedTextUsesThePosition() throws {
        let text = try source()
        let mark = try bookmark(in: text)
        #expect(mark.section == "Safety Profile And Side Effects")
        #expect(mark.topic == "safety")
        #expect(Anchor.locate(mark, in: article(text)) == .anchored(ordinal: mark.ordinal, line: 16, method: .unchanged))
    }

    /// Many bookmarks placed through one index find what each alone finds; past the index's budget a
    /// bookmark in a changed text is left unplaced (never a wrong place), while one in an unchanged text
    /// costs nothing and is still placed.
    @Test func oneIndexPlacesManyBookmarksWithinItsBudget() throws {
        let text = try source()
        let original = article(text)
        let units = ParagraphUnits(article: original)
        let marks = units.lines.indices.compactMap { Bookmark.draft(article: original, absolutePath: "/x.txt", ordinal: $0) }
        let edited = article("A new opening paragraph, added later by the editor.\n" + text
            .replacingOccurrences(of: "some temporary physical symptoms", with: "some temporray physical symptons"))
        let index = AnchorIndex(article: edited)
        #expect(marks.map { index.locate($0) } == marks.map { Anchor.locate($0, in: edited) })
        #expect(marks.map { index.locate($0) }.contains { if case .anchored(_, _, .fuzzy) = $0 { true } else { false } })
        let poor = AnchorIndex(article: edited, budget: AnchorIndex.Budget(3 * text.utf8.count))
        let placed = marks.map { poor.locate($0) }
        #expect(placed.prefix(2).allSatisfy { if case .anchored = $0 { true } else { false } })
        #expect(placed.dropFirst(3).allSatisfy { $0 == .unplaced })
        let unchanged = AnchorIndex(article: original, budget: AnchorIndex.Budget(0))
        #expect(marks.allSatisfy { unchanged.locate($0) == .anchored(ordinal: $0.ordinal, line: $0.line, method: .unchanged) })
    }

    @Test func paragraphInsertedAbove() throws {
        let text = try source()
        let mark = try bookmark(in: text)
        let edited = "A new opening paragraph, added later by the editor.\n" + text
        guard case .anchored(_, 17, .exact) = Anchor.locate(mark, in: article(edited)) else {
            Issue.record("expected line 17, got \(Anchor.locate(mark, in: article(edited)))"); return
        }
    }

    @Test func typoInsideTheQuote() throws {
        let text = try source()
        let mark = try bookmark(in: text)
        let edited = text.replacingOccurrences(of: "some temporary physical symptoms", with: "some temporray physical symptons")
        #expect(edited != text)
        guard case .anchored(_, 16, .fuzzy(let score)) = Anchor.locate(mark, in: article(edited)) else {
            Issue.record("expected fuzzy at 16, got \(Anchor.locate(mark, in: article(edited)))"); return
        }
        #expect(score >= 0.8 && score < 1)
    }

    @Test func quoteDuplicatedEarlier() throws {
        let text = try source()
        let mark = try bookmark(in: text)
        var rows = lines(text)
        rows.insert(rows[15], at: 2)  // the quoted paragraph, copied into the opening
        let located = Anchor.locate(mark, in: article(rows.joined(separator: "\n")))
        guard case .anchored(_, 17, .exact) = located else { Issue.record("expected line 17, got \(located)"); return }
    }

    @Test func crlfToLF() throws {
        let text = try source()
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        let mark = try bookmark(in: crlf)
        let located = Anchor.locate(mark, in: article(text))
        guard case .anchored(_, 16, .exact) = located else { Issue.record("expected line 16, got \(located)"); return }
    }

    @Test func wholeFileRewrapped() throws {
        let text = try source()
        let mark = try bookmark(in: text)
        var wrapped: [String] = []
        var expectedLine = 0
        for (index, line) in lines(text).enumerated() where !line.isEmpty {
            if !wrapped.isEmpty { wrapped.append("") }
            if index == 15 { expectedLine = wrapped.count + 1 }
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty && current.count + 1 + word.count > 72 { wrapped.append(current); current = "" }
                current += (current.isEmpty ? "" : " ") + word
            }
            wrapped.append(current)
        }
        let rewrapped = article(wrapped.joined(separator: "\n"))
        #expect(rewrapped.headings.contains("Safety Profile And Side Effects"))
        let located = Anchor.locate(mark, in: rewrapped)
        guard case .anchored(_, expectedLine, .exact) = located else {
            Issue.record("expected line \(expectedLine), got \(located)"); return
        }
    }

    @Test func quoteDeletedIsOrphan() throws {
        let text = try source()
        let mark = try bookmark(in: text)
        var rows = lines(text)
        rows.remove(at: 15)
        #expect(Anchor.locate(mark, in: article(rows.joined(separator: "\n"))) == .orphan)
    }

    @Test func twoEquallyGoodFuzzyMatchesAreAnOrphanNotAGuess() throws {
        let text = try source()
        let mark = try bookmark(in: text)
        var rows = lines(text)
        let typo = rows[15].replacingOccurrences(of: "temporary", with: "temporray")
        rows[15] = typo
        rows.insert(typo, at: 2)
        // Context differs for the two copies, so the one with the original neighbours wins.
        let located = Anchor.locate(mark, in: article(rows.joined(separator: "\n")))
        guard case .anchored(_, 17, .fuzzy) = located else { Issue.record("expected fuzzy 17, got \(located)"); return }
        // Identical neighbours too: nothing to choose by, so no guess.
        let twin = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu."
        let base = article("Intro paragraph here.\n\(twin)\nOutro words.\n")
        let twinMark = try #require(Bookmark.draft(article: base, absolutePath: "/t.txt", ordinal: 1))
        let edited = twin.replacingOccurrences(of: "gamma", with: "gama")
        let both = article("Intro paragraph here.\n\(edited)\nOutro words.\nIntro paragraph here.\n\(edited)\nOutro words.\n")
        #expect(Anchor.locate(twinMark, in: both) == .orphan)
    }
}
