import TractCore

/// Opens the reader; until the reader lands, prints the library list instead.
enum ReaderLauncher {
    static func open(library: Library, options: LibraryOptions) throws {
        Output.print(LibraryTable.render(library))
    }
}
