import ArgumentParser
import Foundation
import TractCore

/// `tract cite ARTICLE…`: a citation of each article, for a reference manager or a paper.
struct CiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Print a citation of articles as BibTeX, CSL-JSON or RIS.",
        discussion: "Made from each article's metadata, with the corrections `tract meta` keeps.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case bibtex, cslJSON = "csl-json", ris
    }

    @OptionGroup var options: LibraryOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "bibtex (default), csl-json or ris.") var format: Format = .bibtex
    @Argument(help: ArgumentHelp("Paths, file stems from the library, or unambiguous parts of them.", valueName: "article"))
    var articles: [String]

    func validate() throws {
        if articles.isEmpty { throw ValidationError("name an article to cite") }
    }

    func run() throws {
        try reportingErrors {
            let records = try articles.map { BibliographicRecord(article: try options.selection.resolveStructure($0)) }
            Output.print(String(Citations.text(records, format: format).dropLast()))
        }
    }
}

/// Records written out in one of the formats `cite` and `bookmarks export` offer.
enum Citations {
    static func text(_ records: [BibliographicRecord], format: CiteCommand.Format) -> String {
        let keys = BibliographicRecord.uniqueKeys(records)
        switch format {
        case .bibtex: return zip(records, keys).map { BibTeX.entry($0, key: $1) }.joined(separator: "\n")
        case .cslJSON: return CSLJSON.text(zip(records, keys).map { CSLJSON.item($0, id: $1) })
        case .ris: return records.map(RIS.entry).joined(separator: "\n")
        }
    }
}
