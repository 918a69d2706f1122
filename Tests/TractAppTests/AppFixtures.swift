import Foundation
import ScreenKit
import Testing
import TractApp
import TractCore
import TractRuntime
import TractView

/// The bundled library and helpers for reducer, screen and session tests.
enum AppFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let library: Library = {
        do {
            return try LibraryLoader().load(paths: [packageRoot.appendingPathComponent("Articles").path])
        } catch {
            preconditionFailure("bundled library does not load: \(error)")
        }
    }()

    /// A state on the bundled library at `size`, optionally with an article open (by stem).
    static func state(width: Int = 100, height: Int = 30, open stem: String? = nil) -> AppState {
        var state = AppState(library: library, size: Size(width: width, height: height))
        if let stem, let index = library.articles.firstIndex(where: { $0.stem == stem }) {
            state.openArticle(index)
            state.focus = .article
        }
        return state
    }

    /// Applies actions in order, returning all effects.
    @discardableResult
    static func apply(_ state: inout AppState, _ actions: Action...) -> [Effect] {
        actions.flatMap { reduce(&state, $0) }
    }

    /// The heading of the section at the top of the article pane.
    static func currentHeading(_ state: AppState) -> String? {
        guard let section = state.currentSection else { return nil }
        return state.document?.article.sections[section].heading
    }
}

/// Compares a screen with `__Snapshots__/name.txt`; set RECORD_SNAPSHOTS=1 to write it on purpose.
func assertSnapshot(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = screen.snapshot
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try actual.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("missing snapshot \(name).txt — run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
}
