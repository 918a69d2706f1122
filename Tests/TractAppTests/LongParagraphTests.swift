import ScreenKit
import Testing
import TractCore
@testable import TractApp
import TractTestSupport
import TractView

/// A paragraph of megabytes on one line is read in pieces, so wrapping, searching and drawing cost the
/// same as in a short article (a 50 MB one-line file took 46 s for `/` and 8 s for `n`).
@Suite struct LongParagraphTests {
    /// One paragraph: emphasised words early on, a run with no space at all, a rare word at the end.
    static let text: String = {
        var words = "Intro *stressed* words. " + String(repeating: "safety word text é ", count: 12_000)
        words += String(repeating: "x", count: 20_000) + " " + String(repeating: "more words here ", count: 3_000)
        return words + "needle"
    }()

    static func state(width: Int = 80, height: Int = 24) -> AppState {
        let article = ArticleParser.parse(bytes: Array("# Long\n\n\(text)\n\n## After\n\nShort.\n".utf8), path: "long.md",
                                          format: .markdown, classifier: TopicClassifier(topicSet: .builtIn))
        var state = AppState(library: Library(root: nil, articles: [article], topicSet: .builtIn), size: Size(width: width, height: height))
        state.openArticle(0)
        return state
    }

    @Test func aLongParagraphIsReadInBoundedPiecesThatAddUpToIt() throws {
        let document = try #require(Self.state().reading.document)
        let paragraph = try #require(document.article.sections.first?.paragraphs.first)
        let pieces = document.blocks.filter { $0.section == 0 && $0.paragraph == 0 }
        #expect(pieces.count > 10)
        #expect(pieces.allSatisfy { $0.text.utf8.count <= ReadingDocument.pieceLength })
        #expect(pieces.map(\.text).joined() == paragraph.text)
        // Every piece but the one cut inside the space-less run ends after a space.
        #expect(pieces.dropLast().filter { !$0.text.hasSuffix(" ") }.count == 2)
        let range = document.blocks(ofOrdinal: 0)
        #expect(range.count == pieces.count)
        #expect(range.allSatisfy { document.ordinal(ofBlock: $0) == 0 })
        #expect(document.ordinal(ofBlock: range.upperBound + 1) == 1)  // "Short." after the next heading
        #expect(document.paragraphBlocks.count == 2)
    }

    @Test func laterPiecesContinueWithoutAGapAndKeepTheirEmphasis() throws {
        let document = try #require(Self.state().reading.document)
        let range = document.blocks(ofOrdinal: 0)
        let rows = range.flatMap { document.rows(of: $0, width: 60) }
        #expect(!rows.contains { $0.kind == .blank })  // the paragraph opens the article: no gap anywhere
        // Nothing lost or doubled where the pieces meet (a cut in the space-less run breaks the row).
        let shown = rows.map(\.text).joined().filter { !$0.isWhitespace }
        let written = Self.text.filter { !$0.isWhitespace && $0 != "*" }
        #expect(shown.count == written.count)
        #expect(shown == written)
        let first = try #require(rows.first { $0.text.contains("stressed") })
        #expect(first.emphasis.count == 1)
        #expect(rows.allSatisfy { $0.text.count <= 60 })
    }

    @Test func searchingFindsTheLastWordAndShowsIt() throws {
        var state = Self.state()
        AppFixtures.apply(&state, .startSearch)
        AppFixtures.type(&state, "needle")
        AppFixtures.apply(&state, .edit(.submit))
        #expect(state.message == "hit 1/1 for 'needle'")
        let screen = render(state, theme: Theme(monochrome: false))
        #expect(screen.rows.contains { $0.contains("needle") })
        let block = try #require(state.reading.search?.hits.first?.block)
        #expect(state.reading.document?.blocks[block].text.hasSuffix("needle") == true)
    }

    @Test func thePassageCursorStepsOverThePiecesToTheNextParagraph() throws {
        var state = Self.state()
        let document = try #require(state.reading.document)
        #expect(state.reading.cursor.flatMap { document.ordinal(ofBlock: $0) } ?? 0 == 0)
        AppFixtures.apply(&state, .nextParagraph)
        #expect(state.reading.cursor.flatMap { document.blocks[$0].text } == "Short.")
    }
}

/// A plain-text article's paragraphs are slices of its one decoded text, and search reads them there.
@Suite struct SharedTextSearchTests {
    static let text = "Title Of The Piece\n\nIntroduction\n\nSerotonin is named here, and SEROTONIN again.\n\n"
        + String(repeating: "A long line about serotonin and more words. ", count: 600) + "\n\nHistory\n\nNothing on it here.\n"

    @Test func blocksAreStretchesOfTheDecodedTextAndSearchCountsThemAll() throws {
        let article = ArticleParser.parse(bytes: Array(Self.text.utf8), path: "shared.txt", format: .text,
                                          classifier: TopicClassifier(topicSet: .builtIn))
        let document = ReadingDocument(article: article)
        let paragraphs = article.sections.flatMap(\.paragraphs)
        let pieces = document.blocks.filter { $0.paragraph != nil }.count
        #expect(paragraphs.count == 3 && pieces > paragraphs.count)  // the long line is read in pieces
        #expect(document.sharedBlocks == pieces)
        // The bytes search reads are the paragraphs' own, piece by piece.
        var read: [[UInt8]] = []
        _ = document.blocks.utf8Texts(from: 0) { block, bytes in
            if document.blocks[block].paragraph != nil { read.append(Array(bytes)) }
            return true
        }
        #expect(read.joined().elementsEqual(paragraphs.map { Array($0.text.utf8) }.joined()))
        let expected = article.sections.reduce(0) { sum, section in
            sum + SearchState.occurrences(of: "serotonin", in: section.heading ?? "")
                + section.paragraphs.reduce(0) { $0 + SearchState.occurrences(of: "serotonin", in: String($1.text)) }
        }
        #expect(expected == 602)
        #expect(SearchState(query: "Serotonin", document: document).hits.count == expected)
        let first = SearchState.firstHit(of: "nothing", in: document, from: 3)
        #expect(first.hits.first.map { document.blocks[$0.block].text } == "Nothing on it here.")
        let wrapped = SearchState.firstHit(of: "serotonin", in: document, from: document.blocks.count - 1).hits.first
        #expect(wrapped.map { document.blocks[$0.block].text.hasPrefix("Serotonin is named") } == true)
    }

    /// Markdown paragraphs are strings of their own (markers removed): each is read on its own, short
    /// ones (held inside the value, with no address) too.
    @Test func paragraphsOfTheirOwnAreReadOnTheirOwn() {
        let text = "# Title\n\nHi serotonin.\n\nA *longer* paragraph on serotonin and more serotonin.\n\nOk.\n\nSerotonin.\n"
        let article = ArticleParser.parse(bytes: Array(text.utf8), path: "own.md", format: .markdown,
                                          classifier: TopicClassifier(topicSet: .builtIn))
        let document = ReadingDocument(article: article)
        #expect(document.sharedBlocks <= 1)  // at most the first paragraph, a stretch of itself
        #expect(SearchState(query: "serotonin", document: document).hits.count == 4)
        var read: [String] = []
        _ = document.blocks.utf8Texts(from: 0) { read.append(String(decoding: $1, as: UTF8.self)); return true }
        #expect(read == ["Hi serotonin.", "A longer paragraph on serotonin and more serotonin.", "Ok.", "Serotonin."])
    }
}
