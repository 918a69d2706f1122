import ArgumentParser
import Foundation
import TractCore

/// `tract`: the terminal reader and its command-line views.
@main
struct Tract: ParsableCommand {
    static let version = "0.1.0"

    /// Writing past `ulimit -f` would end the process silently with SIGXFSZ; ignored, the write fails
    /// instead and the command says why in one line.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        // From the raw argv: a file name that is not UTF-8 keeps its bytes (CommandLine.arguments
        // would have replaced them, and the file could not be opened).
        let arguments = (1..<Int(CommandLine.argc)).compactMap { CommandLine.unsafeArgv[$0].map { FileName.string(cString: $0) } }
        switch arguments {
        case ["--version"]:
            // The parser builds every command's definition before it looks at the arguments (~3 ms);
            // the two commonest starts do not need it.
            print(version)
        case _ where isPlainRead(arguments):
            do {
                try ReadCommand.open(arguments, selection: LibrarySelection(), dataDir: nil, width: nil)
            } catch {
                ReadCommand.exit(withError: error)
            }
        default:
            main(arguments)
        }
    }

    /// The subcommands' names, and `help`: a first argument that is one of them is a command. Written
    /// out, as reading them from the commands' configurations costs what skipping the parser saves; a
    /// test keeps the two equal. An array: a set's first use cost a start ~0.2 ms of runtime lookups.
    static let commandNames = ["read", "list", "outline", "show", "compare", "digest", "search", "map", "bookmarks",
                               "topics", "refs", "cite", "meta", "help"]

    /// `tract` alone or `tract ARTICLE…` with no option: the reader with every default. Its parse is
    /// mostly the runtime looking up the commands' types (~2 ms of a first frame), so it is skipped.
    static func isPlainRead(_ arguments: [String]) -> Bool {
        guard let first = arguments.first else { return true }
        return !commandNames.contains(first) && !arguments.contains { $0.hasPrefix("-") }
    }

    static let configuration = CommandConfiguration(
        commandName: "tract",
        abstract: "Read a library of articles by section and topic, in the terminal.",
        discussion: """
        `tract [ARTICLE|DIR ...]` opens the reader (default: the bundled library). Each other \
        subcommand prints a view and exits; add --json for machine-readable output.
        """,
        version: version,
        subcommands: [ReadCommand.self, ListCommand.self, OutlineCommand.self, ShowCommand.self, CompareCommand.self, DigestCommand.self, SearchCommand.self, MapCommand.self, BookmarksCommand.self, TopicsCommand.self, RefsCommand.self, CiteCommand.self, MetaCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
