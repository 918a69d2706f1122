import ArgumentParser
import Foundation
import TractCore
import TractRuntime

/// Where the database lives: `--data-dir`, else `TRACT_DATA_DIR`, else the XDG data folder.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Data folder for bookmarks and reading positions (default: $TRACT_DATA_DIR, else $XDG_DATA_HOME/tract).", valueName: "dir"))
    var dataDir: String?

    /// The store; a damaged database moved aside, or one opened read-only, is said on stderr in one
    /// line, and the command goes on. A command about to write (`forWriting`) fails on a read-only store
    /// with that one line instead.
    func open(forWriting: Bool = false) throws -> TractStore {
        let store = try TractStore(directory: TractStore.directory(override: dataDir))
        if forWriting, let reason = store.readOnlyReason { throw TractError(reason) }
        if let notice = store.setAsideNotice ?? store.readOnlyReason { Output.error(notice) }
        return store
    }

    /// `--data-dir` is the data folder for everything Tract keeps, the PDF cache included: it is made
    /// the process's `TRACT_DATA_DIR`, which every part reads.
    func validate() throws {
        if let dataDir { setenv("TRACT_DATA_DIR", dataDir, 1) }
    }
}
