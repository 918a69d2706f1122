import Foundation
import ScreenKit
import TractApp
import TractCore
import TractRuntime

/// The bundled library and helpers for reducer, screen and session tests.
public enum AppFixtures {
    public static let library: Library = {
        do {
            return try LibraryLoader().load(paths: [Fixtures.articlesFolder.path])
        } catch {
            preconditionFailure("bundled library does not load: \(error)")
        }
    }()

    /// A state on the bundled library at `size`, optionally with an article open (by stem).
    public static func state(width: Int = 100, height: Int = 30, open stem: String? = nil) -> AppState {
        var state = AppState(library: library, size: Size(width: width, height: height))
        if let stem, let index = library.articles.firstIndex(where: { $0.stem == stem }) {
            state.openArticle(index)
        }
        return state
    }

    /// Applies actions in order, returning all effects.
    @discardableResult
    public static func apply(_ state: inout AppState, _ actions: Action...) -> [Effect] {
        actions.flatMap { reduce(&state, $0) }
    }

    /// Applies events from the run loop in order, returning all effects.
    @discardableResult
    public static func deliver(_ state: inout AppState, _ events: Event...) -> [Effect] {
        events.flatMap { reduce(&state, $0) }
    }

    /// Types `text` into the open prompt, a character at a time.
    public static func type(_ state: inout AppState, _ text: String) {
        for character in text { _ = reduce(&state, .edit(.insert(character))) }
    }

    /// The heading of the section at the top of the article pane.
    public static func currentHeading(_ state: AppState) -> String? {
        guard let section = state.reading.currentSection else { return nil }
        return state.reading.document?.article.sections[section].heading
    }
}
