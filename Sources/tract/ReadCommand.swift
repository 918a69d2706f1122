import ArgumentParser
import TractApp
import TractRuntime

/// `tract read [ARTICLE|DIR ...]`, also plain `tract …`: the full-screen reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on articles or library folders (the default command).",
        // Written only when help is asked for: the parser builds every command's configuration on every
        // start, and the key table's text was a sixth of `tract outline` on a kept paper.
        discussion: ReaderHelp.isAsked ? ReaderHelp.text : ""
    )

    @OptionGroup var options: LibraryOptions
    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The widest a line of article text gets, in columns (default 100; config: reader.width).",
                               valueName: "columns"))
    var width: Int?

    @Argument(help: ArgumentHelp("Articles or library folders to open (default: the library).", valueName: "article-or-dir"))
    var paths: [String] = []

    func validate() throws {
        if let width, width < ReaderSettings.minimumWidth {
            throw ValidationError("--width must be at least \(ReaderSettings.minimumWidth) columns")
        }
    }

    func run() throws {
        try Self.open(paths, selection: options.selection, dataDir: store.dataDir, width: width)
    }

    /// The reader on `paths` (the library when empty). Plain `tract` comes here straight from `main`
    /// with every default, without the argument parser.
    static func open(_ paths: [String], selection: LibrarySelection, dataDir: String?, width: Int?) throws {
        try reportingErrors {
            let (library, opening) = try selection.readerLibrary(paths)
            let loaded = try ProgressiveLoader(loader: LibraryLoader(topicsFile: selection.topics))
                .load(paths: library, dataFolder: TractStore.directory(override: dataDir), opening: opening)
            try ReaderLauncher.open(loaded, opening: opening, topicsFile: selection.topics, dataDir: dataDir, width: width)
        }
    }
}
