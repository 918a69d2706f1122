import ArgumentParser
import Foundation
import TractCore
import TractRuntime

/// Where the database lives: `--data-dir`, else `TRACT_DATA_DIR`, else the XDG data folder.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Data folder for bookmarks and reading positions (default: $TRACT_DATA_DIR, else $XDG_DATA_HOME/tract).", valueName: "dir"))
    var dataDir: String?

    func open() throws -> TractStore {
        try TractStore(directory: TractStore.directory(override: dataDir))
    }
}

/// Absolute, standardised form of an article path: how bookmarks and positions name articles.
func absolutePath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
}
