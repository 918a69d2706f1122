import ArgumentParser
import Foundation

/// `tract`: the terminal reader and its command-line views.
@main
struct Tract: ParsableCommand {
    static let version = "0.1.0"

    /// Writing past `ulimit -f` would end the process silently with SIGXFSZ; ignored, the write fails
    /// instead and the command says why in one line.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }

    static let configuration = CommandConfiguration(
        commandName: "tract",
        abstract: "Read a library of articles by section and topic, in the terminal.",
        discussion: """
        `tract [ARTICLE|DIR ...]` opens the reader (default: the bundled library). Each other \
        subcommand prints a view and exits; add --json for machine-readable output.
        """,
        version: version,
        subcommands: [ReadCommand.self, ListCommand.self, OutlineCommand.self, ShowCommand.self, CompareCommand.self, SearchCommand.self, MapCommand.self, BookmarksCommand.self, TopicsCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
