import ScreenKit
import Testing
@testable import TractApp
import TractCore
import TractTestSupport

/// The models the reading view is made of, each on its own: where the article is read from, the passage
/// cursor, the jump list and what is known of the open file.
@Suite struct ReadingModelsTests {
    /// A heading and four paragraphs, the second long enough to wrap at 20 columns.
    static let document = ReadingDocument(article: Fixtures.parse("""
        # Effects

        One short paragraph.

        \(String(repeating: "A long paragraph that wraps over several rows. ", count: 4))

        Third paragraph.

        Fourth paragraph.
        """, format: .markdown))

    @Test func scrollClampsMovesAndKeepsAPlaceTooFarForAStandIn() {
        let document = Self.document
        var scroll = ArticleScroll()
        scroll.position = Position(block: 99, row: 40)
        scroll.clamp(in: document, width: 20)
        #expect(scroll.position.block == document.blocks.count - 1)
        #expect(scroll.position.row < document.rows(of: scroll.position.block, width: 20).count)
        scroll.goToEdge(end: false, in: document, text: Size(width: 20, height: 3))
        scroll.move(by: 3, in: document, width: 20)
        #expect(scroll.position == document.moved(Position(), by: 3, width: 20))
        scroll.goToEdge(end: true, in: document, text: Size(width: 20, height: 3))
        #expect(scroll.position == document.endPosition(height: 3, width: 20))
        // A complete article has no deferred place: a place beyond it is only clamped.
        scroll.go(to: Position(block: 50), in: document, width: 20)
        #expect(scroll.deferredPlace == nil && scroll.placeToKeep == scroll.position)
    }

    @Test func scrollWrapsAndScrollsSideways() {
        var scroll = ArticleScroll()
        scroll.position = Position(block: 2, row: 3)
        let wrapped = scroll.scrollColumns(by: 1, step: 10)
        #expect(!wrapped)  // lines wrap: nothing to scroll
        scroll.toggleWrap(in: Self.document) { $0 ? 20 : 1_000_000 }
        #expect(!scroll.wraps && scroll.position == Position(block: 2, row: 1) && scroll.column == 0)  // its first text row
        _ = scroll.scrollColumns(by: 2, step: 10)
        #expect(scroll.column == 20)
        _ = scroll.scrollColumns(by: -5, step: 10)
        #expect(scroll.column == 0)
        scroll.show(columns: 100..<105, width: 30)
        #expect(scroll.column == 90)  // a third of the width in from the left
        scroll.show(columns: 95..<100, width: 30)
        #expect(scroll.column == 90)  // already on screen: no move
    }

    @Test func cursorFollowsTheScreenStepsAndSelects() {
        let document = Self.document
        let paragraphs = document.paragraphBlocks
        var cursor = PassageCursor()
        cursor.keepVisible([])
        #expect(cursor.block == nil)
        cursor.keepVisible(Array(paragraphs[1...2]))
        #expect(cursor.block == paragraphs[1])
        cursor.keepVisible(Array(paragraphs[1...3]))
        #expect(cursor.block == paragraphs[1])  // still on screen: stays
        let started = cursor.toggleSelection()
        #expect(started && cursor.selectionStart == paragraphs[1])
        let last = cursor.step(by: 5, in: document)
        #expect(last == paragraphs.last)  // never past the last paragraph
        #expect(cursor.ordinals(in: document) == 1...(paragraphs.count - 1))
        let restarted = cursor.toggleSelection()
        #expect(!restarted && cursor.selectionStart == nil)
        let first = cursor.step(by: -9, in: document)
        #expect(first == paragraphs[0])
        cursor.place(at: 0, isParagraph: false)
        #expect(cursor.block == paragraphs[0] && cursor.ordinals(in: document) == 0...0)
    }

    @Test func jumpsRememberQuotePairsAndSavedPlaces() {
        var jumps = JumpList()
        jumps.remember(article: nil, at: Position(block: 3))
        #expect(jumps.back == nil)  // nothing open: nowhere to come back to
        jumps.remember(article: 2, at: Position(block: 3))
        #expect(jumps.back == JumpTarget(article: 2, position: Position(block: 3)))
        let firstQuote = jumps.quote()
        #expect(!firstQuote && jumps.pendingQuote)
        let secondQuote = jumps.quote()
        #expect(secondQuote && !jumps.pendingQuote)
        jumps.positions["a.txt"] = Position(block: 1)
        jumps.adopt(["/lib/a.txt": Position(block: 7), "/lib/b.txt": Position(block: 8)],
                    articlePaths: [("/lib/a.txt", "a.txt"), ("/lib/b.txt", "b.txt")])
        #expect(jumps.positions == ["a.txt": Position(block: 1), "b.txt": Position(block: 8)])  // this session's place wins
    }

    @Test func fileWatchSaysWhatChangedUntilReadAgain() {
        var file = FileWatch()
        #expect(file.statusNote(reload: "r") == nil)
        let changed = file.changed(title: "Notes", gone: false, reload: "r")
        #expect(changed == "changed on disk — r to reload")
        #expect(file.statusNote(reload: "r") == "changed on disk: r reloads")
        let gone = file.changed(title: "Notes", gone: true, reload: "r")
        #expect(gone == "Notes is gone from disk: the copy read before stays on screen")
        file.read()
        #expect(!file.changedOnDisk && file.statusNote(reload: "r") == nil)
    }
}
