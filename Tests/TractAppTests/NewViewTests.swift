import ScreenKit
import Testing
import TractApp
import TractTestSupport
import TractView

/// A view made outside the app's targets, with nothing but the public protocol and one binding row:
/// proof that adding a view needs no edit anywhere else. It counts the lines scrolled while shown.
struct TallyView: View, Drawable {
    var count = 0

    var keyContexts: [KeyContext] { [.views, .global] }

    mutating func reduce(_ action: Action, context: ViewContext) -> [Command] {
        switch action {
        case .scrollLines(let lines): count += lines
        case .back: return [.navigate(.close)]
        default: return [.say("tally knows only scrolling")]
        }
        return []
    }

    func status(context: ViewContext) -> ViewStatus {
        ViewStatus(place: "Tally of \(context.library.articles.count) articles", mode: "TALLY")
    }

    func draw(into screen: inout Screen, _ rect: Rect, context: RenderContext) {
        context.drawViewTitle(" Tally", into: &screen, rect)
        screen.put("scrolled \(count) lines", x: rect.x + 2, y: rect.y + 2)
    }
}

@Suite struct NewViewTests {
    static let row = Binding("tally", .show(AnyView(TallyView())), .global, .general, ["T"], "tally", "count the lines scrolled")

    @Test func oneFileAndOneBindingRowMakeAView() throws {
        let keys = KeyMap(bindings: Binding.table + [Self.row])
        var state = AppState(library: AppFixtures.library, size: Size(width: 80, height: 24), keyMap: keys)
        let key = { (name: String) throws -> Action in
            let pressed = try #require(Key(name: name))
            return try #require(InputTranslator.action(for: pressed, in: state))
        }
        AppFixtures.apply(&state, try key("T"), try key("j"), try key("j"), try key("k"), try key("j"))
        #expect(state.shown(TallyView.self)?.count == 2)
        let screen = render(state, theme: Theme(monochrome: true))
        #expect(screen.rows[0].hasPrefix(" Tally"))
        #expect(screen.rows[2].contains("scrolled 2 lines"))
        #expect(screen.rows[23].contains("Tally of \(AppFixtures.library.articles.count) articles") && screen.rows[23].contains("TALLY"))
        #expect(keys.helpSections.contains { $0.lines.contains { $0.help == "count the lines scrolled" } })
        AppFixtures.apply(&state, try key("t"))
        #expect(state.message == "tally knows only scrolling")
        AppFixtures.apply(&state, try key("q"))
        #expect(state.stack.readerOnTop && state.shown(TallyView.self) == nil)
    }
}
