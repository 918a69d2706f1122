import ArgumentParser

/// `tract read [ARTICLE|DIR ...]`, also plain `tract …`: the full-screen reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on articles or library folders (the default command)."
    )

    @OptionGroup var options: LibraryOptions
    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("Articles or library folders to open (default: the library).", valueName: "article-or-dir"))
    var paths: [String] = []

    func run() throws {
        try reportingErrors {
            let library = try options.loadLibrary(paths: paths)
            try ReaderLauncher.open(library: library, options: options, storeOptions: store)
        }
    }
}
