import ScreenKit
import Testing
import TractCore
@testable import TractApp
import TractTestSupport
@testable import TractView

/// The per-view models, the key table and the shared parts, and the bugs the split fixed.
@Suite struct ViewModelTests {
    let theme = Theme(monochrome: false)

    @Test func quittingFromHelpSavesTheReadingPosition() {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .nextSection, .toggleHelp)
        let path = state.absolutePaths[state.reading.openIndex ?? 0]
        #expect(reduce(&state, .quit) == [.savePosition(path: path, position: state.reading.position), .quit])
        #expect(!state.running)
    }

    @Test func mergedStylesKeepDim() {
        #expect(Style(dim: true).merged(Style(bold: true)) == Style(bold: true, dim: true))
        #expect(Style.plain.merged(Style(dim: true)).dim)
        #expect(Style(foreground: .red).merged(Style(foreground: .blue, underline: true)) == Style(foreground: .blue, underline: true))
    }

    @Test func markdownCodeLinesAreDimmed() throws {
        let text = "# Dosing\n\nIntro paragraph.\n\n## Example\n\n```\ndose = 75 mg\n```\n\nAfter the code.\n"
        let article = ArticleParser.parse(bytes: Array(text.utf8), path: "code.md", format: .markdown,
                                          classifier: TopicClassifier(topicSet: .builtIn))
        var state = AppState(library: Library(root: nil, articles: [article], topicSet: .builtIn), size: Size(width: 80, height: 24))
        state.openArticle(0)
        let screen = render(state, theme: theme)
        let y = try #require(screen.rows.firstIndex { $0.contains("dose = 75 mg") })
        let x = try #require(screen.rows[y].range(of: "dose").map { screen.rows[y].distance(from: screen.rows[y].startIndex, to: $0.lowerBound) })
        #expect(screen[x, y].style.dim)
    }

    /// A library of `count` copies of a bundled article, each with its own title and path.
    private func bigLibrary(_ count: Int) -> Library {
        let base = AppFixtures.library.articles[0]
        let articles = (0..<count).map { index -> Article in
            var copy = base
            copy.title = "Article \(index)"
            copy.path = "big/article-\(index).txt"
            return copy
        }
        return Library(root: nil, articles: articles, topicSet: .builtIn)
    }

    @Test func theMapScrollsThroughALargeLibrary() throws {
        var state = AppState(library: bigLibrary(200), size: Size(width: 80, height: 24))
        AppFixtures.apply(&state, .showMap, .scrollLines(150))
        let screen = render(state, theme: theme)
        let row = try #require(screen.rows.firstIndex { $0.contains("Article 150 ") })
        #expect(screen.rows[MapView.firstArticleRow - 1].contains("Mechanism"))  // the topic headers stay
        #expect(screen[1, row].style.bold)
        AppFixtures.apply(&state, .bottom)
        #expect(render(state, theme: theme).rows.contains { $0.contains("Article 199 ") })
        AppFixtures.apply(&state, .top)
        guard let map = state.shown(MapView.self) else { throw Failure() }
        #expect(map.row == -1)
        #expect(render(state, theme: theme).rows.contains { $0.contains("Article 0 ") })
    }

    @Test func listsScrollOnlyAsFarAsNeeded() {
        var list = ListState()
        list.move(by: 5, count: 20, height: 10)
        #expect(list.visible(count: 20, height: 10) == 0..<10)  // still on the first page
        list.move(by: 7, count: 20, height: 10)
        #expect(list.selection == 12 && list.visible(count: 20, height: 10) == 3..<13)  // the selection on the last row
        list.move(by: -2, count: 20, height: 10)
        #expect(list.visible(count: 20, height: 10) == 3..<13)  // moving back inside the window does not scroll
        list.move(by: -10, count: 20, height: 10)
        #expect(list.selection == 0 && list.visible(count: 20, height: 10) == 0..<10)
        list.select(19, count: 20, height: 10)
        #expect(list.visible(count: 20, height: 4) == 16..<20)  // a smaller height still shows the selection
        #expect(list.visible(count: 3, height: 10) == 0..<3)
    }

    @Test func aLineEditorEditsAtItsCursor() {
        var editor = LineEditor("serotonin")
        for edit: LineEdit in [.home, .right, .deleteForward, .insert("E"), .end, .deleteBackward] { _ = editor.apply(edit) }
        #expect(editor.text == "sErotoni" && editor.cursor == 8)
        _ = editor.apply(.insert(" "))
        for character in "release" { _ = editor.apply(.insert(character)) }
        _ = editor.apply(.deleteWord)
        #expect(editor.text == "sErotoni ")
        _ = editor.apply(.left)
        _ = editor.apply(.deleteToStart)
        #expect(editor.text == " " && editor.cursor == 0)
        #expect(editor.apply(.submit) == .submitted(" "))
        #expect(editor.apply(.cancel) == .cancelled)
        #expect(LineEditor("ab").split == ("ab", ""))
    }

    @Test func theKeyTableHasUniqueNamesAndNoClashes() {
        let names = Binding.table.map(\.name)
        #expect(Set(names).count == names.count)
        for context in KeyContext.allCases {
            let keys = Binding.table.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "two rows of \(context) share a key")
        }
        #expect(Binding.table.allSatisfy { !$0.label.isEmpty && !$0.keys.isEmpty })
    }

    @Test func hintsAndMessagesFollowReboundKeys() throws {
        let yaml = "keys:\n  swap: [w]\n  link: [L]\n  back: [backspace]\n  reattach: [R]\n  undo: [U]\n"
        let (keys, problems) = KeyMap.defaults.applying(configYAML: yaml, origin: "config.yml")
        #expect(problems.isEmpty)
        var state = AppState(library: AppFixtures.library, size: Size(width: 100, height: 30), keyMap: keys)
        state.openArticle(AppFixtures.library.articles.firstIndex { $0.stem == "mdma-pain-relief" } ?? 0)
        AppFixtures.apply(&state, .startCompare, .edit(.insert("d")), .edit(.submit))
        #expect(state.message?.hasSuffix("· 1–6 topic · w swap · L link · p point · backspace back") == true)
        #expect(InputTranslator.action(for: .character("w"), in: state) == .swapSides)
        #expect(InputTranslator.action(for: .character("x"), in: state) == nil)
        AppFixtures.apply(&state, .back, .showBookmarks)
        let status = try #require(render(state, theme: theme).rows.last)
        #expect(status.contains("U undo") && status.contains("R re-attach"))
    }

    @Test func aPromptTypesEveryCharacterEvenBoundOnes() {
        var state = AppFixtures.state()
        AppFixtures.apply(&state, .startLibrarySearch)
        for key: Key in [.character("q"), .character("?"), .character("j")] {
            AppFixtures.apply(&state, InputTranslator.action(for: key, in: state) ?? .quit)
        }
        guard let search = state.shown(LibrarySearchView.self) else { Issue.record("left library search"); return }
        #expect(search.query.text == "q?j" && state.running && state.shown(HelpView.self) == nil)
        #expect(InputTranslator.action(for: .tab, in: state) == .cycleSearchTopic(1))
        #expect(InputTranslator.action(for: .control("w"), in: state) == .edit(.deleteWord))
    }

    @Test func theStoreOpensAfterTheFirstFrameAsAnEffect() {
        var state = AppFixtures.state()
        #expect(AppFixtures.deliver(&state, .started) == [.openStore])
    }

    @Test func aResizeUnderHelpRelaysTheComparison() throws {
        var state = AppFixtures.state(open: "mdma-pain-relief")
        AppFixtures.apply(&state, .startCompare, .edit(.insert("d")), .edit(.submit), .toggleHelp)
        AppFixtures.deliver(&state, .resize(Size(width: 60, height: 20)))
        AppFixtures.apply(&state, .back)
        guard let compare = state.shown(CompareView.self) else { throw Failure() }
        let rows = compare.layout.groups.indices.flatMap { compare.layout.rows(of: $0) }
        #expect(rows.allSatisfy { DisplayWidth.of($0.left.text) <= CompareView.columnWidth(state.size) })
        #expect(state.shown(HelpView.self) == nil)
    }

    @Test func everyViewOpensItsArticleThroughOnePath() throws {
        var state = AppFixtures.state(open: "mdma-depression-treatment")
        AppFixtures.apply(&state, .nextSection)
        let before = try #require(state.reading.openIndex)
        let pain = AppFixtures.library.articles.firstIndex { $0.stem == "mdma-pain-relief" } ?? 0
        let effects = state.apply([.navigate(.open(article: pain, at: .section(4, paragraph: 2)))])
        #expect(effects.count == 1)  // the place in the article left behind is saved
        #expect(state.reading.jumpBack?.article == before)
        let document = try #require(state.reading.document)
        #expect(state.reading.cursor == document.block(at: .section(4, paragraph: 2)))
        #expect(state.reading.focus == .article)
        #expect(document.block(at: .section(99, paragraph: nil)) == nil)
    }

    @Test func smallScreensNeverCutAFigure() throws {
        var map = AppFixtures.state(width: 40, height: 12)
        AppFixtures.apply(&map, .showMap)
        let screen = render(map, theme: theme)
        let counts = Set(TopicMap(library: AppFixtures.library).words.flatMap { $0 }.filter { $0 > 0 }.map(String.init))
        for row in screen.rows.dropFirst(MapView.firstArticleRow).dropLast() {
            for token in row.split(whereSeparator: { !$0.isNumber && $0 != "…" }) where token.allSatisfy(\.isNumber) {
                #expect(counts.contains(String(token)), "a cut figure '\(token)' in: \(row)")
            }
        }
        #expect(MapWidget.cell(1234, max: 2000, width: 3) == "…")
        #expect(MapWidget.cell(1234, max: 2000, width: 4) == "1234")
        var help = AppFixtures.state(width: 40, height: 12)
        AppFixtures.apply(&help, .toggleHelp)
        let box = HelpView.frame(size: help.size, lines: HelpView().lines(help.context).count)
        #expect(box.x >= 0 && box.x + box.width <= 40)
        // Help wraps rather than cuts: found with /, a key's text runs on to the next row whole.
        AppFixtures.apply(&help, .startSearch)
        AppFixtures.type(&help, "next item")
        AppFixtures.apply(&help, .edit(.submit))
        let rows = render(help, theme: theme).rows
        let first = try #require(rows.firstIndex { $0.contains("scroll down a") }, "\(rows.joined(separator: "\n"))")
        let entry = rows[first..<min(first + 3, rows.count)].map { row in
            row.split(separator: "│").dropFirst().first.map(String.init) ?? ""
        }.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(entry.contains("scroll down a line / next item") && !entry.contains("…"), "\(entry)")
        #expect(rows[0].contains("…│"))  // the title alone is cut
    }

    struct Failure: Error {}
}
