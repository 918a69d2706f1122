import ArgumentParser
import Foundation
import TractCore
import TractRuntime

/// `tract meta ARTICLE`: what Tract knows of an article — title, authors, year, venue, DOI, URL — and
/// corrections of it, kept in the data folder and laid over the file's own metadata wherever the
/// article is read.
struct MetaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meta",
        abstract: "Show an article's title, authors, year, venue, DOI and URL, or correct them.",
        discussion: """
            Corrections are kept in the data folder (never in the library) by the article's path, and \
            shown everywhere: the library, list, outline, search, cite and bookmark exports. Fields: \
            \(MetadataField.allCases.map { "\($0.rawValue) (\($0.help))" }.joined(separator: "; ")).
            """)

    @OptionGroup var options: LibraryOptions
    @OptionGroup var store: StoreOptions
    @Option(name: .customLong("set"), help: ArgumentHelp("Correct a field, e.g. --set year=2019 (repeatable).", valueName: "field=value"))
    var assignments: [String] = []
    @Option(name: .customLong("unset"), help: ArgumentHelp("Drop a correction: the file's own value shows again (repeatable).", valueName: "field"))
    var removals: [String] = []
    @Flag(help: "Print JSON.") var json = false
    @Argument(help: ArgumentHelp("A path, a file stem from the library, or an unambiguous part of one.", valueName: "article"))
    var article: String

    func run() throws {
        try reportingErrors {
            let changes = try parsedChanges()
            let path = try options.selection.articlePath(article)
            var loader = LibraryLoader(topicsFile: options.topics)
            loader.corrections = [:]
            let original = try loader.loadStructure(path: path)
            let store = try store.open(forWriting: !changes.isEmpty)
            let key = absolutePath(path)
            for (field, value) in changes { try store.setCorrection(path: key, field: field, value: value) }
            if !changes.isEmpty { try store.writeCorrectionsCopy() }
            if !changes.isEmpty {
                forgetInSearchIndex(key)
                // Summaries hold what was shown, corrections included: made again from the files.
                try? FileManager.default.removeItem(atPath: FileProbe.path("summaries", in: TractStore.directory(override: nil)))
            }
            let corrections = try store.corrections()[key] ?? [:]
            let report = MetadataReport(original.corrected(corrections), corrected: corrections.keys.sorted())
            if json { try Output.json(report) } else { Output.print(report.text) }
        }
    }

    /// A corrected article is read into the library search index again (its authors and year are
    /// searched); an index that does not exist yet is not made for it.
    private func forgetInSearchIndex(_ path: String) {
        let folder = TractStore.directory(override: store.dataDir)
        guard FileManager.default.fileExists(atPath: FileProbe.path("index.sqlite", in: folder)) else { return }
        try? SearchIndex(directory: folder).forget(path)
    }

    /// The --set and --unset options read and checked, all before anything is written.
    private func parsedChanges() throws -> [(MetadataField, String?)] {
        let fields = MetadataField.allCases.map(\.rawValue).joined(separator: ", ")
        func field(_ name: Substring) throws -> MetadataField {
            guard let field = MetadataField(rawValue: name.lowercased()) else {
                throw TractError("no field '\(name)': fields are \(fields)")
            }
            return field
        }
        var changes: [(MetadataField, String?)] = []
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else { throw TractError("--set \(assignment): write field=value, e.g. year=2019") }
            let target = try field(assignment[..<equals])
            switch target.validated(String(assignment[assignment.index(after: equals)...])) {
            case .success(let value): changes.append((target, value))
            case .failure(let error): throw error
            }
        }
        for name in removals { changes.append((try field(Substring(name)), nil)) }
        return changes
    }
}

/// An article's metadata as `tract meta` shows it, with which fields are the user's corrections.
struct MetadataReport: Encodable {
    var path: String
    var title: String
    var authors: [String]
    var year: Int?
    var venue: String?
    var doi: String?
    var url: String?
    var corrected: [String]

    init(_ article: Article, corrected: [String]) {
        let record = BibliographicRecord(article: article)
        path = Sanitizer.clean(article.path)
        title = record.title
        authors = record.authors.map(\.natural) + (record.moreAuthors ? ["et al."] : [])
        (year, venue, doi, url) = (record.year, record.venue, record.doi, record.url)
        self.corrected = corrected
    }

    var text: String {
        let values: [(String, String?)] = [("title", title), ("authors", authors.isEmpty ? nil : authors.joined(separator: "; ")),
                                           ("year", year.map(String.init)), ("venue", venue), ("doi", doi), ("url", url)]
        var lines = values.map { name, value in
            name.padding(toLength: 8, withPad: " ", startingAt: 0) + (value ?? "-") + (corrected.contains(name) ? "  (corrected)" : "")
        }
        if !corrected.isEmpty { lines.append("corrections are kept in the data folder; --unset FIELD shows the file's own value again") }
        return lines.joined(separator: "\n")
    }
}
