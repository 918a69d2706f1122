import ScreenKit
import Testing
import TractCore
@testable import TractApp
import TractTestSupport
import TractView

/// Enter in `/` shows the first hit before every hit of a big article is counted; the run loop's idle
/// turns count the rest, and the message then says which hit of how many is current.
@Suite struct SearchCountTests {
    /// ~1.6 MB: more than Enter counts at once, less than one idle turn.
    static func bigState() -> AppState {
        var text = "# Big\n\n"
        for section in 0..<400 {
            text += "## Part \(section)\n\n"
            for paragraph in 0..<10 {
                text += String(repeating: "Plain words about nothing much at all. ", count: 10)
                text += paragraph == 3 ? "Serotonin is named here.\n\n" : "\n\n"
            }
        }
        let article = ArticleParser.parse(bytes: Array(text.utf8), path: "big.md", format: .markdown,
                                          classifier: TopicClassifier(topicSet: .builtIn))
        var state = AppState(library: Library(root: nil, articles: [article], topicSet: .builtIn), size: Size(width: 100, height: 30))
        state.openArticle(0)
        return state
    }

    @Test func theFirstHitIsShownThenIdleTurnsCountTheRest() throws {
        var state = Self.bigState()
        AppFixtures.apply(&state, .scrollPages(200))  // well into the article: the hit shown is not the first of all
        let top = state.reading.position.block
        AppFixtures.apply(&state, .startSearch)
        AppFixtures.type(&state, "serotonin")
        AppFixtures.apply(&state, .edit(.submit))
        let shown = try #require(state.reading.search?.currentHit)
        #expect(shown.block >= top)
        #expect(state.reading.search?.pending != nil && state.hasIdleWork)
        #expect(state.message == "first hit for 'serotonin', counting…")
        #expect(render(state, theme: Theme(monochrome: false)).rows.contains { $0.contains("Serotonin") })
        AppFixtures.deliver(&state, .idle)
        let search = try #require(state.reading.search)
        #expect(search.pending == nil && !state.hasIdleWork)
        #expect(search.hits.count == 400)
        // Counted in two halves at once (over a megabyte), the hits are still every block's, in order.
        let blocks = try #require(state.reading.document?.blocks)
        let oneByOne = blocks.indices.flatMap { block in
            (0..<search.terms.count(in: String(blocks.text(of: block)))).map { SearchState.Hit(block: block, occurrence: $0) }
        }
        #expect(search.hits == oneByOne)
        #expect(search.currentHit == shown)
        let index = try #require(search.current)
        #expect(index > 0)
        #expect(state.message == "hit \(index + 1)/400 for 'serotonin'")
    }

    @Test func nBeforeTheCountEndsCountsFirstAndStepsFromTheShownHit() throws {
        var state = Self.bigState()
        AppFixtures.apply(&state, .startSearch)
        AppFixtures.type(&state, "serotonin")
        AppFixtures.apply(&state, .edit(.submit), .searchNext)
        #expect(state.reading.search?.pending == nil)
        #expect(state.reading.search?.current == 1)
        #expect(state.message == "hit 2/400 for 'serotonin'")
    }

    @Test func aLaterMessageIsNotOverwrittenByTheCount() {
        var state = Self.bigState()
        AppFixtures.apply(&state, .startSearch)
        AppFixtures.type(&state, "serotonin")
        AppFixtures.apply(&state, .edit(.submit), .cycleTopicHighlight)
        let said = state.message
        AppFixtures.deliver(&state, .idle)
        #expect(state.reading.search?.pending == nil)
        #expect(state.message == said)
    }

    @Test func slicesAddUpToTheWholeCount() throws {
        let document = try #require(Self.bigState().reading.document)
        let whole = SearchState(query: "serotonin", document: document)
        var sliced = SearchState.counting("serotonin", in: document, from: 2_000)
        var turns = 0
        while !sliced.countHits(in: document, bytes: 50_000) { turns += 1 }
        #expect(turns > 10)
        #expect(sliced.hits == whole.hits)
        #expect(sliced.current.map { sliced.hits[$0].block } ?? -1 >= 2_000)
        #expect(SearchState.counting("nowhere", in: document, from: 0).summary == "'nowhere' not found")
    }
}

/// Search folds case, accents and compatibility forms: "first" finds "ﬁrst" and marks the ligature.
@Suite struct SearchFoldingTests {
    @Test func ligaturesAccentsAndWidthsFold() {
        let text = "The ﬁrst ﬁnding, then the First café and ＦＩＲＳＴ."
        let terms = SearchTerms(["first"])
        let ranges = terms.ranges(in: text)
        #expect(ranges.map { String(text[$0]) } == ["ﬁrst", "First", "ＦＩＲＳＴ"])
        #expect(terms.count(in: text) == 3)
        #expect(SearchTerms(["cafe"]).ranges(in: text).map { String(text[$0]) } == ["café"])
        #expect(SearchTerms(["ﬁnding"]).ranges(in: text).map { String(text[$0]) } == ["ﬁnding"])
        #expect(SearchTerms(["first"]).count(in: "plain ascii first and FIRST") == 2)
        // Quotes and dashes fold as they are: such a block keeps the byte count, and agrees with its ranges.
        #expect(SearchFold.foldsLikeItself("don’t — “first”") && !SearchFold.foldsLikeItself("ﬁrst") && !SearchFold.foldsLikeItself("Café"))
        #expect(!SearchFold.foldsLikeItself("…"))  // NFKC spells it "..."
        // Characters that fold (a ligature, accents, an ellipsis) are counted on the folded text, as
        // many as there are places to mark.
        for mixed in ["The ﬁrst Café; FIRST… ﬁrst-first", "Cafe\u{301} café CAFÉ cafe", "…first…", "ﬁﬁﬁ"] {
            for term in ["first", "cafe", "fi", "..."] {
                var bytes = mixed
                let counted = bytes.withUTF8 { SearchTerms([term]).count(in: $0) }
                #expect(counted == SearchTerms([term]).ranges(in: mixed).count, "\(term) in \(mixed)")
            }
        }
        #expect(SearchTerms(["first"]).count(in: "The ﬁrst Café; FIRST… ﬁrst-first") == 4)
        let quoted = "The “First” one’s first — FIRST."
        #expect(SearchTerms(["first"]).count(in: quoted) == 3 && SearchTerms(["first"]).ranges(in: quoted).count == 3)
    }
}

@Suite struct ByteFoldCheckTests {
    /// Runs of ASCII are stepped over eight bytes at a time: a character that folds (é) or one that
    /// does not (’) is judged rightly wherever it stands.
    @Test func aCharacterIsSeenWhereverItIs() {
        for length in [0, 1, 7, 8, 9, 16, 23] {
            let ascii = [UInt8](repeating: 0x61, count: length)
            #expect(ascii.withUnsafeBufferPointer { SearchFold.foldsLikeItself(utf8: $0) })
            for place in 0...length {
                let accent = Array(ascii[..<place]) + [0xC3, 0xA9] + Array(ascii[place...])
                #expect(!accent.withUnsafeBufferPointer { SearchFold.foldsLikeItself(utf8: $0) }, "é \(length) \(place)")
                let quote = Array(ascii[..<place]) + [0xE2, 0x80, 0x99] + Array(ascii[place...])
                #expect(quote.withUnsafeBufferPointer { SearchFold.foldsLikeItself(utf8: $0) }, "’ \(length) \(place)")
            }
        }
    }
}
