import TractApp

/// The reader's keys (from the key table, as the `?` overlay shows them) and the files Tract reads and
/// writes, for `tract read --help` and the man page.
enum ReaderHelp {
    /// Whether this start may print help: `help`, `-h`, `--help` or the manual's `--experimental-dump-help`.
    static var isAsked: Bool {
        CommandLine.arguments.dropFirst().contains { ["help", "-h", "--help", "--experimental-dump-help"].contains($0) }
    }

    static var text: String {
        var out = "KEYS (rebind them in config.yml under keys:, by the names in brackets)\n"
        for section in KeyMap.defaults.helpSections {
            out += "\n\(section.group.rawValue):\n"
            let rows = KeyMap.defaults.bindings.filter { $0.group == section.group && !$0.help.isEmpty && !$0.keys.isEmpty }
            for row in rows {
                out += "  \(row.keys.map(\.name).joined(separator: " ")) — \(row.help) [\(row.name)]\n"
            }
        }
        out += """

            FILES
              $XDG_CONFIG_HOME/tract/config.yml (default ~/.config/tract/config.yml)
                  keys: (rebindings) and reader: (width, align, reopen-last); read, never written.
              $XDG_DATA_HOME/tract/ (default ~/.local/share/tract; --data-dir or $TRACT_DATA_DIR)
                  tract.sqlite: bookmarks, reading positions, prompt history.
                  index.sqlite: the library search index (a cache, rebuilt when damaged).
                  cache/pdf/: PDF layouts and the papers read from them, by content hash (a cache, safe to delete).
              Library folders and article files are only ever read.
            """
        return out
    }
}
