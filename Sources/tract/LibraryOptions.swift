import ArgumentParser
import Foundation
import TractCore
import TractRuntime

/// Options every command shares: which library to read and which topic set to use.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Library folder (default: $TRACT_LIBRARY, else the bundled Articles/).", valueName: "dir"))
    var library: String?

    @Option(name: .long, help: ArgumentHelp("Topic set YAML file (default: <library>/topics.yml, else built-in).", valueName: "file"))
    var topics: String?

    /// What the options select, as a plain value the commands work with.
    var selection: LibrarySelection { LibrarySelection(library: library, topics: topics) }
}

/// Runs a command body, turning a `TractError` into one line on stderr and exit status 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as TractError {
        Output.error(error.message)
        throw ExitCode(1)
    } catch {
        guard let words = StoreFailure.words(for: error) else { throw error }
        Output.error(words)
        throw ExitCode(1)
    }
}
