import ScreenKit
import Testing

/// The backend writes only what changed between two frames (`Screen.changes(since:)`).
@Suite struct CellDiffTests {
    private func screen(_ rows: [String], width: Int = 8) -> Screen {
        var screen = Screen(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { screen.put(row, x: 0, y: y) }
        return screen
    }

    @Test func firstFrameWritesEveryCellInStyleRuns() {
        var first = screen(["ab", "cd"], width: 4)
        first.restyle(x: 1, y: 0, count: 2) { $0 = Style(bold: true) }
        let (full, runs) = first.changes(since: nil)
        #expect(full)
        #expect(runs == [CellRun(x: 0, y: 0, text: "a", style: .plain), CellRun(x: 1, y: 0, text: "b ", style: Style(bold: true)),
                         CellRun(x: 3, y: 0, text: " ", style: .plain), CellRun(x: 0, y: 1, text: "cd  ", style: .plain)])
    }

    @Test func anUnchangedFrameWritesNothing() {
        let frame = screen(["hello", "world"])
        let (full, runs) = frame.changes(since: frame)
        #expect(!full && runs.isEmpty)
    }

    @Test func onlyChangedCellsAreWritten() {
        let before = screen(["hello", "world"])
        let after = screen(["hallo", "world!"])
        let (full, runs) = after.changes(since: before)
        #expect(!full)
        #expect(runs == [CellRun(x: 1, y: 0, text: "a", style: .plain), CellRun(x: 5, y: 1, text: "!", style: .plain)])
    }

    @Test func aStyleChangeAloneIsWritten() {
        let before = screen(["abc"])
        var after = before
        after.restyle(x: 0, y: 0, count: 2) { $0 = Style(foreground: .red) }
        #expect(after.changes(since: before).runs == [CellRun(x: 0, y: 0, text: "ab", style: Style(foreground: .red))])
    }

    @Test func aNewSizeRedrawsEverything() {
        let before = screen(["abc"], width: 4)
        let after = screen(["abc"], width: 5)
        let (full, runs) = after.changes(since: before)
        #expect(full && runs.map(\.text).joined() == "abc  ")
    }

    @Test func wideCharactersTravelWithTheirSecondHalf() {
        let before = screen(["ab"], width: 4)
        let after = screen(["漢"], width: 4)
        #expect(after.changes(since: before).runs == [CellRun(x: 0, y: 0, text: "漢", style: .plain)])
    }
}
